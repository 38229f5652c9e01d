using System.Data.Common;
using System.Globalization;
using System.Text;
using Mamori.Core.Consents;
using Mamori.Core.Ports;
using Mamori.Core.Subjects;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    protected const string InsertSubjectSql =
        "INSERT INTO subjects (id, created_at, status, erased_at, import_id) VALUES (@id, @created_at, @status, @erased_at, @import_id)";

    protected const string ItemColumns = "id, subject_id, type, category, ciphertext, blind_index, source, method, acquired_at, notice_id";

    protected const string InsertConsentSql =
        "INSERT INTO consents (" + ConsentColumns + ") VALUES (@id, @subject_id, @purpose_code, @given, @at, @channel, @notice_id, @evidence, @recipient_id)";

    private const string ItemValues = "@id, @subject_id, @type, @category, @ciphertext, @blind_index, @source, @method, @acquired_at, @notice_id";

    private const string UpsertItemSql = "INSERT INTO items (" + ItemColumns + ") VALUES (" + ItemValues + """
        )
        ON CONFLICT (subject_id, id) DO UPDATE SET
            type = excluded.type, category = excluded.category,
            ciphertext = excluded.ciphertext, blind_index = excluded.blind_index, source = excluded.source,
            method = excluded.method, acquired_at = excluded.acquired_at, notice_id = excluded.notice_id
        """;

    private static readonly string[] s_subjectParameters = ["@id", "@created_at", "@status", "@erased_at", "@import_id"];
    private static readonly string[] s_itemParameters = ["@id", "@subject_id", "@type", "@category", "@ciphertext", "@blind_index", "@source", "@method", "@acquired_at", "@notice_id"];
    private static readonly string[] s_consentParameters = ["@id", "@subject_id", "@purpose_code", "@given", "@at", "@channel", "@notice_id", "@evidence", "@recipient_id"];

    /// <summary>
    /// Subjects, their items and their consents in one transaction. The wrapped keys in the records are
    /// not written here: they belong to the key store (<see cref="ISubjectKeyStore.PutAsync"/>).
    /// SQLite: one prepared statement per table, rebound for every row. PostgreSQL overrides this with COPY.
    /// </summary>
    public virtual Task InsertSubjectsAsync(IReadOnlyList<NewSubjectRecord> subjects, CancellationToken cancellationToken = default)
    {
        CheckNewSubjects(subjects);
        if (subjects.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(async scope =>
        {
            await Db.ExecuteManyAsync(scope, InsertSubjectSql, s_subjectParameters, subjects, BindSubject, cancellationToken).ConfigureAwait(false);
            await Db.ExecuteManyAsync(scope, "INSERT INTO items (" + ItemColumns + ") VALUES (" + ItemValues + ")", s_itemParameters,
                subjects.SelectMany(s => s.Items), BindItem, cancellationToken).ConfigureAwait(false);
            await Db.ExecuteManyAsync(scope, InsertConsentSql, s_consentParameters,
                subjects.SelectMany(s => s.Consents), BindConsent, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<DataSubject?> GetSubjectAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT id, created_at, status, erased_at, do_not_contact_at FROM subjects WHERE id = @id", ReadSubject, cancellationToken, ("@id", subjectId));

    public Task<IReadOnlyList<string>> ListSubjectIdsAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // Keyset paging on (created_at, id): each page is one index range scan, however deep.
        // An unknown cursor yields an empty page. Erased subjects (kept as proof of the erasure) are not listed.
        return after is null
            ? QueryAsync("SELECT id FROM subjects WHERE status <> 'erased' ORDER BY created_at, id LIMIT @limit", r => r.GetString(0), cancellationToken, ("@limit", limit))
            : QueryAsync("""
                SELECT s.id FROM subjects s, subjects a
                WHERE a.id = @after AND (s.created_at, s.id) > (a.created_at, a.id) AND s.status <> 'erased'
                ORDER BY s.created_at, s.id
                LIMIT @limit
                """, r => r.GetString(0), cancellationToken, ("@after", after), ("@limit", limit));
    }

    public async Task<long> CountSubjectsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("SELECT count(*) FROM subjects WHERE status <> 'erased'", r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    public async Task SetSubjectStatusAsync(string subjectId, SubjectStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var changed = await ExecuteAsync(
            "UPDATE subjects SET status = @status, erased_at = @erased_at WHERE id = @id", cancellationToken,
            ("@status", Codes.Of(status)), ("@erased_at", status == SubjectStatus.Erased ? Db.Time(at) : null), ("@id", subjectId)).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new KeyNotFoundException("No subject has this id; its status was not changed.");
        }
    }

    public Task DeleteSubjectDataAsync(string subjectId, CancellationToken cancellationToken = default) =>
        WriteAsync(async scope =>
        {
            await scope.ExecuteAsync("DELETE FROM items WHERE subject_id = @id", cancellationToken, ("@id", subjectId)).ConfigureAwait(false);
            await scope.ExecuteAsync("DELETE FROM events WHERE subject_id = @id", cancellationToken, ("@id", subjectId)).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<StoredItem>> GetItemsAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + ItemColumns + " FROM items WHERE subject_id = @id ORDER BY seq", ReadItem, cancellationToken, ("@id", subjectId));

    public Task UpsertItemsAsync(IReadOnlyList<StoredItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 0
            ? Task.CompletedTask
            : WriteAsync(scope => Db.ExecuteManyAsync(scope, UpsertItemSql, s_itemParameters, items, BindItem, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<string>> FindByBlindIndexAsync(string itemType, string blindIndex, CancellationToken cancellationToken = default) =>
        QueryAsync("""
            SELECT DISTINCT subject_id FROM items
            WHERE type = @type AND blind_index = @blind_index AND blind_index IS NOT NULL
            ORDER BY subject_id
            """, r => r.GetString(0), cancellationToken, ("@type", itemType), ("@blind_index", blindIndex));

    /// <summary>The blind indexes of the list that some item holds, a few hundred per query (an import checks a million rows this way).</summary>
    public async Task<IReadOnlySet<string>> FindExistingBlindIndexesAsync(string itemType, IReadOnlyList<string> blindIndexes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blindIndexes);
        const int chunk = 500;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var distinct = blindIndexes.Distinct(StringComparer.Ordinal).ToList();
        for (var start = 0; start < distinct.Count; start += chunk)
        {
            var part = distinct.GetRange(start, Math.Min(chunk, distinct.Count - start));
            var parameters = new (string, object?)[part.Count + 1];
            parameters[0] = ("@type", itemType);
            var names = new StringBuilder();
            for (var i = 0; i < part.Count; i++)
            {
                var name = "@b" + i.ToString(CultureInfo.InvariantCulture);
                names.Append(i == 0 ? name : ", " + name);
                parameters[i + 1] = (name, part[i]);
            }

            var rows = await QueryAsync(
                "SELECT DISTINCT blind_index FROM items WHERE type = @type AND blind_index IS NOT NULL AND blind_index IN (" + names + ")",
                r => r.GetString(0), cancellationToken, parameters).ConfigureAwait(false);
            found.UnionWith(rows);
        }

        return found;
    }

    protected static void CheckNewSubjects(IReadOnlyList<NewSubjectRecord> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        for (var i = 0; i < subjects.Count; i++)
        {
            var record = subjects[i];
            foreach (var item in record.Items)
            {
                if (!string.Equals(item.SubjectId, record.Subject.Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Record {i} holds an item of another subject; nothing was written.", nameof(subjects));
                }
            }

            foreach (var consent in record.Consents)
            {
                if (!string.Equals(consent.SubjectId, record.Subject.Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Record {i} holds a consent of another subject; nothing was written.", nameof(subjects));
                }
            }
        }
    }

    private void BindSubject(NewSubjectRecord record, object?[] values)
    {
        var subject = record.Subject;
        values[0] = subject.Id;
        values[1] = Db.Time(subject.CreatedAt);
        values[2] = Codes.Of(subject.Status);
        values[3] = Db.NullableTime(subject.ErasedAt);
        values[4] = record.ImportId;
    }

    private void BindItem(StoredItem item, object?[] values)
    {
        values[0] = item.Id;
        values[1] = item.SubjectId;
        values[2] = item.Type;
        values[3] = Codes.Of(item.Category);
        values[4] = item.Ciphertext;
        values[5] = item.BlindIndex;
        values[6] = item.Provenance.Source;
        values[7] = Codes.Of(item.Provenance.Method);
        values[8] = Db.Time(item.Provenance.AcquiredAt);
        values[9] = item.Provenance.NoticeId;
    }

    private void BindConsent(ConsentRecord consent, object?[] values)
    {
        values[0] = consent.Id;
        values[1] = consent.SubjectId;
        values[2] = consent.PurposeCode;
        values[3] = consent.Given;
        values[4] = Db.Time(consent.At);
        values[5] = consent.Channel;
        values[6] = consent.NoticeId;
        values[7] = consent.Evidence;
        values[8] = consent.RecipientId;
    }

    private DataSubject ReadSubject(DbDataReader r) =>
        new(r.GetString(0), Db.ReadTime(r, 1), Codes.ToSubjectStatus(r.GetString(2))) { ErasedAt = Db.ReadNullableTime(r, 3), DoNotContactSince = Db.ReadNullableTime(r, 4) };

    private StoredItem ReadItem(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Codes.ToCategory(r.GetString(3)), r.GetBytes(4), r.GetNullableString(5),
            new Provenance(r.GetString(6), Codes.ToAcquisitionMethod(r.GetString(7)), Db.ReadTime(r, 8), r.GetNullableString(9)));
}
