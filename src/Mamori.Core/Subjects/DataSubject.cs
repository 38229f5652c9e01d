namespace Mamori.Core.Subjects;

/// <summary>A person whose personal data the business holds (a customer, member, patient…).</summary>
/// <param name="Id">Mamori's id (<c>S</c> followed by 26 characters), never derived from personal data.</param>
/// <param name="CreatedAt">When the record was made.</param>
/// <param name="Status">Active, suspended or erased.</param>
public sealed record DataSubject(string Id, DateTimeOffset CreatedAt, SubjectStatus Status)
{
    /// <summary>When the subject was erased, if it was.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>Since when the person asked not to be contacted (Art. 35(5)); null when they did not. Purposes that contact people may not use them.</summary>
    public DateTimeOffset? DoNotContactSince { get; init; }

    /// <summary>Creates a new id: <c>S</c> + a time-ordered GUID (v7) in hex, so ids sort by creation and shard evenly.</summary>
    public static string NewId() => TimeOrderedId.New('S');
}
