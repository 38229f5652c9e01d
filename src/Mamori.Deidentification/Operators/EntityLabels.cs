using Mamori.Detection;

namespace Mamori.Deidentification.Operators;

/// <summary>Japanese labels of the entity ids, used in replacement tags such as <c>&lt;氏名&gt;</c>.</summary>
public static class EntityLabels
{
    /// <summary>The Japanese label of an entity id; the id itself when it has none.</summary>
    /// <param name="entityType">An entity id.</param>
    public static string Japanese(string entityType) => entityType switch
    {
        EntityTypes.MyNumber => "個人番号",
        EntityTypes.CorporateNumber => "法人番号",
        EntityTypes.DriversLicense => "運転免許証番号",
        EntityTypes.Passport => "旅券番号",
        EntityTypes.ResidenceCard => "在留カード番号",
        EntityTypes.ResidentRecordCode => "住民票コード",
        EntityTypes.BasicPensionNumber => "基礎年金番号",
        EntityTypes.HealthInsurance => "保険証番号",
        EntityTypes.CreditCard => "カード番号",
        EntityTypes.BankAccount => "口座番号",
        EntityTypes.PhoneNumber => "電話番号",
        EntityTypes.EmailAddress => "メールアドレス",
        EntityTypes.PostalCode => "郵便番号",
        EntityTypes.Address => "住所",
        EntityTypes.PersonName => "氏名",
        EntityTypes.DateOfBirth => "生年月日",
        EntityTypes.IpAddress => "IPアドレス",
        EntityTypes.OnlineIdentifier => "オンライン識別子",
        EntityTypes.Biometric => "生体情報",
        EntityTypes.SpecialCare => "要配慮個人情報",
        _ => entityType,
    };
}
