using Mamori.Core.Access;

namespace Mamori.Core.Ports;

/// <summary>
/// The contractor register's storage (Art. 25) beyond the entrustments themselves (<see cref="IPlatformStore.InsertEntrustmentAsync"/>
/// writes an entrustment with its register fields and sub-contractor chain): status changes and assessments.
/// </summary>
public interface IContractorStore
{
    /// <summary>Changes an entrustment's status; false when there is no such entrustment.</summary>
    /// <param name="entrustmentId">The entrustment.</param>
    /// <param name="status">The new status.</param>
    /// <param name="endedAt">When it ended (for <see cref="EntrustmentStatus.Ended"/>), else null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<bool> SetEntrustmentStatusAsync(string entrustmentId, EntrustmentStatus status, DateTimeOffset? endedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an assessment and, in the same transaction, the entrustment's last assessment, result, next due date and
    /// status.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="status">The entrustment's status after it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertAssessmentAsync(ContractorAssessment assessment, EntrustmentStatus status, CancellationToken cancellationToken = default);

    /// <summary>An entrustment's assessments, oldest first.</summary>
    /// <param name="entrustmentId">The entrustment.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ContractorAssessment>> GetAssessmentsAsync(string entrustmentId, CancellationToken cancellationToken = default);
}
