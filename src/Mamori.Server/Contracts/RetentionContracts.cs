using Mamori.Core.Retention;

namespace Mamori.Server.Contracts;

/// <summary>Runs the retention job now; <c>dry_run</c> lists what would go and deletes nothing.</summary>
internal sealed record RunRetentionRequest(bool? DryRun);

internal sealed record RetentionDeletionResponse(
    string Kind, string? SubjectId, IReadOnlyList<string> ItemTypes, int Count, string Rule, IReadOnlyList<string> PurposeCodes,
    int? RetentionDays, DateTimeOffset? LastActivity, DateTimeOffset? DueAt, string? Participant)
{
    public static RetentionDeletionResponse Of(RetentionDeletion d) =>
        new(KindName(d.Kind), d.SubjectId, d.ItemTypes, d.Count, d.Rule, d.PurposeCodes, d.RetentionDays, d.LastActivity, d.DueAt, d.Participant);

    public static string KindName(DeletionKind kind) => kind switch
    {
        DeletionKind.Subject => "subject",
        DeletionKind.Items => "items",
        _ => "records",
    };
}

internal sealed record RetentionReportResponse(
    string RunId, DateTimeOffset At, bool DryRun, int SubjectsChecked, int SubjectsErased, int ItemsDeleted, int RecordsPurged,
    IReadOnlyList<RetentionDeletionResponse> Deletions, bool Truncated)
{
    public static RetentionReportResponse Of(RetentionReport r) =>
        new(r.RunId, r.At, r.DryRun, r.SubjectsChecked, r.SubjectsErased, r.ItemsDeleted, r.RecordsPurged, [.. r.Deletions.Select(RetentionDeletionResponse.Of)], r.Truncated);
}

internal sealed record DeletionRecordResponse(
    long Sequence, string RunId, DateTimeOffset At, string Kind, string? SubjectId, IReadOnlyList<string> ItemTypes, int Count, string Rule,
    IReadOnlyList<string> PurposeCodes, int? RetentionDays, DateTimeOffset? LastActivity, string Actor, string? Participant)
{
    public static DeletionRecordResponse Of(DeletionRecord d) =>
        new(d.Sequence, d.RunId, d.At, RetentionDeletionResponse.KindName(d.Kind), d.SubjectId, d.ItemTypes, d.Count, d.Rule, d.PurposeCodes,
            d.RetentionDays, d.LastActivity, d.Actor, d.Participant);
}

/// <summary>A page of the deletion log; <c>next</c> is the <c>from</c> of the following page, null at the end.</summary>
internal sealed record DeletionLogPage(IReadOnlyList<DeletionRecordResponse> Entries, long? Next);
