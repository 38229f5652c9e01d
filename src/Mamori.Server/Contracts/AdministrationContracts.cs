using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;

namespace Mamori.Server.Contracts;

/// <summary>A user to add: a unique name, a role (administrator, privacy-officer, marketer, staff, contractor), and a contractor's entrustment.</summary>
internal sealed record AddUserRequest(string? Name, string? Role, string? EntrustmentId = null);

internal sealed record UserResponse(string Id, string Name, string Role, DateTimeOffset CreatedAt, string? EntrustmentId, bool Disabled)
{
    public static UserResponse Of(PlatformUser u) => new(u.Id, u.Name, Roles.Name(u.Role), u.CreatedAt, u.EntrustmentId, u.Disabled);
}

/// <summary>A new token in clear: shown in this response only; the platform keeps its hash.</summary>
internal sealed record TokenIssuedResponse(UserResponse User, string Token);

internal sealed record TokenResponse(string Id, string UserId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static TokenResponse Of(ApiToken t) => new(t.Id, t.UserId, t.CreatedAt, t.RevokedAt);
}

internal sealed record ExportListResponse(IReadOnlyList<ExportResponse> Exports);

internal sealed record ExportResponse(
    string Id, string RequestedBy, string Purpose, int SubjectCount, IReadOnlyList<string> ItemTypes, DateTimeOffset RequestedAt, string Status,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? TraceMark)
{
    /// <summary>The trace mark identifies the export's canary record; only privacy officers see it, so that a requester cannot strip it.</summary>
    public static ExportResponse Of(ExportRecord x, bool showTraceMark) => new(
        x.Id, x.RequestedBy, x.Purpose, x.SubjectCount, x.ItemTypes, x.RequestedAt, x.Status, x.DecidedBy, x.DecidedAt, showTraceMark ? x.TraceMark : null);
}

internal sealed record AccessLogEntryResponse(
    long Sequence, DateTimeOffset At, string? UserId, string? Role, string Action, string? SubjectId, IReadOnlyList<string> ItemTypes, string? Purpose,
    bool Allowed, string? Detail, string PreviousHash, string Hash)
{
    public static AccessLogEntryResponse Of(AccessLogEntry e) =>
        new(e.Sequence, e.At, e.UserId, e.Role, Names.Of(e.Action), e.SubjectId, e.ItemTypes, e.Purpose, e.Allowed, e.Detail, e.PreviousHash, e.Hash);
}

internal sealed record AccessLogPage(IReadOnlyList<AccessLogEntryResponse> Entries, long? Next);

internal sealed record VerificationResponse(bool Intact, long VerifiedEntries, long? FailedSequence, string? Reason)
{
    public static VerificationResponse Of(AuditVerification v) => new(v.IsIntact, v.VerifiedEntries, v.FailedSequence, v.Reason);
}

internal sealed record HealthResponse(string Status, string Version);
