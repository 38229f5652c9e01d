namespace Mamori.Detection.Recognizers;

/// <summary>The built-in context words per entity id, Japanese and English (matched case-insensitively, after folding).</summary>
public static class BuiltInContextWords
{
    /// <summary>
    /// Words that name a number as something other than personal data (order, slip, tracking,
    /// product, invoice numbers). Near a candidate without its own context they lower its score.
    /// </summary>
    public static IReadOnlyCollection<string> NumberDistractors { get; } =
    [
        "伝票", "注文", "追跡", "問い合わせ番号", "問合せ番号", "受付番号", "予約番号", "管理番号", "商品", "品番", "型番",
        "請求書", "登録番号", "製造番号", "シリアル", "JAN", "order", "tracking", "invoice", "sku", "serial", "product",
    ];

    /// <summary>A fresh copy of the built-in words, keyed by entity id.</summary>
    public static Dictionary<string, IReadOnlyCollection<string>> Create() => new(StringComparer.Ordinal)
    {
        [EntityTypes.MyNumber] = ["マイナンバー", "個人番号", "個人番号カード", "通知カード", "my number", "mynumber", "individual number"],
        [EntityTypes.CorporateNumber] = ["法人番号", "会社法人等番号", "corporate number"],
        [EntityTypes.DriversLicense] = ["運転免許", "免許証", "免許番号", "運転経歴証明書", "driver's license", "drivers license", "driving licence", "licence"],
        [EntityTypes.Passport] = ["パスポート", "旅券", "passport"],
        [EntityTypes.ResidenceCard] = ["在留カード", "在留番号", "特別永住者証明書", "residence card"],
        [EntityTypes.ResidentRecordCode] = ["住民票コード", "住民票", "住基", "resident record"],
        [EntityTypes.BasicPensionNumber] = ["基礎年金番号", "年金手帳", "年金番号", "基礎年金", "pension"],
        [EntityTypes.HealthInsurance] = ["保険者番号", "被保険者", "保険証", "健康保険", "記号", "資格確認書", "insurer", "health insurance"],
        [EntityTypes.CreditCard] = ["カード番号", "クレジット", "クレカ", "card number", "credit", "visa", "mastercard", "jcb", "amex"],
        [EntityTypes.BankAccount] = ["口座番号", "口座", "普通", "当座", "支店", "振込", "ゆうちょ", "記号番号", "account", "bank"],
        [EntityTypes.PhoneNumber] = ["電話", "TEL", "携帯", "連絡先", "ファックス", "FAX", "phone", "mobile", "contact"],
        [EntityTypes.EmailAddress] = ["メール", "mail", "e-mail", "email", "連絡先"],
        [EntityTypes.PostalCode] = ["〒", "郵便番号", "郵便", "住所", "zip", "postal", "postcode"],
        [EntityTypes.Address] = ["住所", "所在地", "現住所", "お届け先", "送付先", "address"],
        [EntityTypes.PersonName] = ["氏名", "名前", "お名前", "フリガナ", "ふりがな", "担当", "様", "さん", "氏", "殿", "name", "mr.", "ms."],
        [EntityTypes.DateOfBirth] = ["生年月日", "誕生日", "生まれ", "出生", "birth", "dob", "born"],
        [EntityTypes.IpAddress] = ["IP", "アドレス", "接続元", "アクセス元", "host", "client", "remote"],
        [EntityTypes.OnlineIdentifier] = ["cookie", "クッキー", "IDFA", "AAID", "GAID", "広告ID", "広告識別子", "advertising", "device id", "端末ID", "_ga", "uid", "visitor"],
        [EntityTypes.Biometric] = ["指紋", "顔", "顔特徴量", "静脈", "虹彩", "声紋", "fingerprint", "face", "embedding", "biometric", "template"],
        [EntityTypes.SpecialCare] = [],
    };
}
