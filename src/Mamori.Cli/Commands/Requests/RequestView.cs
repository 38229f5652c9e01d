using System.Text.Encodings.Web;
using System.Text.Json;
using Mamori.Core.Requests;

namespace Mamori.Cli.Commands.Requests;

/// <summary>A request as <c>mamori requests … --format json</c> prints it: stable snake_case names, machine codes plus Japanese titles.</summary>
internal sealed record RequestView(
    string Id, string SubjectId, string Type, string TypeTitle, string Channel, string Status, bool Overdue, DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt, string ReceivedBy, bool ByAgent, string? VerificationMethod, string? AgentVerification, DateTimeOffset? VerifiedAt,
    string? VerifiedBy, int FeeYen, DateTimeOffset? FeePaidAt, string? Format, IReadOnlyList<string> ItemTypes, DateTimeOffset? FulfilledAt,
    DateTimeOffset? RefusedAt, string? AnsweredBy, string? RefusalReason, string? RefusalText, string? Note, string? Outcome)
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static RequestView Of(SubjectRequest r, DateTimeOffset now) =>
        new(r.Id, r.SubjectId, RequestNames.Name(r.Type), RequestNames.Japanese(r.Type), r.Channel, RequestNames.Name(r.Status), r.IsOverdue(now),
            r.ReceivedAt, r.DueAt, r.ReceivedBy, r.ByAgent, r.VerificationMethod, r.AgentVerification, r.VerifiedAt, r.VerifiedBy, r.FeeYen,
            r.FeePaidAt, r.Format is { } f ? RequestNames.Name(f) : null, r.ItemTypes, r.FulfilledAt, r.RefusedAt, r.AnsweredBy,
            r.RefusalReason is { } reason ? RequestNames.Name(reason) : null, r.RefusalReason is { } text ? RequestNames.Text(text) : null, r.Note, r.Outcome);
}
