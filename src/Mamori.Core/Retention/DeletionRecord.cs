namespace Mamori.Core.Retention;

/// <summary>
/// One line of the deletion log (Art. 22): what the retention job deleted, under which rule, when and by whom. It names
/// subjects, item types and purposes, never a value.
/// </summary>
/// <param name="Sequence">Its number in the log (0 before it is stored).</param>
/// <param name="RunId">The run that deleted it.</param>
/// <param name="At">When.</param>
/// <param name="Kind">A whole subject, some items, or records of a participant.</param>
/// <param name="SubjectId">The subject (null for records).</param>
/// <param name="ItemTypes">The item types deleted (for a whole subject: every type it held).</param>
/// <param name="Count">How many items (or records) went.</param>
/// <param name="Rule">The rule that made them due: <see cref="RetentionRules.Expired"/>, <see cref="RetentionRules.NoPurpose"/> or <see cref="RetentionRules.Records"/>.</param>
/// <param name="PurposeCodes">The purposes whose retention period governed (empty when no purpose covered the items any more).</param>
/// <param name="RetentionDays">The period applied (the longest among the covering purposes), or null.</param>
/// <param name="LastActivity">The subject's last activity the period was counted from, or null.</param>
/// <param name="Actor">The user id the job acted as.</param>
public sealed record DeletionRecord(
    long Sequence, string RunId, DateTimeOffset At, DeletionKind Kind, string? SubjectId, IReadOnlyList<string> ItemTypes, int Count,
    string Rule, IReadOnlyList<string> PurposeCodes, int? RetentionDays, DateTimeOffset? LastActivity, string Actor)
{
    /// <summary>For <see cref="DeletionKind.Records"/>: the participant that purged them (e.g. <c>provision-records</c>), else null.</summary>
    public string? Participant { get; init; }
}
