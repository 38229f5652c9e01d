using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mamori.Server.Endpoints;

/// <summary>
/// Third-party provision (Art. 27-31): <c>/recipients</c> (the register, versioned), <c>/provisions</c> (provide, with refusals per
/// person), <c>/provision-stops</c>, <c>/records</c> (the Art. 29/30/31 records, filtered; <c>/records/purge</c>),
/// <c>/receipt-confirmations</c> (Art. 30) and <c>/personal-related-confirmations</c> (Art. 31).
/// </summary>
internal static class ProvisionEndpoints
{
    public static RouteGroupBuilder MapProvisionApi(this RouteGroupBuilder api)
    {
        var recipients = api.MapGroup("/recipients").WithTags("Provision");
        recipients.MapPost("/", RegisterAsync).WithName("RegisterRecipient")
            .WithSummary("Register a recipient with its basis (Art. 27), opt-out filing, joint-use statement or Art. 28 basis (administrators and privacy officers).");
        recipients.MapGet("/", ListAsync).WithName("ListRecipients").WithSummary("The recipients register, current versions (administrators, privacy officers, marketers).");
        recipients.MapGet("/{id}", GetAsync).WithName("GetRecipient").WithSummary("A recipient with every version.");
        recipients.MapPut("/{id}", ReviseAsync).WithName("ReviseRecipient").WithSummary("Record a new version of a recipient (administrators and privacy officers).");

        api.MapPost("/provisions", ProvideAsync).WithTags("Provision").WithName("Provide")
            .WithSummary("Provide items of subjects to a recipient for a purpose: people the basis does not cover are left out with reasons; records are written (administrators, privacy officers, marketers).");
        api.MapPost("/provision-stops", StopAsync).WithTags("Provision").WithName("StopProvision")
            .WithSummary("Record a person's request to stop provision, to one recipient or all (administrators and privacy officers).");

        var records = api.MapGroup("/records").WithTags("Provision");
        records.MapGet("/", RecordsAsync).WithName("ListProvisionRecords")
            .WithSummary("Provision and receipt records (Art. 29-31), newest first; subject_id gives what a disclosure under Art. 33(5) returns (administrators and privacy officers).");
        records.MapPost("/purge", PurgeAsync).WithName("PurgeProvisionRecords").WithSummary("Delete the records past their retention deadline (administrators and privacy officers).");

        var receipts = api.MapGroup("/receipt-confirmations").WithTags("Provision");
        receipts.MapPost("/", ConfirmReceiptAsync).WithName("ConfirmReceipt").WithSummary("Record the Art. 30 confirmation before receiving data (administrators and privacy officers).");
        receipts.MapGet("/", ReceiptsAsync).WithName("ListReceiptConfirmations").WithSummary("Every receipt confirmation.");

        var art31 = api.MapGroup("/personal-related-confirmations").WithTags("Provision");
        art31.MapPost("/", ConfirmPersonalRelatedAsync).WithName("ConfirmPersonalRelated").WithSummary("Record the Art. 31 confirmation of a recipient's consent (administrators and privacy officers).");
        art31.MapGet("/", PersonalRelatedAsync).WithName("ListPersonalRelatedConfirmations").WithSummary("Every Art. 31 confirmation.");
        return api;
    }

