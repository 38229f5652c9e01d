using Mamori.Core.Features;
using Mamori.Core.Requests;

namespace Mamori.Server.Contracts;

/// <summary>
/// A data-subject request as received: the subject, the type (<c>purpose_notification</c>, <c>disclosure</c>,
/// <c>record_disclosure</c>, <c>correction</c>, <c>suspension</c>, <c>erasure</c>, <c>stop_provision</c>, <c>do_not_contact</c>),
/// the channel, whether an agent asks, for a disclosure the format (<c>json</c>, <c>csv</c>, <c>pdf</c>), a fee (notification and
/// disclosure only; default the business profile's), the item types concerned and when it arrived (default now).
/// </summary>
internal sealed record AddRequestRequest(
    string? SubjectId, string? Type, string? Channel, bool? ByAgent = null, string? Format = null, int? FeeYen = null,
    IReadOnlyList<string>? ItemTypes = null, DateTimeOffset? ReceivedAt = null);

/// <summary>How identity (and for an agent, the agent's authority) was verified.</summary>
internal sealed record VerifyRequestRequest(string? Method, string? AgentVerification = null);

/// <summary>For a correction, the corrected values (type and value each); empty for other types.</summary>
internal sealed record FulfilRequestRequest(IReadOnlyList<CorrectionInput>? Corrections = null);

/// <summary>A corrected value.</summary>
internal sealed record CorrectionInput(string? Type, string? Value);

/// <summary>Why a request is refused (<c>identity_not_verified</c>, <c>harm_to_person_or_third_party</c>, …) and a note for the person.</summary>
internal sealed record RefuseRequestRequest(string? Reason, string? Note = null);

internal sealed record RequestResponse(
    string Id, string SubjectId, string Type, string TypeTitle, string Channel, string Status, string StatusTitle, bool Overdue,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string ReceivedBy, bool ByAgent, string? VerificationMethod, string? AgentVerification,
    DateTimeOffset? VerifiedAt, string? VerifiedBy, int FeeYen, DateTimeOffset? FeePaidAt, string? Format, IReadOnlyList<string> ItemTypes,
    DateTimeOffset? FulfilledAt, DateTimeOffset? RefusedAt, string? AnsweredBy, string? RefusalReason, string? RefusalText, string? Note, string? Outcome)
{
    public static RequestResponse Of(SubjectRequest r, DateTimeOffset now) =>
        new(r.Id, r.SubjectId, RequestNames.Name(r.Type), RequestNames.Japanese(r.Type), r.Channel, RequestNames.Name(r.Status), RequestNames.Japanese(r.Status),
            r.IsOverdue(now), r.ReceivedAt, r.DueAt, r.ReceivedBy, r.ByAgent, r.VerificationMethod, r.AgentVerification, r.VerifiedAt, r.VerifiedBy,
            r.FeeYen, r.FeePaidAt, r.Format is { } f ? RequestNames.Name(f) : null, r.ItemTypes, r.FulfilledAt, r.RefusedAt, r.AnsweredBy,
            r.RefusalReason is { } reason ? RequestNames.Name(reason) : null, r.RefusalReason is { } text ? RequestNames.Text(text) : null, r.Note, r.Outcome);
}

/// <summary>A fulfilled (or, for types not yet available, refused) request; the purposes for a notification, the package's address for a disclosure.</summary>
internal sealed record FulfilResponse(RequestResponse Request, IReadOnlyList<PurposeUseResponse>? Purposes, string? PackageUrl);

internal sealed record PurposeUseResponse(string Code, int Version, string Title, string Text, IReadOnlyList<string> ItemTypes, string Basis)
{
    public static PurposeUseResponse Of(PurposeUse p) => new(p.Code, p.Version, p.Title, p.Text, p.ItemTypes, p.Basis);
}

/// <summary>The business profile published in the Art. 32 statement.</summary>
internal sealed record BusinessProfileBody(
    string? Name, string? Address, string? Representative, string? ComplaintContact, string? RequestProcedure = null,
    int? NotificationFeeYen = null, int? DisclosureFeeYen = null, IReadOnlyList<string>? SecurityMeasures = null,
    IReadOnlyList<string>? ForeignCountries = null, string? AccreditedOrganisation = null)
{
    public static BusinessProfileBody Of(BusinessProfile p) =>
        new(p.Name, p.Address, p.Representative, p.ComplaintContact, p.RequestProcedure, p.NotificationFeeYen, p.DisclosureFeeYen,
            p.SecurityMeasures, p.ForeignCountries, p.AccreditedOrganisation);

    public BusinessProfile ToProfile() => new()
    {
        Name = Name ?? string.Empty,
        Address = Address ?? string.Empty,
        Representative = Representative ?? string.Empty,
        ComplaintContact = ComplaintContact ?? string.Empty,
        RequestProcedure = RequestProcedure ?? string.Empty,
        NotificationFeeYen = NotificationFeeYen ?? 0,
        DisclosureFeeYen = DisclosureFeeYen ?? 0,
        SecurityMeasures = SecurityMeasures ?? [],
        ForeignCountries = ForeignCountries ?? [],
        AccreditedOrganisation = AccreditedOrganisation,
    };
}

internal sealed record StatementProcedureResponse(string Type, string Title, int FeeYen);

/// <summary>The Art. 32 statement as data.</summary>
internal sealed record StatementResponse(
    DateTimeOffset GeneratedAt, string BusinessName, string Address, string Representative, IReadOnlyList<PurposeUseResponse> Purposes,
    IReadOnlyList<StatementProcedureResponse> Procedures, string RequestProcedure, int ResponseDays, IReadOnlyList<string> SecurityMeasures,
    IReadOnlyList<string> ForeignCountries, string ComplaintContact, string? AccreditedOrganisation)
{
    public static StatementResponse Of(Statement s) =>
        new(s.GeneratedAt, s.BusinessName, s.Address, s.Representative, [.. s.Purposes.Select(PurposeUseResponse.Of)],
            [.. s.Procedures.Select(p => new StatementProcedureResponse(p.Type, p.Title, p.FeeYen))], s.RequestProcedure, s.ResponseDays,
            s.SecurityMeasures, s.ForeignCountries, s.ComplaintContact, s.AccreditedOrganisation);
}
