using Mamori.Core.Retention;

namespace Mamori.Core.Ports;

/// <summary>Storage of the retention job (Art. 22): candidates in bounded pages, item deletion and the deletion log.</summary>
public interface IRetentionStore
{
    /// <summary>
    /// Subjects not erased, in id order after <paramref name="after"/>, at most <paramref name="limit"/>, with what the
    /// retention rule needs (a few queries per page, never a value).
    /// </summary>
    /// <param name="after">The last subject id of the previous page, or null.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<RetentionCandidate>> GetRetentionCandidatesAsync(string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes items of one subject and writes their deletion-log lines in one transaction (items already gone are skipped).</summary>
    /// <param name="subjectId">The subject whose items they are.</param>
    /// <param name="itemIds">The items.</param>
    /// <param name="records">The deletion-log lines.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task DeleteItemsAsync(string subjectId, IReadOnlyList<string> itemIds, IReadOnlyList<DeletionRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Appends deletion-log lines.</summary>
    /// <param name="records">The lines.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertDeletionRecordsAsync(IReadOnlyList<DeletionRecord> records, CancellationToken cancellationToken = default);

    /// <summary>The deletion log from a sequence number on, oldest first, at most <paramref name="limit"/> lines.</summary>
    /// <param name="fromSequence">The first sequence number.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<DeletionRecord>> GetDeletionLogAsync(long fromSequence, int limit, CancellationToken cancellationToken = default);
}