    private static async Task<Created<RecipientResponse>> RegisterAsync(RecipientRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var stored = await platform.Recipients.RegisterAsync(http.Caller(), request.ToRecipient(string.Empty), cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/recipients/{stored.Id}", RecipientResponse.Of(stored));
    }

    private static async Task<Ok<RecipientResponse>> ReviseAsync(string id, RecipientRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var stored = await platform.Recipients.ReviseAsync(http.Caller(), request.ToRecipient(Guard.Id(id, "recipient")), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(RecipientResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<RecipientResponse>>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await RequireReaderAsync(http, platform, "list recipients", cancellationToken).ConfigureAwait(false);
        var all = await platform.Recipients.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<RecipientResponse>>([.. all.Select(RecipientResponse.Of)]);
    }

    private static async Task<Ok<RecipientHistoryResponse>> GetAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await RequireReaderAsync(http, platform, "read recipient", cancellationToken).ConfigureAwait(false);
        var versions = await platform.Recipients.VersionsAsync(Guard.Id(id, "recipient"), cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            throw new PlatformException("not_found", $"There is no recipient '{id}'.");
        }

        return TypedResults.Ok(new RecipientHistoryResponse(RecipientResponse.Of(versions[^1]), [.. versions.Select(RecipientResponse.Of)]));
    }

    private static async Task<Ok<ProvisionResponse>> ProvideAsync(ProvideRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var provision = new ProvisionRequest(Guard.Required(request.RecipientId, "recipient_id"), Guard.Required(request.Purpose, "purpose"), Guard.Required(request.ItemTypes, "item_types"))
        {
            SubjectIds = request.SubjectIds ?? [],
            AllSubjects = request.All ?? false,
            Bulk = request.Bulk ?? false,
        };
        var result = await platform.Provisions.ProvideAsync(http.Caller(), provision, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ProvisionResponse.Of(result));
    }

    private static async Task<Created<ProvisionStopResponse>> StopAsync(StopProvisionRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var stop = await platform.Provisions.StopProvisionAsync(http.Caller(), Guard.Required(request.SubjectId, "subject_id"), request.RecipientId,
            Guard.Required(request.Reason, "reason"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/provision-stops/{stop.Id}", ProvisionStopResponse.Of(stop));
    }

    private static async Task<Ok<IReadOnlyList<ProvisionRecordResponse>>> RecordsAsync(
        HttpContext http, Platform platform, [FromQuery(Name = "subject_id")] string? subjectId, [FromQuery(Name = "counterparty_id")] string? counterpartyId,
        string? kind, DateTimeOffset? from, DateTimeOffset? to, int? limit, [FromQuery(Name = "include_operational")] bool? includeOperational, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        IReadOnlyList<ProvisionRecord> records;
        if (subjectId is not null && counterpartyId is null && kind is null && from is null && to is null && limit is null)
        {
            // What a disclosure request under Art. 33(5) returns: every record of the person, oldest first.
            records = await platform.Provisions.GetRecordsForSubjectAsync(caller, subjectId, includeOperational ?? false, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var filter = new RecordFilter
            {
                SubjectId = subjectId,
                CounterpartyId = counterpartyId,
                Kind = kind is null ? null : ProvisionBodies.Parse<RecordKind>(kind, "kind", ProvisionCodes.KindNames, ProvisionCodes.TryParse),
                From = from,
                To = to,
                Limit = limit ?? 1000,
            };
            records = await platform.Provisions.ListRecordsAsync(caller, filter, cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok<IReadOnlyList<ProvisionRecordResponse>>([.. records.Select(ProvisionRecordResponse.Of)]);
    }

    private static async Task<Ok<PurgeResponse>> PurgeAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var purged = await platform.Provisions.PurgeExpiredRecordsAsync(http.Caller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PurgeResponse(purged, platform.Time.GetUtcNow()));
    }

    private static async Task<Created<ReceiptConfirmationResponse>> ConfirmReceiptAsync(ReceiptConfirmationRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var confirmation = new ReceiptConfirmation(
            string.Empty, request.ProviderName ?? string.Empty, request.ProviderAddress ?? string.Empty, request.ProviderRepresentative ?? string.Empty,
            request.ProviderAcquisition ?? string.Empty, ProvisionBodies.Parse<ProvisionBasis>(request.Route, "route", ["consent", "opt-out"], ProvisionCodes.TryParse),
            request.ItemTypes ?? [], default, string.Empty)
        {
            PpcPublication = request.PpcPublication,
            ContractSubstitutesRecord = request.ContractSubstitutesRecord ?? false,
        };
        var stored = await platform.Recipients.ConfirmReceiptAsync(http.Caller(), confirmation, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/receipt-confirmations/{stored.Id}", ReceiptConfirmationResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<ReceiptConfirmationResponse>>> ReceiptsAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await RequireKeeperAsync(http, platform, "list receipt confirmations", cancellationToken).ConfigureAwait(false);
        var all = await platform.Recipients.ReceiptConfirmationsAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ReceiptConfirmationResponse>>([.. all.Select(ReceiptConfirmationResponse.Of)]);
    }

    private static async Task<Created<PersonalRelatedConfirmationResponse>> ConfirmPersonalRelatedAsync(
        PersonalRelatedConfirmationRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        if (request.ConsentConfirmed != true)
        {
            throw new PlatformException("invalid", "'consent_confirmed' must be true: record the confirmation only once the recipient's consent has been confirmed (Art. 31(1)(i)).");
        }

        var confirmation = new PersonalRelatedConfirmation(
            string.Empty, Guard.Required(request.RecipientId, "recipient_id"), request.ItemTypes ?? [], request.Method ?? string.Empty, default,
            Guard.Required(request.ValidUntil, "valid_until"), string.Empty)
        {
            ForeignInformationConfirmed = request.ForeignInformationConfirmed ?? false,
        };
        var stored = await platform.Recipients.ConfirmPersonalRelatedAsync(http.Caller(), confirmation, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/personal-related-confirmations/{stored.Id}", PersonalRelatedConfirmationResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<PersonalRelatedConfirmationResponse>>> PersonalRelatedAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await RequireKeeperAsync(http, platform, "list Art. 31 confirmations", cancellationToken).ConfigureAwait(false);
        var all = await platform.Recipients.PersonalRelatedConfirmationsAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<PersonalRelatedConfirmationResponse>>([.. all.Select(PersonalRelatedConfirmationResponse.Of)]);
    }

    private static Task RequireReaderAsync(HttpContext http, Platform platform, string what, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        return Guard.RoleAsync(platform, caller, caller.Role is Role.Administrator or Role.PrivacyOfficer or Role.Marketer, what,
            "Only administrators, privacy officers and marketers see the recipients register.", cancellationToken);
    }

    private static Task RequireKeeperAsync(HttpContext http, Platform platform, string what, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        return Guard.RoleAsync(platform, caller, AccessPolicy.RolePermits(caller.Role, AccessAction.Admin), what,
            "Only administrators and privacy officers see the confirmations (Art. 30, 31).", cancellationToken);
    }
}
