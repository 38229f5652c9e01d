namespace Mamori.Core.Retention;

/// <summary>The outcome of a retention run (or of a dry run: what would go).</summary>
/// <param name="RunId">The run's id (also in the deletion log and the access log).</param>
/// <param name="At">The job's clock when it ran.</param>
/// <param name="DryRun">True when nothing was deleted.</param>
/// <param name="SubjectsChecked">Subjects (not erased) looked at.</param>
/// <param name="SubjectsErased">Whole subjects erased (or that would be).</param>
/// <param name="ItemsDeleted">Items deleted from subjects that stay (or that would be).</param>
/// <param name="RecordsPurged">Records purged by participants (a dry run does not ask them).</param>
/// <param name="Deletions">What went, subject by subject, up to <see cref="Features.RetentionJob.MaxListed"/> lines.</param>
/// <param name="Truncated">True when more went than <see cref="Deletions"/> lists (the counts cover all).</param>
public sealed record RetentionReport(
    string RunId, DateTimeOffset At, bool DryRun, int SubjectsChecked, int SubjectsErased, int ItemsDeleted, int RecordsPurged,
    IReadOnlyList<RetentionDeletion> Deletions, bool Truncated);
