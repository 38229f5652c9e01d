namespace Mamori.Core.Provision;

/// <summary>What a provision record is.</summary>
public enum RecordKind
{
    /// <summary>Art. 29 provider record (第三者提供の記録): consent or opt-out provision.</summary>
    Provision,

    /// <summary>Art. 30 recipient record (第三者提供を受けた際の記録): data received from a third party.</summary>
    Receipt,

    /// <summary>Art. 31 record: personal-related information provided to a recipient confirmed to hold the person's consent.</summary>
    PersonalRelated,

    /// <summary>
    /// Not a statutory record: provision under an Art. 27(1) exception, entrustment, business succession or joint use, kept
    /// as an operational log entry (not disclosed under Art. 33(5), which covers the Art. 29/30 records).
    /// </summary>
    Operational,
}
