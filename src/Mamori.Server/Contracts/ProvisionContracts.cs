using Mamori.Core.Features;
using Mamori.Core.Provision;

namespace Mamori.Server.Contracts;

/// <summary>The Art. 28 basis of a foreign recipient: <c>consent</c> (with the information shown), <c>adequate-country</c>, <c>equivalent-system-contract</c>, <c>apec-cbpr</c>.</summary>
internal sealed record ForeignTransferBody(string? Basis, DateTimeOffset? ReviewDue, string? RegimeInformation = null, string? RecipientMeasures = null)
{
    public static ForeignTransferBody? Of(ForeignTransfer? f) =>
        f is null ? null : new(ProvisionCodes.Name(f.Basis), f.ReviewDue, f.RegimeInformation, f.RecipientMeasures);

    public ForeignTransfer ToForeign() =>
        new(ProvisionBodies.Parse<ForeignTransferBasis>(Basis, "foreign.basis", ProvisionCodes.ForeignBasisNames, ProvisionCodes.TryParse), Endpoints.Guard.Required(ReviewDue, "foreign.review_due"))
        {
            RegimeInformation = RegimeInformation,
            RecipientMeasures = RecipientMeasures,
        };
}

/// <summary>The PPC opt-out filing (Art. 27(2)).</summary>
internal sealed record OptOutFilingBody(
    IReadOnlyList<string>? ItemTypes, string? AcquisitionMethod, string? ProvisionMethod, string? RequestMethod, string? UpdateMethod,
    DateTimeOffset? StartsOn, DateTimeOffset? FiledOn, string? Publication)
{
    public static OptOutFilingBody? Of(OptOutFiling? f) =>
        f is null ? null : new(f.ItemTypes, f.AcquisitionMethod, f.ProvisionMethod, f.RequestMethod, f.UpdateMethod, f.StartsOn, f.FiledOn, f.Publication);

    public OptOutFiling ToFiling() => new(
        ItemTypes ?? [], AcquisitionMethod ?? string.Empty, ProvisionMethod ?? string.Empty, RequestMethod ?? string.Empty, UpdateMethod ?? string.Empty,
        Endpoints.Guard.Required(StartsOn, "opt_out.starts_on"), Endpoints.Guard.Required(FiledOn, "opt_out.filed_on"), Publication ?? string.Empty);
}

/// <summary>The published joint-use statement (Art. 27(5)(iii)).</summary>
internal sealed record JointUseBody(
    IReadOnlyList<string>? ItemTypes, string? Scope, string? Purposes, string? ResponsibleName, string? ResponsibleAddress, string? ResponsibleRepresentative,
    DateTimeOffset? PublishedOn)
{
    public static JointUseBody? Of(JointUseStatement? j) =>
        j is null ? null : new(j.ItemTypes, j.Scope, j.Purposes, j.ResponsibleName, j.ResponsibleAddress, j.ResponsibleRepresentative, j.PublishedOn);

    public JointUseStatement ToStatement() => new(
        ItemTypes ?? [], Scope ?? string.Empty, Purposes ?? string.Empty, ResponsibleName ?? string.Empty, ResponsibleAddress ?? string.Empty,
        ResponsibleRepresentative ?? string.Empty, Endpoints.Guard.Required(PublishedOn, "joint_use.published_on"));
}

/// <summary>A recipient to register or revise: basis <c>consent</c>, <c>exception</c> (with <c>exception</c>), <c>opt-out</c> (with <c>opt_out</c>), <c>entrustment</c>, <c>business-succession</c>, <c>joint-use</c> (with <c>joint_use</c>); <c>foreign</c> when the country is not JP.</summary>
internal sealed record RecipientRequest(
    string? Name, string? Address, string? Representative, string? Country, string? Basis, string? Exception = null, ForeignTransferBody? Foreign = null,
    OptOutFilingBody? OptOut = null, JointUseBody? JointUse = null, bool? ContractSubstitutesRecord = null)
{
    public Recipient ToRecipient(string id) => new(
        id, 0, Name ?? string.Empty, Address ?? string.Empty, Representative ?? string.Empty, string.IsNullOrWhiteSpace(Country) ? "JP" : Country,
        ProvisionBodies.Parse<ProvisionBasis>(Basis, "basis", ProvisionCodes.BasisNames, ProvisionCodes.TryParse), default, string.Empty)
    {
        Exception = Exception is null ? null : ProvisionBodies.Parse<Art27Exception>(Exception, "exception", ProvisionCodes.ExceptionNames, ProvisionCodes.TryParse),
        Foreign = Foreign?.ToForeign(),
        OptOut = OptOut?.ToFiling(),
        JointUse = JointUse?.ToStatement(),
        ContractSubstitutesRecord = ContractSubstitutesRecord ?? false,
    };
}

internal sealed record RecipientResponse(
    string Id, int Version, string Name, string Address, string Representative, string Country, string Basis, string? Exception, ForeignTransferBody? Foreign,
    OptOutFilingBody? OptOut, JointUseBody? JointUse, bool ContractSubstitutesRecord, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static RecipientResponse Of(Recipient r) => new(
        r.Id, r.Version, r.Name, r.Address, r.Representative, r.Country, ProvisionCodes.Name(r.Basis), r.Exception is { } e ? ProvisionCodes.Name(e) : null,
        ForeignTransferBody.Of(r.Foreign), OptOutFilingBody.Of(r.OptOut), JointUseBody.Of(r.JointUse), r.ContractSubstitutesRecord, r.RecordedAt, r.RecordedBy);
}

/// <summary>A recipient's current version and every version before it.</summary>
internal sealed record RecipientHistoryResponse(RecipientResponse Current, IReadOnlyList<RecipientResponse> Versions);

