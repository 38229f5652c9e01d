using Mamori.Core.Incidents;

namespace Mamori.Core.Ports;

/// <summary>
/// Where breach incidents are kept, and the counts that size a leak within the platform. Incidents hold no personal
/// value. Each method is atomic.
/// </summary>
public interface IIncidentStore
{
    /// <summary>Adds an incident with the first entry of its history.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="update">Its first history entry.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertIncidentAsync(BreachIncident incident, IncidentUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Replaces an incident and appends to its history, in one transaction.</summary>
    /// <param name="incident">The incident as it is now.</param>
    /// <param name="update">What changed.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task UpdateIncidentAsync(BreachIncident incident, IncidentUpdate update, CancellationToken cancellationToken = default);

    /// <summary>An incident, or null.</summary>
    /// <param name="incidentId">The id.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<BreachIncident?> GetIncidentAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Every incident, newest awareness first.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<BreachIncident>> GetIncidentsAsync(CancellationToken cancellationToken = default);

    /// <summary>An incident's history, oldest first.</summary>
    /// <param name="incidentId">The id.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<IncidentUpdate>> GetIncidentUpdatesAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sizes a leak within the platform: how many subjects (not erased) hold an item of the given types, and how many per
    /// type; limited to <see cref="LeakQuery.SubjectIds"/> when given, to every type when <see cref="LeakQuery.ItemTypes"/> is null.
    /// </summary>
    /// <param name="query">Which subjects and types.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<LeakCount> CountLeakAsync(LeakQuery query, CancellationToken cancellationToken = default);
}
