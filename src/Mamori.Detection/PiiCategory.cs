namespace Mamori.Detection;

/// <summary>The APPI class a finding belongs to (Art. 2 and 16), which decides the duties attached to it.</summary>
public enum PiiCategory
{
    /// <summary>個人識別符号: identifies a person by itself (My Number, passport, licence, biometric templates…).</summary>
    IdentificationCode,

    /// <summary>要配慮個人情報: special care-required information (medical history, criminal record, creed…).</summary>
    SpecialCare,

    /// <summary>個人情報: identifies a person alone or by easy collation (name, address, phone, e-mail…).</summary>
    Personal,

    /// <summary>個人関連情報: about a person but not identifying (cookie and advertising ids, IP addresses, histories).</summary>
    PersonalRelated,

    /// <summary>Not personal information, reported so it is not mistaken for it (e.g. a corporate number).</summary>
    NotPersonal,
}
