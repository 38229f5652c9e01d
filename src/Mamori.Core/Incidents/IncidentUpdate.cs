namespace Mamori.Core.Incidents;

/// <summary>One entry of an incident's history: when, by whom, what changed or was learned (no personal values).</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="At">When.</param>
/// <param name="UserId">Who (the user's id; <c>cli</c> for the local operator).</param>
/// <param name="Note">What happened.</param>
public sealed record IncidentUpdate(string IncidentId, DateTimeOffset At, string UserId, string Note);
