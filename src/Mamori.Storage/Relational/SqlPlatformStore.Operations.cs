using System.Data.Common;
using Mamori.Core.Ports;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    private const string ExportColumns = "id, requested_by, purpose, subject_count, item_types, requested_at, status, decided_by, decided_at, trace_mark";

    public Task InsertExportAsync(ExportRecord export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        return ExecuteAsync("INSERT INTO exports (" + ExportColumns + """
            ) VALUES (@id, @requested_by, @purpose, @subject_count, @item_types, @requested_at, @status, @decided_by, @decided_at, @trace_mark)
            """, cancellationToken, ExportParameters(export));
    }

    public async Task UpdateExportAsync(ExportRecord export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        var changed = await ExecuteAsync("""
            UPDATE exports SET requested_by = @requested_by, purpose = @purpose, subject_count = @subject_count, item_types = @item_types,
                requested_at = @requested_at, status = @status, decided_by = @decided_by, decided_at = @decided_at, trace_mark = @trace_mark
            WHERE id = @id
            """, cancellationToken, ExportParameters(export)).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new KeyNotFoundException("No export has this id; nothing was changed.");
        }
    }

    public Task<ExportRecord?> GetExportAsync(string exportId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + ExportColumns + " FROM exports WHERE id = @id", ReadExport, cancellationToken, ("@id", exportId));

    public Task<ExportRecord?> FindExportByTraceMarkAsync(string traceMark, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + ExportColumns + " FROM exports WHERE trace_mark = @trace_mark", ReadExport, cancellationToken, ("@trace_mark", traceMark));

    public Task<IReadOnlyList<ExportRecord>> GetExportsAsync(string? requestedBy, string? status, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var where = (requestedBy, status) switch
        {
            (null, null) => string.Empty,
            (not null, null) => " WHERE requested_by = @requested_by",
            (null, not null) => " WHERE status = @status",
            _ => " WHERE requested_by = @requested_by AND status = @status",
        };
        return QueryAsync(
            "SELECT " + ExportColumns + " FROM exports" + where + " ORDER BY requested_at DESC, id DESC LIMIT @limit",
            ReadExport, cancellationToken, ("@requested_by", requestedBy ?? string.Empty), ("@status", status ?? string.Empty), ("@limit", limit));
    }

    public Task<string?> GetSettingAsync(string key, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT value FROM settings WHERE key = @key", r => r.GetString(0), cancellationToken, ("@key", key));

    public Task SetSettingAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken, ("@key", key), ("@value", value));
    }

    public Task SetImportProgressAsync(string importId, long rowsCommitted, bool completed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importId);
        ArgumentOutOfRangeException.ThrowIfNegative(rowsCommitted);
        return ExecuteAsync("""
            INSERT INTO imports (id, rows_committed, completed) VALUES (@id, @rows, @completed)
            ON CONFLICT (id) DO UPDATE SET rows_committed = excluded.rows_committed, completed = excluded.completed
            """, cancellationToken, ("@id", importId), ("@rows", rowsCommitted), ("@completed", completed));
    }

    public async Task<(long RowsCommitted, bool Completed)?> GetImportProgressAsync(string importId, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("SELECT rows_committed, completed FROM imports WHERE id = @id",
            r => (r.GetInt64(0), r.GetBoolean(1)), cancellationToken, ("@id", importId)).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    private (string, object?)[] ExportParameters(ExportRecord export) =>
    [
        ("@id", export.Id), ("@requested_by", export.RequestedBy), ("@purpose", export.Purpose), ("@subject_count", export.SubjectCount),
        ("@item_types", JsonList.Write(export.ItemTypes)), ("@requested_at", Db.Time(export.RequestedAt)), ("@status", export.Status),
        ("@decided_by", export.DecidedBy), ("@decided_at", Db.NullableTime(export.DecidedAt)), ("@trace_mark", export.TraceMark),
    ];

    private ExportRecord ReadExport(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), JsonList.Read(r.GetString(4)), Db.ReadTime(r, 5), r.GetString(6))
        {
            DecidedBy = r.GetNullableString(7),
            DecidedAt = Db.ReadNullableTime(r, 8),
            TraceMark = r.GetNullableString(9),
        };
}
