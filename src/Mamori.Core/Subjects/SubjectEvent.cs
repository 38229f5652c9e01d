namespace Mamori.Core.Subjects;

/// <summary>
/// Something a subject did: a purchase, a ride, a visit. Linked to the subject it is personal data;
/// its attributes are stored encrypted like items.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="SubjectId">Whose.</param>
/// <param name="Kind"><c>purchase</c>, <c>ride</c>, <c>visit</c> or another kind the business uses.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Attributes">What (product, amount, station…).</param>
public sealed record SubjectEvent(string Id, string SubjectId, string Kind, DateTimeOffset OccurredAt, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>Creates an event id.</summary>
    public static string NewId() => TimeOrderedId.New('E');
}
