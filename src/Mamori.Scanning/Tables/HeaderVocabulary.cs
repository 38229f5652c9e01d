using System.Text;
using Mamori.Detection;
using Mamori.Detection.Text;

namespace Mamori.Scanning.Tables;

/// <summary>
/// Reads what a column header says its values are: Japanese words anywhere in the header (氏名, 住所,
/// 電話番号…), English words as whole tokens of snake_case, kebab-case or camelCase headers (name,
/// email, tel…) or as the end of a compound (<c>customeremail</c>). Rules are tried in order, so
/// <c>email_address</c> is an e-mail and not a street address.
/// </summary>
internal static class HeaderVocabulary
{
    private static readonly Rule[] s_rules =
    [
        new(EntityTypes.MyNumber, ["マイナンバー", "個人番号"], ["mynumber", "individualnumber"]),
        new(EntityTypes.CorporateNumber, ["法人番号"], ["corporatenumber"]),
        new(EntityTypes.DriversLicense, ["免許証", "運転免許", "免許番号"], ["driverslicense", "driverlicense", "licensenumber", "licenceno", "licenseno"]),
        new(EntityTypes.Passport, ["パスポート", "旅券"], ["passport", "passportno", "passportnumber"]),
        new(EntityTypes.ResidenceCard, ["在留カード", "在留番号"], ["residencecard"]),
        new(EntityTypes.ResidentRecordCode, ["住民票コード"], ["residentrecordcode"]),
        new(EntityTypes.BasicPensionNumber, ["基礎年金番号", "年金番号"], ["pensionnumber", "pensionno"]),
        new(EntityTypes.HealthInsurance, ["保険者番号", "被保険者", "保険証"], ["insurernumber", "insurancenumber", "insuranceno"]),
        new(EntityTypes.CreditCard, ["カード番号", "クレジット"], ["creditcard", "cardnumber", "cardno", "ccnumber"]),
        new(EntityTypes.BankAccount, ["口座"], ["bankaccount", "accountnumber", "accountno", "iban"]),
        new(EntityTypes.Biometric, ["顔特徴", "顔画像", "指紋", "静脈", "虹彩", "声紋", "生体"], ["face", "faceembedding", "embedding", "fingerprint", "biometric", "biometrics", "faceid", "facevector"]),
        new(EntityTypes.EmailAddress, ["メール", "ｅメール"], ["email", "mail", "emailaddress", "mailaddress"]),
        new(EntityTypes.OnlineIdentifier, ["クッキー", "広告id", "広告識別子", "端末id", "端末識別"], ["cookie", "cookieid", "idfa", "aaid", "gaid", "adid", "advertisingid", "deviceid", "visitorid", "ga", "macaddress", "mac"]),
        new(EntityTypes.IpAddress, ["ipアドレス", "接続元", "アクセス元"], ["ip", "ipaddress", "ipaddr", "remoteaddr", "remoteip", "clientip"]),
        new(EntityTypes.PhoneNumber, ["電話", "携帯", "ファックス", "fax", "tel"], ["phone", "tel", "telephone", "mobile", "fax", "phonenumber", "telno"]),
        new(EntityTypes.PostalCode, ["郵便番号", "〒", "郵便"], ["zip", "zipcode", "postal", "postalcode", "postcode"]),
        new(EntityTypes.Address, ["住所", "所在地", "番地", "送付先", "お届け先", "届け先", "市区町村"], ["address", "addr", "street", "streetaddress"]),
        new(EntityTypes.DateOfBirth, ["生年月日", "誕生日", "生まれ"], ["birthday", "birthdate", "dateofbirth", "dob", "birth"]),
        new(EntityTypes.PersonName, ["氏名", "名前", "フリガナ", "ふりがな", "カナ", "姓名", "苗字", "名字", "宛名", "担当者"], ["name", "fullname", "firstname", "lastname", "givenname", "familyname", "surname", "kana", "furigana"])
        {
            ExactJapanese = ["姓", "名", "せい", "めい"],
            ExcludedTokens = ["file", "user", "host", "product", "item", "company", "shop", "store", "brand", "table", "column", "service", "path", "domain", "app", "device", "sheet", "field", "class", "type", "bank", "branch", "org", "organization", "dept", "department", "project", "event", "campaign", "category", "tag", "key", "display", "screen", "nick"],
        },
        new(ColumnTypes.Gender, ["性別"], ["gender", "sex"]),
        new(ColumnTypes.MemberId, ["会員番号", "会員id", "顧客番号", "顧客id", "顧客コード", "患者番号", "患者id", "社員番号", "従業員番号", "学籍番号", "利用者番号"], ["memberid", "membernumber", "memberno", "customerid", "customernumber", "customerno", "userid", "patientid", "employeeid", "studentid"]),
        new(EntityTypes.SpecialCare, ["病名", "病歴", "既往", "診断", "傷病", "障害", "障がい", "犯罪", "前科", "逮捕", "宗教", "信条", "人種", "健診", "健康診断", "検査結果", "服薬", "処方"], ["diagnosis", "disease", "medicalhistory", "religion", "criminalrecord", "race", "disability", "prescription"]),
    ];

    /// <summary>The entity id a header names, or null.</summary>
    public static string? Match(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var normalized = JapaneseTextNormalizer.Normalize(header.Trim()).Text;
        var folded = normalized.ToLowerInvariant();
        var tokens = Tokens(normalized);
        var joined = string.Concat(tokens);
        foreach (var rule in s_rules)
        {
            if (rule.Matches(folded, tokens, joined))
            {
                return rule.Type;
            }
        }

        return null;
    }

    /// <summary>Lower-case ASCII tokens: split on anything but letters and digits, and at camelCase humps.</summary>
    private static List<string> Tokens(string normalized)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var previous = '\0';
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(previous))
                {
                    Flush();
                }

                current.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush();
            }

            previous = c;
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private sealed class Rule(string type, string[] japanese, string[] english)
    {
        public string Type { get; } = type;

        public string[] ExactJapanese { get; init; } = [];

        public string[] ExcludedTokens { get; init; } = [];

        public bool Matches(string folded, List<string> tokens, string joined)
        {
            foreach (var word in ExactJapanese)
            {
                if (folded == word)
                {
                    return true;
                }
            }

            foreach (var word in japanese)
            {
                if (folded.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            if (tokens.Count == 0)
            {
                return false;
            }

            foreach (var word in english)
            {
                var hit = joined == word || tokens.Contains(word) || (word.Length >= 5 && joined.EndsWith(word, StringComparison.Ordinal));
                if (hit)
                {
                    return !tokens.Exists(t => Array.IndexOf(ExcludedTokens, t) >= 0);
                }
            }

            return false;
        }
    }
}
