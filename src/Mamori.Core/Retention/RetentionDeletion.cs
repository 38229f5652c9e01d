namespace Mamori.Core.Retention;

/// <summary>What the retention rule found due for one subject (or a participant's records): listed by a dry run, deleted by a run.</summary>
/// <param name="Kind">A whole subject, some items, or records.</param>
/// <param name="SubjectId">The subject, or null for records.</param>
/// <param name="ItemTypes">The item types due.</param>
/// <param name="Count">How many items (or records).</param>
/// <param name="Rule">The rule (<see cref="RetentionRules"/>).</param>
/// <param name="PurposeCodes">The purposes whose period governed; empty when no purpose covers the items any more.</param>
/// <param name="RetentionDays">The period applied, or null.</param>
/// <param name="LastActivity">What the period was counted from, or null.</param>
/// <param name="DueAt">When it became due (last activity + period), or null when due because no purpose covers it.</param>
public sealed record RetentionDeletion(
    DeletionKind Kind, string? SubjectId, IReadOnlyList<string> ItemTypes, int Count, string Rule, IReadOnlyList<string> PurposeCodes,
    int? RetentionDays, DateTimeOffset? LastActivity, DateTimeOffset? DueAt)
{
    /// <summary>For records: the participant that purged them.</summary>
    public string? Participant { get; init; }

    /// <summary>The item ids due (for <see cref="DeletionKind.Items"/>; not shown to people).</summary>
    internal IReadOnlyList<string> ItemIds { get; init; } = [];
}
