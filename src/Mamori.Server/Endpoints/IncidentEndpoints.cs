using Mamori.Core.Features;
using Mamori.Core.Incidents;
using Mamori.Detection;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary>
/// <c>/api/v1/incidents</c>: the breach incident register (Art. 26; Rules Art. 7-10) — record, update, triage, deadlines and
/// the drafted report, notice, announcement and contractor's notice. Administrators and privacy officers only.
/// </summary>
internal static class IncidentEndpoints
{
    public static RouteGroupBuilder MapIncidentApi(this RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");
        incidents.MapPost("/", CreateAsync).WithName("CreateIncident")
            .WithSummary("Record a breach incident; counts are computed from the platform for the scopes subjects, holders and all.")
            .WithDescription("kind: leak|loss|damage; unlawful_act: none|unauthorized_access|ransomware|insider_theft|form_skimming|theft|other; "
                + "protection: none|encrypted|strong_encryption|pseudonymised; scope: subjects|holders|all|manual.");
        incidents.MapGet("/", ListAsync).WithName("ListIncidents").WithSummary("Every incident with its triage and deadlines, newest awareness first.");
        incidents.MapGet("/{id}", GetAsync).WithName("GetIncident").WithSummary("An incident with its triage, deadlines and history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        incidents.MapPost("/{id}/updates", UpdateAsync).WithName("UpdateIncident")
            .WithSummary("Change an incident (what was learned, when reports and notices were sent), recorded in its history with a note.")
            .WithDescription("status: investigating|preliminary_reported|final_reported|entrusting_business_notified|closed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        incidents.MapGet("/{id}/triage", TriageAsync).WithName("TriageIncident")
            .WithSummary("The four triggers of Rules Art. 7, met or not with the reason (Japanese and English), and what must be done.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        incidents.MapGet("/{id}/deadlines", DeadlinesAsync).WithName("IncidentDeadlines")
            .WithSummary("Preliminary report guidance (day 3-5) and the final report's deadline (day 30 or 60, moved past closed days), with days left.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        incidents.MapGet("/{id}/drafts/{kind}", DraftAsync).WithName("DraftIncidentDocument")
            .WithSummary("A drafted document: ppc-report (nine items), notice (five items), announcement, entrusting-business-notice. ?format=markdown for text/markdown.")
            .Produces<DraftResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Created<IncidentResponse>> CreateAsync(CreateIncidentRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var incident = new BreachIncident(string.Empty, request.Title ?? string.Empty, Parse<BreachKind>(request.Kind, "kind", BreachKind.Leak, problems), Guard.Required(request.AwareAt, "aware_at"))
        {
            Suspected = request.Suspected ?? false,
            OccurredAt = request.OccurredAt,
            DetectedAt = request.DetectedAt,
            Summary = request.Summary ?? string.Empty,
            Cause = request.Cause ?? string.Empty,
            UnlawfulAct = Parse(request.UnlawfulAct, "unlawful_act", UnlawfulAct.None, problems),
            DataBeingCollected = request.DataBeingCollected ?? false,
            Protection = Parse(request.Protection, "protection", LeakedDataProtection.None, problems),
            FinancialRisk = request.FinancialRisk ?? false,
            Scope = Parse(request.Scope, "scope", LeakScope.Manual, problems),
            SubjectIds = request.SubjectIds ?? [],
            Items = [.. (request.Items ?? []).Select((item, n) => Item(item, n, problems))],
            People = request.People ?? 0,
            SecondaryHarm = request.SecondaryHarm ?? string.Empty,
            ResponseToIndividuals = request.ResponseToIndividuals ?? string.Empty,
            PublicAnnouncement = request.PublicAnnouncement ?? string.Empty,
            Prevention = request.Prevention ?? string.Empty,
            Other = request.Other ?? string.Empty,
            ContactPoint = request.ContactPoint ?? string.Empty,
            NoticeImpossible = request.NoticeImpossible ?? false,
            ActingAsContractor = request.ActingAsContractor ?? false,
            EntrustingBusiness = request.EntrustingBusiness,
        };
        Throw(problems);
        var view = await platform.Incidents.CreateAsync(http.Caller(), incident, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/incidents/{view.Incident.Id}", IncidentResponse.Of(view));
    }

    private static async Task<Ok<IReadOnlyList<IncidentResponse>>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var views = await platform.Incidents.ListAsync(http.Caller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<IncidentResponse>>([.. views.Select(v => IncidentResponse.Of(v))]);
    }

    private static async Task<Ok<IncidentResponse>> GetAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var view = await platform.Incidents.GetAsync(caller, Guard.Id(id, "incident"), cancellationToken).ConfigureAwait(false);
        var history = await platform.Incidents.HistoryAsync(caller, view.Incident.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(IncidentResponse.Of(view, history));
    }

    private static async Task<Ok<IncidentResponse>> UpdateAsync(string id, UpdateIncidentRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var change = new IncidentChange
        {
            Note = request.Note ?? string.Empty,
            Title = request.Title,
            Summary = request.Summary,
            Cause = request.Cause,
            UnlawfulAct = request.UnlawfulAct is null ? null : Parse(request.UnlawfulAct, "unlawful_act", UnlawfulAct.None, problems),
            DataBeingCollected = request.DataBeingCollected,
            Protection = request.Protection is null ? null : Parse(request.Protection, "protection", LeakedDataProtection.None, problems),
            FinancialRisk = request.FinancialRisk,
            People = request.People,
            SecondaryHarm = request.SecondaryHarm,
            ResponseToIndividuals = request.ResponseToIndividuals,
            PublicAnnouncement = request.PublicAnnouncement,
            Prevention = request.Prevention,
            Other = request.Other,
            ContactPoint = request.ContactPoint,
            NoticeImpossible = request.NoticeImpossible,
            Status = request.Status is null ? null : Parse(request.Status, "status", IncidentStatus.Investigating, problems),
            PreliminaryReportedAt = request.PreliminaryReportedAt,
            FinalReportedAt = request.FinalReportedAt,
            NoticesSentAt = request.NoticesSentAt,
            EntrustingBusinessToldAt = request.EntrustingBusinessToldAt,
        };
        Throw(problems);
        var view = await platform.Incidents.UpdateAsync(http.Caller(), Guard.Id(id, "incident"), change, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(IncidentResponse.Of(view));
    }

    private static async Task<Ok<TriageResponse>> TriageAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var view = await platform.Incidents.GetAsync(http.Caller(), Guard.Id(id, "incident"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(TriageResponse.Of(view.Triage));
    }

    private static async Task<Ok<DeadlinesResponse>> DeadlinesAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var view = await platform.Incidents.GetAsync(http.Caller(), Guard.Id(id, "incident"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(DeadlinesResponse.Of(view.Deadlines));
    }

    private static async Task<Results<Ok<DraftResponse>, ContentHttpResult>> DraftAsync(
        string id, string kind, string? format, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        if (!IncidentCodes.TryParse(kind, out DraftKind draftKind))
        {
            throw new PlatformException("not_found", "There is no such draft: use ppc-report, notice, announcement or entrusting-business-notice.");
        }

        if (format is not (null or "json" or "markdown"))
        {
            throw new PlatformException("invalid", "'format' is json (the default) or markdown.");
        }

        var draft = await platform.Incidents.DraftAsync(http.Caller(), Guard.Id(id, "incident"), draftKind, cancellationToken).ConfigureAwait(false);
        return format == "markdown"
            ? TypedResults.Text(draft.ToMarkdown(), "text/markdown; charset=utf-8")
            : TypedResults.Ok(DraftResponse.Of(draft));
    }

    private static LeakedItem Item(LeakedItemInput input, int index, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(input.Type))
        {
            problems.Add($"'items[{index}].type' is required");
            return new LeakedItem(string.Empty, PiiCategory.Personal, input.People);
        }

        var category = Core.Subjects.ItemTypes.CategoryOf(input.Type.Trim());
        if (input.Category is { } name && !PiiCategoryExtensions.TryParse(name, out category))
        {
            problems.Add($"'items[{index}].category' is one of special_care, identification_code, personal, personal_related");
        }

        return new LeakedItem(input.Type.Trim(), category, input.People);
    }

    private static T Parse<T>(string? code, string field, T fallback, List<string> problems)
        where T : struct, Enum
    {
        if (code is null)
        {
            return fallback;
        }

        var parsed = typeof(T).Name switch
        {
            nameof(BreachKind) => IncidentCodes.TryParse(code, out BreachKind k) ? (T?)(object)k : null,
            nameof(UnlawfulAct) => IncidentCodes.TryParse(code, out UnlawfulAct a) ? (T?)(object)a : null,
            nameof(LeakedDataProtection) => IncidentCodes.TryParse(code, out LeakedDataProtection p) ? (T?)(object)p : null,
            nameof(LeakScope) => IncidentCodes.TryParse(code, out LeakScope s) ? (T?)(object)s : null,
            nameof(IncidentStatus) => IncidentCodes.TryParse(code, out IncidentStatus st) ? (T?)(object)st : null,
            _ => null,
        };
        if (parsed is null)
        {
            problems.Add($"'{field}' is one of {string.Join(", ", IncidentCodes.All<T>())}");
            return fallback;
        }

        return parsed.Value;
    }

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The request cannot be used: " + string.Join("; ", problems) + ".");
        }
    }
}
