using System.Text;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Cli.Commands.Import;

/// <summary>
/// The headers of customer exports from Japanese EC platforms and spreadsheets (Shopify, MakeShop, futureshop,
/// BASE, EC-CUBE and hand-made lists): 氏名/お名前, 姓/名, フリガナ/セイ/メイ, メールアドレス, 電話番号/携帯電話,
/// 郵便番号, 住所/都道府県/市区町村/番地/建物名, 生年月日, 会員ID/会員番号, 性別, and their English forms.
/// Columns that are not the person's data (points, ranks, registration dates, consent flags, company) are left
/// out by name. A header is folded (NFKC, lower case, without spaces, brackets and separators) and the
/// rules are tried in order; a header no rule knows goes to the detector with its values.
/// </summary>
internal static class ImportHeaders
{
    private static readonly string[] s_consentFlags = ["メルマガ", "メールマガジン", "マガジン", "配信", "購読", "受信", "希望", "許可", "同意", "accepts", "marketing", "optin", "subscribe", "newsletter"];
    private static readonly string[] s_businessData =
    [
        "ポイント", "point", "ランク", "rank", "グループ", "group", "登録日", "入会日", "作成日", "更新日", "最終", "退会", "購入", "注文", "累計", "合計", "金額", "回数",
        "total", "orders", "spent", "tags", "tag", "note", "備考", "メモ", "company", "会社", "法人", "勤務先", "country", "国名", "国コード", "status", "ステータス",
        "taxexempt", "tax", "created", "updated", "lastorder", "currency", "language", "言語", "担当",
    ];

    private static readonly string[] s_kana = ["フリガナ", "ふりがな", "カナ", "かな", "furigana", "kana", "yomi", "読み"];
    private static readonly string[] s_memberId =
    [
        "会員id", "会員番号", "会員no", "会員コード", "顧客id", "顧客番号", "顧客no", "顧客コード", "お客様番号", "お客様id", "ユーザーid", "利用者番号", "患者番号", "患者id",
        "customerid", "customernumber", "customerno", "memberid", "membernumber", "memberno", "userid",
    ];

    private static readonly string[] s_email = ["メール", "mail"];
    private static readonly string[] s_phone = ["電話", "携帯", "tel", "phone", "mobile", "fax", "ファックス", "ファクス"];
    private static readonly string[] s_postal = ["郵便番号", "郵便", "〒", "zip", "postal", "postcode"];
    private static readonly string[] s_birth = ["生年月日", "誕生日", "生まれ", "birthday", "birthdate", "dateofbirth", "dob"];
    private static readonly string[] s_gender = ["性別", "gender", "sex"];
    private static readonly string[] s_prefecture = ["都道府県", "province", "prefecture", "state"];
    private static readonly string[] s_city = ["市区町村", "市町村", "市区郡", "city"];
    private static readonly string[] s_street = ["番地", "町名", "丁目", "町域", "住所1", "address1", "street"];
    private static readonly string[] s_building = ["建物", "マンション", "ビル名", "アパート", "住所2", "住所3", "address2", "address3", "building", "apartment", "suite"];
    private static readonly string[] s_address = ["住所", "所在地", "お届け先", "送付先", "address"];
    private static readonly string[] s_namePrefixes = ["お名前", "氏名", "名前", "顧客名", "会員名", "ご購入者", "購入者"];
    private static readonly string[] s_familyExact = ["姓", "氏", "苗字", "名字", "lastname", "familyname", "surname", "last"];
    private static readonly string[] s_givenExact = ["名", "下の名前", "firstname", "givenname", "first"];
    private static readonly string[] s_fullName = ["氏名", "お名前", "名前", "姓名", "顧客名", "会員名", "宛名", "購入者", "fullname", "name", "customername", "membername"];

    /// <summary>What the header says, or null when it does not say (the detector decides from the values).</summary>
    public static HeaderMatch? Match(string header)
    {
        var h = Fold(header);
        if (h.Length == 0)
        {
            return null;
        }

        if (Has(h, s_consentFlags))
        {
            return HeaderMatch.Ignore("consent flag");
        }

        if (Has(h, s_kana) || h is "セイ" or "メイ" or "せい" or "めい")
        {
            var given = h.Contains("メイ", StringComparison.Ordinal) || h.Contains("めい", StringComparison.Ordinal) || h.Contains("first", StringComparison.Ordinal)
                || h.Contains("given", StringComparison.Ordinal) || (h.Contains('名') && !h.Contains("氏名", StringComparison.Ordinal) && !h.Contains("姓名", StringComparison.Ordinal) && !h.Contains("名前", StringComparison.Ordinal));
            return new HeaderMatch(ItemTypes.NameKana, given ? 1 : 0);
        }

        if (Has(h, s_memberId))
        {
            return new HeaderMatch(ItemTypes.MemberId);
        }

        if (Has(h, s_email))
        {
            return new HeaderMatch(EntityTypes.EmailAddress);
        }

        if (Has(h, s_phone))
        {
            return new HeaderMatch(EntityTypes.PhoneNumber);
        }

        if (Has(h, s_postal))
        {
            return new HeaderMatch(EntityTypes.PostalCode);
        }

        if (Has(h, s_birth))
        {
            return new HeaderMatch(EntityTypes.DateOfBirth);
        }

        if (Has(h, s_gender))
        {
            return new HeaderMatch(ItemTypes.Gender);
        }

        if (Has(h, s_businessData))
        {
            return HeaderMatch.Ignore("not the person's data");
        }

        if (Has(h, s_building))
        {
            return new HeaderMatch(EntityTypes.Address, 3);
        }

        if (Has(h, s_prefecture))
        {
            return new HeaderMatch(EntityTypes.Address, 0);
        }

        if (Has(h, s_city))
        {
            return new HeaderMatch(EntityTypes.Address, 1);
        }

        if (Has(h, s_street))
        {
            return new HeaderMatch(EntityTypes.Address, 2);
        }

        if (Has(h, s_address))
        {
            return new HeaderMatch(EntityTypes.Address, 2);
        }

        if (Array.IndexOf(s_familyExact, h) >= 0 || (h.EndsWith('姓') && StartsWithNamePrefix(h[..^1])))
        {
            return new HeaderMatch(EntityTypes.PersonName, 0);
        }

        if (Array.IndexOf(s_givenExact, h) >= 0 || (h.EndsWith('名') && h.Length > 1 && StartsWithNamePrefix(h[..^1])))
        {
            return new HeaderMatch(EntityTypes.PersonName, 1);
        }

        return Has(h, s_fullName) ? new HeaderMatch(EntityTypes.PersonName, 0) : null;
    }

    /// <summary>NFKC, lower case, without spaces, brackets, dots and separators: "お名前（姓）" → "お名前姓", "Default Address Zip" → "defaultaddresszip".</summary>
    public static string Fold(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var normalized = header.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!(char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '・' or '(' or ')' or '[' or ']' or '「' or '」' or '【' or '】' or ':' or '/' or '\'' or '"' or '*' or '＊' or '※'))
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>True when what comes before 姓 or 名 names the person (お名前（姓）, 氏名(名)).</summary>
    private static bool StartsWithNamePrefix(string rest) => Array.IndexOf(s_namePrefixes, rest) >= 0;

    private static bool Has(string folded, string[] words)
    {
        foreach (var word in words)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
