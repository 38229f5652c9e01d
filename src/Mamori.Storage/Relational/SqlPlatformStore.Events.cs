using System.Data.Common;
using Mamori.Core.Ports;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    protected const string EventColumns = "id, subject_id, kind, occurred_at, ciphertext";

    private static readonly string[] s_eventParameters = ["@id", "@subject_id", "@kind", "@occurred_at", "@ciphertext"];

    /// <summary>Adds events in one transaction (PostgreSQL overrides this with COPY).</summary>
    public virtual Task InsertEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Count == 0
            ? Task.CompletedTask
            : WriteAsync(scope => Db.ExecuteManyAsync(scope, "INSERT INTO events (" + EventColumns + ") VALUES (@id, @subject_id, @kind, @occurred_at, @ciphertext)",
                s_eventParameters, events, BindEvent, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> GetEventsAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + EventColumns + " FROM events WHERE subject_id = @id ORDER BY occurred_at, seq", ReadEvent, cancellationToken, ("@id", subjectId));

    private void BindEvent(StoredEvent e, object?[] values)
    {
        values[0] = e.Id;
        values[1] = e.SubjectId;
        values[2] = e.Kind;
        values[3] = Db.Time(e.OccurredAt);
        values[4] = e.Ciphertext;
    }

    private StoredEvent ReadEvent(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), Db.ReadTime(r, 3), r.GetBytes(4));
}
