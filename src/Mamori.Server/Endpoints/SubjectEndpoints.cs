using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mamori.Server.Endpoints;

/// <summary>
/// <c>/api/v1/subjects</c>: register, read (only the items the declared purpose covers, masked by role), search through
/// the blind index, add items and events, erase (crypto-shredding), suspend and resume use. Core decides and logs every access.
/// </summary>
internal static class SubjectEndpoints
{
    private const int DefaultPage = 100;
    private const int MaxPage = 1000;

    public static RouteGroupBuilder MapSubjectApi(this RouteGroupBuilder api)
    {
        var subjects = api.MapGroup("/subjects").WithTags("Subjects");
        subjects.MapPost("/", RegisterAsync).WithName("RegisterSubject")
            .WithSummary("Register a subject with its items and consents, for the declared purpose (which must cover every item).");
        subjects.MapGet("/", ListAsync).WithName("ListSubjects")
            .WithSummary("List subject ids (administrators and privacy officers), page by page; values are read one subject at a time.");
        subjects.MapGet("/{id}", GetAsync).WithName("GetSubject")
            .WithSummary("Read a subject: the items the purpose covers, masked for marketers unless the purpose needs the value.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapPost("/search", SearchAsync).WithName("SearchSubjects")
            .WithSummary("Find subjects by exact e-mail address, phone number or member id (blind index; the value travels in the body, never in the URL).");
        subjects.MapPost("/{id}/items", AddItemsAsync).WithName("AddSubjectItems")
            .WithSummary("Add or correct items of a subject.").ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapPost("/{id}/events", AddEventsAsync).WithName("AddSubjectEvents")
            .WithSummary("Add events (purchases, rides, visits) to a subject.").ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapGet("/{id}/events", GetEventsAsync).WithName("ListSubjectEvents")
            .WithSummary("A subject's events.").ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapPost("/{id}/erase", EraseAsync).WithName("EraseSubject")
            .WithSummary("Erase a subject (privacy officers): its data key is destroyed, so no copy of its data can be read again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapPost("/{id}/suspend", SuspendAsync).WithName("SuspendSubject")
            .WithSummary("Suspend all use of a subject's data at the person's request (privacy officers, Art. 35).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapPost("/{id}/resume", ResumeAsync).WithName("ResumeSubject")
            .WithSummary("Resume use of a suspended subject's data (privacy officers).").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Created<SubjectCreatedResponse>> RegisterAsync(
        RegisterSubjectRequest request, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var items = Items(Guard.Required(request.Items, "items"), platform.Time);
        var consents = (request.Consents ?? []).Select((c, i) => new NewConsent(
            Guard.Required(c.Purpose, $"consents[{i}].purpose"), Guard.Required(c.Given, $"consents[{i}].given"), c.Channel ?? "api", c.NoticeId, c.Evidence) { RecipientId = c.RecipientId }).ToList();
        var id = await platform.Subjects.RegisterAsync(http.Caller(), purpose, items, consents, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/subjects/{id}", new SubjectCreatedResponse(id));
    }

    private static async Task<Ok<SubjectListResponse>> ListAsync(
        [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken, string? after = null, int? limit = null)
    {
        var caller = http.Caller();
        await Guard.RoleAsync(platform, caller, AccessPolicy.MayAudit(caller.Role), "list subjects",
            "Only administrators and privacy officers list subjects; others find them by search.", cancellationToken).ConfigureAwait(false);
        if (await platform.Purposes.CurrentAsync(purpose, cancellationToken).ConfigureAwait(false) is null)
        {
            await platform.AccessLog.AppendAsync(caller, AccessAction.Read, null, [], purpose, false, "list subjects: purpose missing", cancellationToken).ConfigureAwait(false);
            throw new PlatformException(string.IsNullOrWhiteSpace(purpose) ? "purpose_required" : "purpose_not_allowed",
                $"Declare a registered purpose in {MamoriApi.PurposeHeader} to list subjects (Art. 18).");
        }

        var size = Math.Clamp(limit ?? DefaultPage, 1, MaxPage);
        var ids = await platform.Store.ListSubjectIdsAsync(after, size, cancellationToken).ConfigureAwait(false);
        await platform.AccessLog.AppendAsync(caller, AccessAction.Read, null, [], purpose, true, $"{ids.Count} subject id(s) listed", cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SubjectListResponse(ids, ids.Count == size ? ids[^1] : null));
    }

    private static async Task<Ok<SubjectResponse>> GetAsync(
        string id, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var view = await platform.Subjects.GetAsync(http.Caller(), id, purpose, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(SubjectResponse.Of(view));
    }

    private static async Task<Ok<SearchResponse>> SearchAsync(
        SearchRequest request, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var type = Guard.Required(request.Type, "type") switch
        {
            "email" => EntityTypes.EmailAddress,
            "phone" => EntityTypes.PhoneNumber,
            "member_id" => ItemTypes.MemberId,
            var other => other,
        };
        var ids = await platform.Subjects.SearchAsync(http.Caller(), type, Guard.Required(request.Value, "value"), purpose, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResponse(ids));
    }

    private static async Task<NoContent> AddItemsAsync(
        string id, AddItemsRequest request, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await platform.Subjects.AddItemsAsync(http.Caller(), id, purpose, Items(Guard.Required(request.Items, "items"), platform.Time), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AddEventsAsync(
        string id, AddEventsRequest request, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var now = platform.Time.GetUtcNow();
        var events = Guard.Required(request.Events, "events").Select((e, i) => (
            Kind: Guard.Required(e.Kind, $"events[{i}].kind"),
            At: e.At ?? now,
            Attributes: e.Attributes ?? new Dictionary<string, string>())).ToList();
        if (events.Count == 0)
        {
            throw new PlatformException("invalid", "'events' holds no event.");
        }

        await platform.Subjects.AddEventsAsync(http.Caller(), id, purpose, events, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<EventResponse>>> GetEventsAsync(
        string id, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var events = await platform.Subjects.GetEventsAsync(http.Caller(), id, purpose, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<EventResponse>>([.. events.Select(EventResponse.Of)]);
    }

    private static async Task<NoContent> EraseAsync(string id, EraseRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await platform.Subjects.EraseAsync(http.Caller(), id, Guard.Required(request.Reason, "reason"), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SuspendAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await platform.Subjects.SetSuspendedAsync(http.Caller(), id, suspended: true, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResumeAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await platform.Subjects.SetSuspendedAsync(http.Caller(), id, suspended: false, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static List<NewItem> Items(IReadOnlyList<ItemInput> items, TimeProvider time)
    {
        if (items.Count == 0)
        {
            throw new PlatformException("invalid", "'items' holds no item.");
        }

        return [.. items.Select((item, i) => new NewItem(
            Guard.Required(item.Type, $"items[{i}].type"),
            Guard.Required(item.Value, $"items[{i}].value"),
            item.Source is null && item.Method is null && item.AcquiredAt is null && item.NoticeId is null
                ? null
                : new Provenance(
                    item.Source ?? "api",
                    Names.ParseMethod(item.Method) ?? throw new PlatformException("invalid", $"items[{i}].method must be direct, import, third_party or public."),
                    item.AcquiredAt ?? time.GetUtcNow(),
                    item.NoticeId)))];
    }
}
