using System.Collections.Frozen;

namespace Mamori.Detection;

/// <summary>The entity ids Mamori reports (stable; see PRODUCT.md) and the APPI category of each.</summary>
public static class EntityTypes
{
    /// <summary>個人番号 (My Number), 12 digits with a check digit.</summary>
    public const string MyNumber = "JP_MY_NUMBER";

    /// <summary>法人番号, 13 digits with a leading check digit; not personal information.</summary>
    public const string CorporateNumber = "JP_CORPORATE_NUMBER";

    /// <summary>運転免許証番号, 12 digits.</summary>
    public const string DriversLicense = "JP_DRIVERS_LICENSE";

    /// <summary>旅券番号, two letters and seven digits.</summary>
    public const string Passport = "JP_PASSPORT";

    /// <summary>在留カード番号, two letters, eight digits, two letters.</summary>
    public const string ResidenceCard = "JP_RESIDENCE_CARD";

    /// <summary>住民票コード, 11 digits.</summary>
    public const string ResidentRecordCode = "JP_RESIDENT_RECORD_CODE";

    /// <summary>基礎年金番号, 10 digits written 4-6.</summary>
    public const string BasicPensionNumber = "JP_BASIC_PENSION_NUMBER";

    /// <summary>保険者番号 and 被保険者記号・番号 of health insurance.</summary>
    public const string HealthInsurance = "JP_HEALTH_INSURANCE";

    /// <summary>Payment card number (Luhn).</summary>
    public const string CreditCard = "CREDIT_CARD";

    /// <summary>Bank or Japan Post Bank account number.</summary>
    public const string BankAccount = "JP_BANK_ACCOUNT";

    /// <summary>Telephone number under Japan's numbering plan (and +81 forms).</summary>
    public const string PhoneNumber = "PHONE_NUMBER";

    /// <summary>E-mail address.</summary>
    public const string EmailAddress = "EMAIL_ADDRESS";

    /// <summary>郵便番号, NNN-NNNN.</summary>
    public const string PostalCode = "JP_POSTAL_CODE";

    /// <summary>Street address (prefecture, municipality, block numbers).</summary>
    public const string Address = "JP_ADDRESS";

    /// <summary>A person's name.</summary>
    public const string PersonName = "PERSON_NAME";

    /// <summary>Date of birth (Gregorian or era form, with context).</summary>
    public const string DateOfBirth = "DATE_OF_BIRTH";

    /// <summary>IPv4 or IPv6 address.</summary>
    public const string IpAddress = "IP_ADDRESS";

    /// <summary>Cookie ids, advertising ids (IDFA/AAID) and similar online identifiers.</summary>
    public const string OnlineIdentifier = "ONLINE_IDENTIFIER";

    /// <summary>Biometric templates (fingerprint records, face embeddings).</summary>
    public const string Biometric = "BIOMETRIC";

    /// <summary>Special care-required information; findings carry a subcategory.</summary>
    public const string SpecialCare = "SPECIAL_CARE";

    private static readonly FrozenDictionary<string, PiiCategory> s_categories = new Dictionary<string, PiiCategory>
    {
        [MyNumber] = PiiCategory.IdentificationCode,
        [CorporateNumber] = PiiCategory.NotPersonal,
        [DriversLicense] = PiiCategory.IdentificationCode,
        [Passport] = PiiCategory.IdentificationCode,
        [ResidenceCard] = PiiCategory.IdentificationCode,
        [ResidentRecordCode] = PiiCategory.IdentificationCode,
        [BasicPensionNumber] = PiiCategory.IdentificationCode,
        [HealthInsurance] = PiiCategory.IdentificationCode,
        [CreditCard] = PiiCategory.Personal,
        [BankAccount] = PiiCategory.Personal,
        [PhoneNumber] = PiiCategory.Personal,
        [EmailAddress] = PiiCategory.Personal,
        [PostalCode] = PiiCategory.Personal,
        [Address] = PiiCategory.Personal,
        [PersonName] = PiiCategory.Personal,
        [DateOfBirth] = PiiCategory.Personal,
        [IpAddress] = PiiCategory.PersonalRelated,
        [OnlineIdentifier] = PiiCategory.PersonalRelated,
        [Biometric] = PiiCategory.IdentificationCode,
        [SpecialCare] = PiiCategory.SpecialCare,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every built-in entity id.</summary>
    public static IReadOnlyCollection<string> All => s_categories.Keys;

    /// <summary>The APPI category of a built-in entity id.</summary>
    /// <param name="type">An entity id.</param>
    /// <param name="category">Its category, when the id is built in.</param>
    /// <returns>True for a built-in id.</returns>
    public static bool TryGetCategory(string type, out PiiCategory category) => s_categories.TryGetValue(type, out category);

    /// <summary>The APPI category of a built-in entity id.</summary>
    /// <param name="type">A built-in entity id.</param>
    /// <exception cref="ArgumentException">The id is not built in.</exception>
    public static PiiCategory CategoryOf(string type) =>
        s_categories.TryGetValue(type, out var category)
            ? category
            : throw new ArgumentException($"'{type}' is not a built-in entity type.", nameof(type));
}
