namespace Mamori.Core.Audit;

/// <summary>The outcome of checking the access log.</summary>
/// <param name="IsIntact">True when every entry checks out.</param>
/// <param name="VerifiedEntries">Entries checked before the first failure (all when intact).</param>
/// <param name="FailedSequence">The sequence number where the chain breaks, or null.</param>
/// <param name="Reason">What is wrong, or null.</param>
public sealed record AuditVerification(bool IsIntact, long VerifiedEntries, long? FailedSequence, string? Reason)
{
    /// <summary>An intact log.</summary>
    /// <param name="entries">Entries checked.</param>
    public static AuditVerification Intact(long entries) => new(true, entries, null, null);

    /// <summary>A broken log.</summary>
    /// <param name="verified">Entries that checked out before the break.</param>
    /// <param name="failed">Where it breaks.</param>
    /// <param name="reason">What is wrong.</param>
    public static AuditVerification Broken(long verified, long failed, string reason) => new(false, verified, failed, reason);
}
