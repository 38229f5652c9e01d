using System.Data.Common;
using System.Runtime.CompilerServices;
using Mamori.Core.Audit;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    private const string LogColumns = "seq, at, at_tick, user_id, role, action, subject_id, item_types, purpose, allowed, detail, prev_hash, hash";

    /// <summary>
    /// Takes the next sequence number and the last hash, builds the entry and writes it, all in one
    /// transaction under the store's log lock (SQLite: the single writer in <c>BEGIN IMMEDIATE</c>;
    /// PostgreSQL: a transaction-scoped advisory lock), so concurrent appends never interleave.
    /// </summary>
    public Task<AccessLogEntry> AppendAccessLogAsync(Func<long, string, AccessLogEntry> build, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        return WriteAsync(async scope =>
        {
            var tail = await Db.LockAndReadAccessLogTailAsync(scope, cancellationToken).ConfigureAwait(false);
            var last = tail?.Sequence ?? 0;
            var previousHash = tail?.Hash ?? AccessLogChain.Genesis;

            var entry = build(last + 1, previousHash);
            if (entry is null || entry.Sequence != last + 1 || !string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The access-log entry built does not carry the sequence number and previous hash it was given; nothing was written.");
            }

            var ticks = entry.At.UtcTicks;
            // An allowed read or search needs no flush of its own: the next write's commit flushes it (see RelaxedLogCommitSql).
            var relaxed = entry.Allowed && entry.Action is AccessAction.Read or AccessAction.Search ? Db.RelaxedLogCommitSql : string.Empty;
            await scope.ExecuteAsync(relaxed + "INSERT INTO access_log (" + LogColumns + """
                ) VALUES (@seq, @at, @at_tick, @user_id, @role, @action, @subject_id, @item_types, @purpose, @allowed, @detail, @prev_hash, @hash)
                """, cancellationToken,
                ("@seq", entry.Sequence), ("@at", Db.Time(entry.At)), ("@at_tick", (int)(ticks % 10)), ("@user_id", entry.UserId), ("@role", entry.Role),
                ("@action", Codes.Of(entry.Action)), ("@subject_id", entry.SubjectId), ("@item_types", JsonList.Write(entry.ItemTypes)),
                ("@purpose", entry.Purpose), ("@allowed", entry.Allowed), ("@detail", entry.Detail), ("@prev_hash", entry.PreviousHash),
                ("@hash", entry.Hash)).ConfigureAwait(false);
            return entry;
        }, cancellationToken);
    }

    /// <summary>Streams the log in sequence order from <paramref name="fromSequence"/> on; a long read never blocks appends.</summary>
    public async IAsyncEnumerable<AccessLogEntry> ReadAccessLogAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = await GuardAsync(() => Db.OpenReadAsync(cancellationToken)).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = Command(connection, "SELECT " + LogColumns + " FROM access_log WHERE seq >= @from ORDER BY seq", ("@from", fromSequence));
            var reader = await GuardAsync(() => command.ExecuteReaderAsync(cancellationToken)).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await GuardAsync(() => reader.ReadAsync(cancellationToken)).ConfigureAwait(false))
                {
                    yield return ReadLogEntry(reader);
                }
            }
        }
    }

    private AccessLogEntry ReadLogEntry(DbDataReader r)
    {
        var at = Db.ReadTime(r, 1).AddTicks(r.GetInt32(2));
        return new AccessLogEntry(r.GetInt64(0), at, r.GetNullableString(3), r.GetNullableString(4), Codes.ToAccessAction(r.GetString(5)),
            r.GetNullableString(6), JsonList.Read(r.GetString(7)), r.GetNullableString(8), r.GetBoolean(9), r.GetNullableString(10))
        {
            PreviousHash = r.GetString(11),
            Hash = r.GetString(12),
        };
    }
}
