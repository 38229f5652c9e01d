using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Security;

namespace Mamori.Storage.Relational;

/// <summary>
/// <see cref="ISubjectKeyStore"/> in shared SQL, on its own database (its own SQLite file or PostgreSQL
/// schema): wrapped subject data keys and the access log's head, nothing else.
/// </summary>
internal abstract class SqlSubjectKeyStore : SqlStore, ISubjectKeyStore
{
    private static readonly string[] s_keyParameters = ["@subject_id", "@master_key_id", "@blob"];
    private static readonly string[] s_replaceParameters = ["@subject_id", "@master_key_id", "@blob", "@previous"];

    protected SqlSubjectKeyStore(SqlDatabase database)
        : base(database)
    {
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(() => Migrator.MigrateAsync(Db, Migrator.KeyStore, cancellationToken));

    /// <summary>Stores or replaces keys in one transaction (PostgreSQL overrides this with one set-based upsert).</summary>
    public virtual Task PutAsync(IReadOnlyList<(string SubjectId, WrappedKey Key)> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? Task.CompletedTask
            : WriteAsync(scope => Db.ExecuteManyAsync(scope, """
                INSERT INTO subject_keys (subject_id, master_key_id, blob) VALUES (@subject_id, @master_key_id, @blob)
                ON CONFLICT (subject_id) DO UPDATE SET master_key_id = excluded.master_key_id, blob = excluded.blob
                """, s_keyParameters, keys, static (key, values) =>
                {
                    values[0] = key.SubjectId;
                    values[1] = key.Key.MasterKeyId;
                    values[2] = key.Key.Blob;
                }, cancellationToken), cancellationToken);
    }

    /// <summary>One conditional update per key, in one transaction: a key deleted or re-wrapped since it was read is left alone.</summary>
    public Task ReplaceAsync(IReadOnlyList<(string SubjectId, string PreviousMasterKeyId, WrappedKey Key)> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? Task.CompletedTask
            : WriteAsync(scope => Db.ExecuteManyAsync(scope, """
                UPDATE subject_keys SET master_key_id = @master_key_id, blob = @blob
                WHERE subject_id = @subject_id AND master_key_id = @previous
                """, s_replaceParameters, keys, static (key, values) =>
                {
                    values[0] = key.SubjectId;
                    values[1] = key.Key.MasterKeyId;
                    values[2] = key.Key.Blob;
                    values[3] = key.PreviousMasterKeyId;
                }, cancellationToken), cancellationToken);
    }

    public Task<WrappedKey?> GetAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT master_key_id, blob FROM subject_keys WHERE subject_id = @id",
            r => new WrappedKey(r.GetString(0), r.GetBytes(1)), cancellationToken, ("@id", subjectId));

    /// <summary>Destroys the key; deleting a key that is not there is not an error (erasure may be retried).</summary>
    public virtual Task DeleteAsync(string subjectId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM subject_keys WHERE subject_id = @id", cancellationToken, ("@id", subjectId));

    /// <summary>Keys wrapped by another master key, by subject id, for rotation to work through in batches.</summary>
    public Task<IReadOnlyList<(string SubjectId, WrappedKey Key)>> ListNotWrappedWithAsync(string activeMasterKeyId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return QueryAsync("""
            SELECT subject_id, master_key_id, blob FROM subject_keys
            WHERE master_key_id <> @active
            ORDER BY subject_id
            LIMIT @limit
            """, r => (r.GetString(0), new WrappedKey(r.GetString(1), r.GetBytes(2))), cancellationToken, ("@active", activeMasterKeyId), ("@limit", limit));
    }

    public async Task<IReadOnlyDictionary<string, long>> CountByMasterKeyAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("SELECT master_key_id, count(*) FROM subject_keys GROUP BY master_key_id",
            r => (r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Item1, row => row.Item2, StringComparer.Ordinal);
    }

    /// <summary>
    /// Records the head. It only moves forward: when two appends race, the later head wins even if it is
    /// recorded first (a head that lags is fine for verification; one that goes back hides nothing but
    /// proves less).
    /// </summary>
    public Task SetAccessLogHeadAsync(AccessLogHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(head);
        return ExecuteAsync("""
            INSERT INTO log_head (id, count, last_hash) VALUES (1, @count, @last_hash)
            ON CONFLICT (id) DO UPDATE SET count = excluded.count, last_hash = excluded.last_hash
            WHERE log_head.count <= excluded.count
            """, cancellationToken, ("@count", head.Count), ("@last_hash", head.LastHash));
    }

    public Task<AccessLogHead?> GetAccessLogHeadAsync(CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT count, last_hash FROM log_head WHERE id = 1", r => new AccessLogHead(r.GetInt64(0), r.GetString(1)), cancellationToken);
}
