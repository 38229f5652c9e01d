using Mamori.Core.Incidents;

namespace Mamori.Core.Features;

/// <summary>An incident with its triage and deadlines as of now.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Triage">Its triage.</param>
/// <param name="Deadlines">Its deadlines.</param>
public sealed record IncidentView(BreachIncident Incident, BreachTriage Triage, BreachDeadlines Deadlines);
