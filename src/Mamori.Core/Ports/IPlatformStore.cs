using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;

namespace Mamori.Core.Ports;

/// <summary>
/// Where the platform keeps its data (SQLite by default, PostgreSQL in production). Personal values
/// arrive sealed; the store never sees a clear value. Implementations are thread-safe and each method is
/// atomic. Wrapped data keys and the access-log head are NOT kept here but in <see cref="ISubjectKeyStore"/>,
/// so a copy of this store alone can never be decrypted.
/// </summary>
public interface IPlatformStore : IAsyncDisposable, IIncidentStore, IRetentionStore, IContractorStore, IProvisionStore, IRequestStore
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string Provider { get; }

    /// <summary>Creates or upgrades the schema (idempotent, run on start).</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes new subjects with their items and consents, all or none.</summary>
    /// <param name="subjects">The subjects (a bulk import passes thousands at once).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertSubjectsAsync(IReadOnlyList<NewSubjectRecord> subjects, CancellationToken cancellationToken = default);

    /// <summary>A subject, or null.</summary>
    Task<DataSubject?> GetSubjectAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Ids of subjects not erased, in creation order, a page at a time (the cursor may be an erased subject's id).</summary>
    Task<IReadOnlyList<string>> ListSubjectIdsAsync(string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>Subjects not erased.</summary>
    Task<long> CountSubjectsAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes a subject's status.</summary>
    Task SetSubjectStatusAsync(string subjectId, SubjectStatus status, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes a subject's items and events (erasure; consents and the log stay as proof).</summary>
    Task DeleteSubjectDataAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>A subject's items.</summary>
    Task<IReadOnlyList<StoredItem>> GetItemsAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Adds items, replacing any with the same id.</summary>
    Task UpsertItemsAsync(IReadOnlyList<StoredItem> items, CancellationToken cancellationToken = default);

    /// <summary>Subjects holding an item of <paramref name="itemType"/> with this blind index.</summary>
    Task<IReadOnlyList<string>> FindByBlindIndexAsync(string itemType, string blindIndex, CancellationToken cancellationToken = default);

    /// <summary>
    /// Of these blind indexes of <paramref name="itemType"/>, the ones some subject holds: one query per batch
    /// instead of one per value (import checks). The default asks <see cref="FindByBlindIndexAsync"/> once per index.
    /// </summary>
    /// <param name="itemType">The item type.</param>
    /// <param name="blindIndexes">The blind indexes to look for.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    async Task<IReadOnlySet<string>> FindExistingBlindIndexesAsync(string itemType, IReadOnlyList<string> blindIndexes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blindIndexes);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in blindIndexes)
        {
            if ((await FindByBlindIndexAsync(itemType, index, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                found.Add(index);
            }
        }

        return found;
    }

    /// <summary>Adds events.</summary>
    Task InsertEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default);

    /// <summary>A subject's events, oldest first.</summary>
    Task<IReadOnlyList<StoredEvent>> GetEventsAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Adds a purpose version.</summary>
    Task InsertPurposeAsync(Purpose purpose, CancellationToken cancellationToken = default);

    /// <summary>Every purpose version.</summary>
    Task<IReadOnlyList<Purpose>> GetPurposesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a notice version.</summary>
    Task InsertNoticeAsync(Notice notice, CancellationToken cancellationToken = default);

    /// <summary>Every notice version.</summary>
    Task<IReadOnlyList<Notice>> GetNoticesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a consent record (never edited).</summary>
    Task InsertConsentAsync(ConsentRecord consent, CancellationToken cancellationToken = default);

    /// <summary>A subject's consent records, oldest first.</summary>
    Task<IReadOnlyList<ConsentRecord>> GetConsentsAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Adds a user.</summary>
    Task InsertUserAsync(PlatformUser user, CancellationToken cancellationToken = default);

    /// <summary>A user by id, or null.</summary>
    Task<PlatformUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>A user by name, or null.</summary>
    Task<PlatformUser?> GetUserByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every user.</summary>
    Task<IReadOnlyList<PlatformUser>> GetUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a token (hash only).</summary>
    Task InsertTokenAsync(ApiToken token, CancellationToken cancellationToken = default);

    /// <summary>The token with this hash, or null.</summary>
    Task<ApiToken?> GetTokenByHashAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Tokens of a user, or of everyone.</summary>
    Task<IReadOnlyList<ApiToken>> GetTokensAsync(string? userId, CancellationToken cancellationToken = default);

    /// <summary>Revokes a token; false when there is no such token.</summary>
    Task<bool> RevokeTokenAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records when a token last signed someone in. The default records nothing.</summary>
    /// <param name="tokenId">The token.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task TouchTokenAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Adds an entrustment.</summary>
    Task InsertEntrustmentAsync(Entrustment entrustment, CancellationToken cancellationToken = default);

    /// <summary>An entrustment, or null.</summary>
    Task<Entrustment?> GetEntrustmentAsync(string entrustmentId, CancellationToken cancellationToken = default);

    /// <summary>Every entrustment.</summary>
    Task<IReadOnlyList<Entrustment>> GetEntrustmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends to the access log atomically: takes the next sequence number and the last hash under the
    /// store's lock and writes the entry <paramref name="build"/> returns for them. Appends never interleave.
    /// The log is append-only: the store refuses updates and deletes (database triggers).
    /// </summary>
    /// <param name="build">Builds the sealed entry from (sequence, previous hash).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<AccessLogEntry> AppendAccessLogAsync(Func<long, string, AccessLogEntry> build, CancellationToken cancellationToken = default);

    /// <summary>The log from a sequence number on, in order.</summary>
    IAsyncEnumerable<AccessLogEntry> ReadAccessLogAsync(long fromSequence = 1, CancellationToken cancellationToken = default);

    /// <summary>Adds an export record.</summary>
    Task InsertExportAsync(ExportRecord export, CancellationToken cancellationToken = default);

    /// <summary>Replaces an export record (status and decision).</summary>
    Task UpdateExportAsync(ExportRecord export, CancellationToken cancellationToken = default);

    /// <summary>An export, or null.</summary>
    Task<ExportRecord?> GetExportAsync(string exportId, CancellationToken cancellationToken = default);

    /// <summary>The export whose trace mark is this, or null.</summary>
    Task<ExportRecord?> FindExportByTraceMarkAsync(string traceMark, CancellationToken cancellationToken = default);

    /// <summary>Exports, newest first: all, or those one user asked for; optionally only those with a status.</summary>
    /// <param name="requestedBy">Only this user's exports, or null for everyone's.</param>
    /// <param name="status">Only exports with this status (pending, approved, rejected, completed), or null.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ExportRecord>> GetExportsAsync(string? requestedBy, string? status, int limit, CancellationToken cancellationToken = default);

    /// <summary>A setting (schema and key metadata), or null.</summary>
    Task<string?> GetSettingAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes a setting.</summary>
    Task SetSettingAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Records an import job's progress (rows committed), for resuming.</summary>
    Task SetImportProgressAsync(string importId, long rowsCommitted, bool completed, CancellationToken cancellationToken = default);

    /// <summary>An import job's progress, or null.</summary>
    Task<(long RowsCommitted, bool Completed)?> GetImportProgressAsync(string importId, CancellationToken cancellationToken = default);
}