/// <summary>A provision: items of the subjects named (or <c>all</c>) to a recipient for a purpose; <c>bulk</c> extends one record per person.</summary>
internal sealed record ProvideRequest(string? RecipientId, string? Purpose, IReadOnlyList<string>? ItemTypes, IReadOnlyList<string>? SubjectIds = null, bool? All = null, bool? Bulk = null);

internal sealed record RefusalResponse(string SubjectId, string Code, string Reason);

internal sealed record ProvisionResponse(
    string Id, string RecipientId, string Basis, string RecordKind, IReadOnlyList<string> ItemTypes, int ProvidedCount, IReadOnlyList<string> ProvidedSubjectIds,
    IReadOnlyList<RefusalResponse> Refusals, DateTimeOffset At, DateTimeOffset RetainUntil)
{
    public static ProvisionResponse Of(ProvisionResult r) => new(
        r.Id, r.RecipientId, ProvisionCodes.Name(r.Basis), ProvisionCodes.Name(r.RecordKind), r.ItemTypes, r.ProvidedSubjectIds.Count, r.ProvidedSubjectIds,
        [.. r.Refusals.Select(x => new RefusalResponse(x.SubjectId, x.Code, x.Reason))], r.At, r.RetainUntil);
}

/// <summary>A person's request to stop provision: to one recipient, or to all when <c>recipient_id</c> is absent.</summary>
internal sealed record StopProvisionRequest(string? SubjectId, string? RecipientId, string? Reason);

internal sealed record ProvisionStopResponse(string Id, string SubjectId, string? RecipientId, string Reason, DateTimeOffset At, string By)
{
    public static ProvisionStopResponse Of(ProvisionStop s) => new(s.Id, s.SubjectId, s.RecipientId, s.Reason, s.At, s.By);
}

internal sealed record ProvisionRecordResponse(
    string Id, string Kind, string SubjectId, string CounterpartyId, string CounterpartyName, string CounterpartyAddress, string CounterpartyRepresentative,
    string Basis, IReadOnlyList<string> ItemTypes, DateTimeOffset FirstAt, DateTimeOffset LastAt, DateTimeOffset RetainUntil, string? OperationId, string? Purpose,
    string? ConsentId, bool ConsentConfirmed, string? ProviderAcquisition, string? PpcPublication, string Country, bool Bulk, int Count)
{
    public static ProvisionRecordResponse Of(ProvisionRecord r) => new(
        r.Id, ProvisionCodes.Name(r.Kind), r.SubjectId, r.CounterpartyId, r.CounterpartyName, r.CounterpartyAddress, r.CounterpartyRepresentative,
        ProvisionCodes.Name(r.Basis), r.ItemTypes, r.FirstAt, r.LastAt, r.RetainUntil, r.OperationId, r.PurposeCode, r.ConsentId, r.ConsentConfirmed,
        r.ProviderAcquisition, r.PpcPublication, r.Country, r.Bulk, r.Count);
}

internal sealed record PurgeResponse(int Purged, DateTimeOffset At);

/// <summary>The confirmation made before receiving data (Art. 30): the provider and how it acquired the data; <c>route</c> consent or opt-out (then <c>ppc_publication</c>).</summary>
internal sealed record ReceiptConfirmationRequest(
    string? ProviderName, string? ProviderAddress, string? ProviderRepresentative, string? ProviderAcquisition, string? Route, IReadOnlyList<string>? ItemTypes,
    string? PpcPublication = null, bool? ContractSubstitutesRecord = null);

internal sealed record ReceiptConfirmationResponse(
    string Id, string ProviderName, string ProviderAddress, string ProviderRepresentative, string ProviderAcquisition, string Route, IReadOnlyList<string> ItemTypes,
    string? PpcPublication, bool ContractSubstitutesRecord, DateTimeOffset ConfirmedAt, string ConfirmedBy)
{
    public static ReceiptConfirmationResponse Of(ReceiptConfirmation c) => new(
        c.Id, c.ProviderName, c.ProviderAddress, c.ProviderRepresentative, c.ProviderAcquisition, ProvisionCodes.Name(c.Route), c.ItemTypes, c.PpcPublication,
        c.ContractSubstitutesRecord, c.ConfirmedAt, c.ConfirmedBy);
}

/// <summary>The Art. 31 confirmation: <c>consent_confirmed</c> must be true; abroad also <c>foreign_information_confirmed</c>.</summary>
internal sealed record PersonalRelatedConfirmationRequest(
    string? RecipientId, IReadOnlyList<string>? ItemTypes, string? Method, DateTimeOffset? ValidUntil, bool? ConsentConfirmed, bool? ForeignInformationConfirmed = null);

internal sealed record PersonalRelatedConfirmationResponse(
    string Id, string RecipientId, IReadOnlyList<string> ItemTypes, string Method, bool ConsentConfirmed, bool ForeignInformationConfirmed, DateTimeOffset ConfirmedAt,
    DateTimeOffset ValidUntil, string ConfirmedBy)
{
    public static PersonalRelatedConfirmationResponse Of(PersonalRelatedConfirmation c) =>
        new(c.Id, c.RecipientId, c.ItemTypes, c.Method, true, c.ForeignInformationConfirmed, c.ConfirmedAt, c.ValidUntil, c.ConfirmedBy);
}

/// <summary>Parsing of the provision enums' machine names, with the allowed names in the error.</summary>
internal static class ProvisionBodies
{
    public delegate bool TryParse<T>(string? name, out T value);

    public static T Parse<T>(string? value, string field, IReadOnlyList<string> names, TryParse<T> parse) =>
        parse(value, out var parsed) ? parsed : throw new PlatformException("invalid", $"'{field}' must be one of {string.Join(", ", names)}.");
}
