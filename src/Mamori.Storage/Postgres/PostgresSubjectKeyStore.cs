using Mamori.Core.Security;
using Mamori.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Mamori.Storage.Postgres;

/// <summary>The key store in its own PostgreSQL schema; bulk puts are a binary COPY and one set-based upsert.</summary>
internal sealed class PostgresSubjectKeyStore(PostgresDatabase database) : SqlSubjectKeyStore(database)
{
    // Below this many keys, one statement with arrays costs less than a COPY into the staging table.
    private const int CopyFrom = 64;

    // The staging table lives as long as the session (the pooled connection) and is emptied at every commit.
    private const string StagingSql =
        "CREATE TEMP TABLE IF NOT EXISTS subject_keys_in (subject_id text COLLATE \"C\" NOT NULL, master_key_id text COLLATE \"C\" NOT NULL, blob bytea NOT NULL, n bigint NOT NULL) ON COMMIT DELETE ROWS";

    // A batch holding the same subject twice would make ON CONFLICT touch a row twice: the last one wins.
    private const string UpsertTail = """
        ORDER BY k.subject_id, k.n DESC
        ON CONFLICT (subject_id) DO UPDATE SET master_key_id = excluded.master_key_id, blob = excluded.blob
        """;

    public override Task PutAsync(IReadOnlyList<(string SubjectId, WrappedKey Key)> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }

        return keys.Count < CopyFrom ? PutFewAsync(keys, cancellationToken) : PutManyAsync(keys, cancellationToken);
    }

    private Task PutFewAsync(IReadOnlyList<(string SubjectId, WrappedKey Key)> keys, CancellationToken cancellationToken)
    {
        var subjectIds = new string[keys.Count];
        var masterKeyIds = new string[keys.Count];
        var blobs = new byte[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            (subjectIds[i], var key) = keys[i];
            masterKeyIds[i] = key.MasterKeyId;
            blobs[i] = key.Blob;
        }

        return ExecuteAsync("""
            INSERT INTO subject_keys (subject_id, master_key_id, blob)
            SELECT DISTINCT ON (k.subject_id) k.subject_id, k.master_key_id, k.blob
            FROM unnest(@subject_ids, @master_key_ids, @blobs) WITH ORDINALITY AS k (subject_id, master_key_id, blob, n)
            """ + UpsertTail, cancellationToken, ("@subject_ids", subjectIds), ("@master_key_ids", masterKeyIds), ("@blobs", blobs));
    }

    /// <summary>An import's keys: binary COPY into the session's staging table, then one upsert from it.</summary>
    private Task PutManyAsync(IReadOnlyList<(string SubjectId, WrappedKey Key)> keys, CancellationToken cancellationToken) =>
        WriteAsync(async scope =>
        {
            await scope.ExecuteAsync(StagingSql, cancellationToken).ConfigureAwait(false);
            await using (var copy = await ((NpgsqlConnection)scope.Connection).BeginBinaryImportAsync(
                "COPY subject_keys_in (subject_id, master_key_id, blob, n) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                for (var i = 0; i < keys.Count; i++)
                {
                    var (subjectId, key) = keys[i];
                    copy.StartRow();
                    copy.Write(subjectId, NpgsqlDbType.Text);
                    copy.Write(key.MasterKeyId, NpgsqlDbType.Text);
                    copy.Write(key.Blob, NpgsqlDbType.Bytea);
                    copy.Write((long)i, NpgsqlDbType.Bigint);
                }

                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await scope.ExecuteAsync(
                "INSERT INTO subject_keys (subject_id, master_key_id, blob) SELECT DISTINCT ON (k.subject_id) k.subject_id, k.master_key_id, k.blob FROM subject_keys_in AS k "
                + UpsertTail, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
