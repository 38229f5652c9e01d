using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mamori.Core.Incidents;
using Mamori.Core.Ports;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    // Subject ids per IN list: well under SQLite's and PostgreSQL's parameter limits.
    private const int IdsPerQuery = 500;

    private static readonly JsonSerializerOptions s_incidentJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public Task InsertIncidentAsync(BreachIncident incident, IncidentUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(update);
        return WriteAsync(async scope =>
        {
            await scope.ExecuteAsync("""
                INSERT INTO incidents (id, aware_at, status, created_at, updated_at, document)
                VALUES (@id, @aware_at, @status, @created_at, @updated_at, @document)
                """, cancellationToken,
                ("@id", incident.Id), ("@aware_at", Db.Time(incident.AwareAt)), ("@status", IncidentCodes.Of(incident.Status)),
                ("@created_at", Db.Time(incident.CreatedAt)), ("@updated_at", Db.Time(incident.UpdatedAt)),
                ("@document", JsonSerializer.Serialize(incident, s_incidentJson))).ConfigureAwait(false);
            await InsertIncidentUpdateAsync(scope, update, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task UpdateIncidentAsync(BreachIncident incident, IncidentUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(update);
        return WriteAsync(async scope =>
        {
            var rows = await scope.ExecuteAsync(
                "UPDATE incidents SET status = @status, updated_at = @updated_at, document = @document WHERE id = @id", cancellationToken,
                ("@id", incident.Id), ("@status", IncidentCodes.Of(incident.Status)), ("@updated_at", Db.Time(incident.UpdatedAt)),
                ("@document", JsonSerializer.Serialize(incident, s_incidentJson))).ConfigureAwait(false);
            if (rows == 0)
            {
                throw new StorageException($"The incident {incident.Id} is not in {Db.Location}: it cannot be updated.");
            }

            await InsertIncidentUpdateAsync(scope, update, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<BreachIncident?> GetIncidentAsync(string incidentId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT document FROM incidents WHERE id = @id", ReadIncident, cancellationToken, ("@id", incidentId));

    public Task<IReadOnlyList<BreachIncident>> GetIncidentsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT document FROM incidents ORDER BY aware_at DESC, id DESC", ReadIncident, cancellationToken);

    public Task<IReadOnlyList<IncidentUpdate>> GetIncidentUpdatesAsync(string incidentId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT incident_id, at, user_id, note FROM incident_updates WHERE incident_id = @id ORDER BY seq", r =>
            new IncidentUpdate(r.GetString(0), Db.ReadTime(r, 1), r.GetString(2), r.GetString(3)), cancellationToken, ("@id", incidentId));

    public async Task<LeakCount> CountLeakAsync(LeakQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var typeParameters = query.ItemTypes?.Select((t, i) => ($"@t{i}", (object?)t)).ToArray() ?? [];
        var typeFilter = query.ItemTypes is null ? string.Empty : $" AND type IN ({string.Join(", ", typeParameters.Select(p => p.Item1))})";
        if (query.ItemTypes is { Count: 0 })
        {
            return new LeakCount(0, new Dictionary<string, long>(), query.SubjectIds ?? []);
        }

        if (query.SubjectIds is null)
        {
            var byType = await QueryAsync("SELECT type, COUNT(DISTINCT subject_id) FROM items WHERE 1 = 1" + typeFilter + " GROUP BY type",
                r => (Type: r.GetString(0), People: r.GetInt64(1)), cancellationToken, typeParameters).ConfigureAwait(false);
            var people = await QueryAsync("SELECT COUNT(DISTINCT subject_id) FROM items WHERE 1 = 1" + typeFilter,
                r => r.GetInt64(0), cancellationToken, typeParameters).ConfigureAwait(false);
            return new LeakCount(people[0], byType.ToDictionary(t => t.Type, t => t.People, StringComparer.Ordinal), []);
        }

        // Named subjects: which exist, and which types each holds, a batch of ids at a time.
        var found = new HashSet<string>(StringComparer.Ordinal);
        var holders = new HashSet<string>(StringComparer.Ordinal);
        var perType = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var batch in query.SubjectIds.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var idParameters = batch.Select((id, i) => ($"@s{i}", (object?)id)).ToArray();
            var idList = string.Join(", ", idParameters.Select(p => p.Item1));
            foreach (var id in await QueryAsync($"SELECT id FROM subjects WHERE status <> 'erased' AND id IN ({idList})", r => r.GetString(0), cancellationToken, idParameters).ConfigureAwait(false))
            {
                found.Add(id);
            }

            var pairs = await QueryAsync($"SELECT DISTINCT subject_id, type FROM items WHERE subject_id IN ({idList}){typeFilter}",
                r => (Subject: r.GetString(0), Type: r.GetString(1)), cancellationToken, [.. idParameters, .. typeParameters]).ConfigureAwait(false);
            foreach (var (subject, type) in pairs)
            {
                holders.Add(subject);
                perType[type] = perType.GetValueOrDefault(type) + 1;
            }
        }

        var missing = query.SubjectIds.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        return new LeakCount(holders.Count, perType, missing);
    }

    private Task InsertIncidentUpdateAsync(WriteScope scope, IncidentUpdate update, CancellationToken cancellationToken) =>
        scope.ExecuteAsync("INSERT INTO incident_updates (incident_id, at, user_id, note) VALUES (@incident_id, @at, @user_id, @note)", cancellationToken,
            ("@incident_id", update.IncidentId), ("@at", Db.Time(update.At)), ("@user_id", update.UserId), ("@note", update.Note));

    private BreachIncident ReadIncident(DbDataReader r) =>
        JsonSerializer.Deserialize<BreachIncident>(r.GetString(0), s_incidentJson)
            ?? throw new StorageException($"An incident in {Db.Location} is empty: it was edited by hand.");
}
