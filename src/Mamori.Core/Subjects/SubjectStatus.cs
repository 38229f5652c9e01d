namespace Mamori.Core.Subjects;

/// <summary>Where a data subject stands.</summary>
public enum SubjectStatus
{
    /// <summary>Usable for the purposes and consents on record.</summary>
    Active,

    /// <summary>Use suspended at the person's request (Art. 35): no purpose may use the data.</summary>
    Suspended,

    /// <summary>Erased: the subject's data key is destroyed and no value can be read again, from any copy.</summary>
    Erased,
}
