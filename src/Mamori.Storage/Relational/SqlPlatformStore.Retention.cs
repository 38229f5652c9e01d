using System.Data.Common;
using System.Globalization;
using System.Text;
using Mamori.Core.Retention;

namespace Mamori.Storage.Relational;

/// <summary>The retention job's storage (<see cref="Core.Ports.IRetentionStore"/>): candidates a page at a time, item deletion, the deletion log.</summary>
internal abstract partial class SqlPlatformStore
{
    private const string DeletionColumns =
        "seq, run_id, at, kind, subject_id, item_types, item_count, rule, purpose_codes, retention_days, last_activity, actor, participant";

    private const string InsertDeletionSql =
        "INSERT INTO deletion_log (run_id, at, kind, subject_id, item_types, item_count, rule, purpose_codes, retention_days, last_activity, actor, participant) " +
        "VALUES (@run_id, @at, @kind, @subject_id, @item_types, @item_count, @rule, @purpose_codes, @retention_days, @last_activity, @actor, @participant)";

    private static readonly string[] s_deletionParameters =
        ["@run_id", "@at", "@kind", "@subject_id", "@item_types", "@item_count", "@rule", "@purpose_codes", "@retention_days", "@last_activity", "@actor", "@participant"];

    private static readonly string[] s_itemKeyParameters = ["@subject_id", "@id"];

    /// <summary>
    /// One page of subjects (by id, keyset), then their items, latest event and own-use consents in three queries with the
    /// page's ids: a page costs four queries however many items it holds. No ciphertext is read.
    /// </summary>
    public async Task<IReadOnlyList<RetentionCandidate>> GetRetentionCandidatesAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var subjects = await QueryAsync(
            "SELECT id, created_at FROM subjects WHERE status <> 'erased' AND id > @after ORDER BY id LIMIT @limit",
            r => (Id: r.GetString(0), CreatedAt: Db.ReadTime(r, 1)), cancellationToken, ("@after", after ?? string.Empty), ("@limit", limit)).ConfigureAwait(false);
        if (subjects.Count == 0)
        {
            return [];
        }

        var (list, parameters) = InList(subjects.Select(s => s.Id).ToList());
        var last = subjects.ToDictionary(s => s.Id, s => s.CreatedAt, StringComparer.Ordinal);
        var items = subjects.ToDictionary(s => s.Id, _ => new List<RetentionItem>(), StringComparer.Ordinal);
        var consents = subjects.ToDictionary(s => s.Id, _ => new Dictionary<string, bool>(StringComparer.Ordinal), StringComparer.Ordinal);

        void Later(string subjectId, DateTimeOffset at)
        {
            if (at > last[subjectId])
            {
                last[subjectId] = at;
            }
        }

        foreach (var (subjectId, id, type, acquiredAt) in await QueryAsync(
            "SELECT subject_id, id, type, acquired_at FROM items WHERE subject_id IN (" + list + ") ORDER BY subject_id, seq",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), Db.ReadTime(r, 3)), cancellationToken, parameters).ConfigureAwait(false))
        {
            items[subjectId].Add(new RetentionItem(id, type));
            Later(subjectId, acquiredAt);
        }

        foreach (var (subjectId, at) in await QueryAsync(
            "SELECT subject_id, max(occurred_at) FROM events WHERE subject_id IN (" + list + ") GROUP BY subject_id",
            r => (r.GetString(0), Db.ReadTime(r, 1)), cancellationToken, parameters).ConfigureAwait(false))
        {
            Later(subjectId, at);
        }

        foreach (var (subjectId, purpose, given, at) in await QueryAsync(
            "SELECT subject_id, purpose_code, given, at FROM consents WHERE subject_id IN (" + list + ") AND recipient_id IS NULL ORDER BY subject_id, at, seq",
            r => (r.GetString(0), r.GetString(1), r.GetBoolean(2), Db.ReadTime(r, 3)), cancellationToken, parameters).ConfigureAwait(false))
        {
            consents[subjectId][purpose] = given;
            if (given)
            {
                Later(subjectId, at);
            }
        }

        return [.. subjects.Select(s => new RetentionCandidate(s.Id, last[s.Id], items[s.Id], consents[s.Id]))];
    }

    public Task DeleteItemsAsync(string subjectId, IReadOnlyList<string> itemIds, IReadOnlyList<DeletionRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync(async scope =>
        {
            await Db.ExecuteManyAsync(scope, "DELETE FROM items WHERE subject_id = @subject_id AND id = @id", s_itemKeyParameters, itemIds, (id, values) =>
            {
                values[0] = subjectId;
                values[1] = id;
            }, cancellationToken).ConfigureAwait(false);
            await Db.ExecuteManyAsync(scope, InsertDeletionSql, s_deletionParameters, records, BindDeletion, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task InsertDeletionRecordsAsync(IReadOnlyList<DeletionRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0
            ? Task.CompletedTask
            : WriteAsync(scope => Db.ExecuteManyAsync(scope, InsertDeletionSql, s_deletionParameters, records, BindDeletion, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<DeletionRecord>> GetDeletionLogAsync(long fromSequence, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + DeletionColumns + " FROM deletion_log WHERE seq >= @from ORDER BY seq LIMIT @limit", ReadDeletion, cancellationToken,
            ("@from", fromSequence), ("@limit", limit));

    private static (string List, (string Name, object? Value)[] Parameters) InList(IReadOnlyList<string> ids)
    {
        var names = new StringBuilder();
        var parameters = new (string, object?)[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            var name = "@s" + i.ToString(CultureInfo.InvariantCulture);
            names.Append(i == 0 ? name : ", " + name);
            parameters[i] = (name, ids[i]);
        }

        return (names.ToString(), parameters);
    }

    private static string KindCode(DeletionKind kind) => kind switch
    {
        DeletionKind.Subject => "subject",
        DeletionKind.Items => "items",
        DeletionKind.Records => "records",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static DeletionKind ToKind(string code) => code switch
    {
        "subject" => DeletionKind.Subject,
        "items" => DeletionKind.Items,
        "records" => DeletionKind.Records,
        _ => throw new StorageException("deletion_log.kind holds an unknown value; this database was written by a newer Mamori."),
    };

    private void BindDeletion(DeletionRecord record, object?[] values)
    {
        values[0] = record.RunId;
        values[1] = Db.Time(record.At);
        values[2] = KindCode(record.Kind);
        values[3] = record.SubjectId;
        values[4] = JsonList.Write(record.ItemTypes);
        values[5] = record.Count;
        values[6] = record.Rule;
        values[7] = JsonList.Write(record.PurposeCodes);
        values[8] = record.RetentionDays;
        values[9] = Db.NullableTime(record.LastActivity);
        values[10] = record.Actor;
        values[11] = record.Participant;
    }

    private DeletionRecord ReadDeletion(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Db.ReadTime(r, 2), ToKind(r.GetString(3)), r.GetNullableString(4), JsonList.Read(r.GetString(5)), r.GetInt32(6),
            r.GetString(7), JsonList.Read(r.GetString(8)), r.IsDBNull(9) ? null : r.GetInt32(9), Db.ReadNullableTime(r, 10), r.GetString(11))
        {
            Participant = r.GetNullableString(12),
        };
}
