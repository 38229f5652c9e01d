namespace Mamori.Core.Ports;

/// <summary>The size of a leak within the platform.</summary>
/// <param name="People">Distinct subjects holding any of the types.</param>
/// <param name="PeopleByType">Distinct subjects per item type held (types nobody holds are absent).</param>
/// <param name="MissingSubjectIds">Of the subjects asked for, those the platform does not hold (unknown or erased).</param>
public sealed record LeakCount(long People, IReadOnlyDictionary<string, long> PeopleByType, IReadOnlyList<string> MissingSubjectIds);
