using Mamori.Core.Features;
using Mamori.Core.Requests;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary>
/// <c>/api/v1/requests</c>: data-subject requests (Art. 32-39) from receipt through identity verification and fee to fulfilment
/// or refusal with a reason. Privacy officers and administrators; every step and every disclosure is in the access log.
/// </summary>
internal static class RequestEndpoints
{
    public static RouteGroupBuilder MapRequestApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/requests").WithTags("Requests");
        requests.MapPost("/", AddAsync).WithName("AddRequest")
            .WithSummary("Record a data-subject request as received; it is due after the configured response time (default 14 days).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/", ListAsync).WithName("ListRequests")
            .WithSummary("Requests in order of receipt: status=all (default), open or overdue; subject_id narrows to one person.");
        requests.MapGet("/{id}", GetAsync).WithName("GetRequest")
            .WithSummary("One request with every timestamp.").ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id}/verify", VerifyAsync).WithName("VerifyRequest")
            .WithSummary("Record how the requester's identity (and an agent's authority) was verified.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id}/fee-paid", FeePaidAsync).WithName("RecordRequestFee")
            .WithSummary("Record that the fee (notification and disclosure only, Art. 38) was received.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id}/fulfil", FulfilAsync).WithName("FulfilRequest")
            .WithSummary("Fulfil a verified request, acting on the data (erasure crypto-shreds, suspension stops every use, do-not-contact stops contact purposes, correction replaces items).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id}/refuse", RefuseAsync).WithName("RefuseRequest")
            .WithSummary("Refuse an open request with the reason told to the person (Art. 36).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapGet("/{id}/package", PackageAsync).WithName("DownloadDisclosure")
            .WithSummary("The disclosure package of a fulfilled disclosure (format=json|csv|pdf, default the one the person chose); every download is logged.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Created<RequestResponse>> AddAsync(AddRequestRequest body, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var request = new NewSubjectRequest(
            Guard.Required(body.SubjectId, "subject_id"),
            RequestNames.TryParse(Guard.Required(body.Type, "type"), out RequestType type) ? type
                : throw new PlatformException("invalid", $"'type' must be one of {string.Join(", ", RequestNames.TypeNames)}."),
            Guard.Required(body.Channel, "channel"),
            body.ByAgent ?? false,
            body.Format is null ? null : RequestNames.TryParse(body.Format, out DisclosureFormat format) ? format
                : throw new PlatformException("invalid", "'format' must be json, csv or pdf."),
            body.FeeYen,
            body.ItemTypes,
            body.ReceivedAt);
        var stored = await platform.Requests.AddAsync(http.Caller(), request, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/requests/{stored.Id}", RequestResponse.Of(stored, platform.Time.GetUtcNow()));
    }

    private static async Task<Ok<IReadOnlyList<RequestResponse>>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken, string? status = null, string? subjectId = null)
    {
        var (open, overdue) = (status ?? "all") switch
        {
            "all" => (false, false),
            "open" => (true, false),
            "overdue" => (true, true),
            _ => throw new PlatformException("invalid", "'status' must be all, open or overdue."),
        };
        var requests = await platform.Requests.ListAsync(http.Caller(), open, overdue, subjectId is null ? null : Guard.Id(subjectId, "subject"), cancellationToken).ConfigureAwait(false);
        var now = platform.Time.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<RequestResponse>>([.. requests.Select(r => RequestResponse.Of(r, now))]);
    }

    private static async Task<Ok<RequestResponse>> GetAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var request = await platform.Requests.GetAsync(http.Caller(), Guard.Id(id, "request"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(RequestResponse.Of(request, platform.Time.GetUtcNow()));
    }

    private static async Task<Ok<RequestResponse>> VerifyAsync(string id, VerifyRequestRequest body, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var request = await platform.Requests.VerifyAsync(http.Caller(), Guard.Id(id, "request"), Guard.Required(body.Method, "method"), body.AgentVerification, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(RequestResponse.Of(request, platform.Time.GetUtcNow()));
    }

    private static async Task<Ok<RequestResponse>> FeePaidAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var request = await platform.Requests.RecordFeePaidAsync(http.Caller(), Guard.Id(id, "request"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(RequestResponse.Of(request, platform.Time.GetUtcNow()));
    }

    private static async Task<Ok<FulfilResponse>> FulfilAsync(string id, FulfilRequestRequest? body, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var requestId = Guard.Id(id, "request");
        var corrections = body?.Corrections?.Select((c, i) => new NewItem(
            Guard.Required(c.Type, $"corrections[{i}].type").ToUpperInvariant(), Guard.Required(c.Value, $"corrections[{i}].value"))).ToList();
        var outcome = await platform.Requests.FulfilAsync(http.Caller(), requestId, corrections, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new FulfilResponse(
            RequestResponse.Of(outcome.Request, platform.Time.GetUtcNow()),
            outcome.Purposes?.Select(PurposeUseResponse.Of).ToList(),
            outcome.Package is null ? null : $"{MamoriApi.BasePath}/requests/{requestId}/package"));
    }

    private static async Task<Ok<RequestResponse>> RefuseAsync(string id, RefuseRequestRequest body, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var reason = RequestNames.TryParse(Guard.Required(body.Reason, "reason"), out RefusalReason parsed) ? parsed
            : throw new PlatformException("invalid", $"'reason' must be one of {string.Join(", ", RequestNames.ReasonNames)}.");
        var request = await platform.Requests.RefuseAsync(http.Caller(), Guard.Id(id, "request"), reason, body.Note, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(RequestResponse.Of(request, platform.Time.GetUtcNow()));
    }

    private static async Task<FileContentHttpResult> PackageAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken, string? format = null)
    {
        DisclosureFormat? chosen = format is null ? null : RequestNames.TryParse(format, out DisclosureFormat parsed) ? parsed
            : throw new PlatformException("invalid", "'format' must be json, csv or pdf.");
        var file = await platform.Requests.PackageAsync(http.Caller(), Guard.Id(id, "request"), chosen, cancellationToken).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
