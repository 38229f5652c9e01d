namespace Mamori.Core.Retention;

/// <summary>
/// Another kind of record the retention job purges in the same run (Art. 29/30 provision and receipt records, request
/// files, incident evidence…). Register one with <see cref="Features.RetentionJob.AddParticipant"/>.
/// </summary>
public interface IRetentionParticipant
{
    /// <summary>A short stable name for the deletion log (e.g. <c>provision-records</c>).</summary>
    string Name { get; }

    /// <summary>Deletes the records whose retention ended at <paramref name="now"/>; returns how many went. Must be idempotent.</summary>
    /// <param name="now">The job's clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
