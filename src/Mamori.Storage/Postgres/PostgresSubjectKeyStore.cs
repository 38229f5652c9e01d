using Mamori.Core.Security;
using Mamori.Storage.Relational;

namespace Mamori.Storage.Postgres;

/// <summary>The key store in its own PostgreSQL schema; bulk puts are one set-based upsert per call.</summary>
internal sealed class PostgresSubjectKeyStore(PostgresDatabase database) : SqlSubjectKeyStore(database)
{
    public override Task PutAsync(IReadOnlyList<(string SubjectId, WrappedKey Key)> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }

        var subjectIds = new string[keys.Count];
        var masterKeyIds = new string[keys.Count];
        var blobs = new byte[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            (subjectIds[i], var key) = keys[i];
            masterKeyIds[i] = key.MasterKeyId;
            blobs[i] = key.Blob;
        }

        // A batch holding the same subject twice would make ON CONFLICT touch a row twice: the last one wins.
        return ExecuteAsync("""
            INSERT INTO subject_keys (subject_id, master_key_id, blob)
            SELECT DISTINCT ON (k.subject_id) k.subject_id, k.master_key_id, k.blob
            FROM unnest(@subject_ids, @master_key_ids, @blobs) WITH ORDINALITY AS k (subject_id, master_key_id, blob, n)
            ORDER BY k.subject_id, k.n DESC
            ON CONFLICT (subject_id) DO UPDATE SET master_key_id = excluded.master_key_id, blob = excluded.blob
            """, cancellationToken, ("@subject_ids", subjectIds), ("@master_key_ids", masterKeyIds), ("@blobs", blobs));
    }
}
