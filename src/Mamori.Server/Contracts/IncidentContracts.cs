using Mamori.Core.Features;
using Mamori.Core.Incidents;
using Mamori.Detection;

namespace Mamori.Server.Contracts;

/// <summary>An item type that leaked: for the manual scope with its class (default from the type) and number of people.</summary>
internal sealed record LeakedItemInput(string? Type, string? Category = null, long? People = null);

/// <summary>A breach incident to record (Art. 26). Enum fields take the codes listed in the OpenAPI descriptions.</summary>
internal sealed record CreateIncidentRequest(
    string? Title,
    DateTimeOffset? AwareAt,
    string? Kind = null,
    bool? Suspected = null,
    DateTimeOffset? OccurredAt = null,
    DateTimeOffset? DetectedAt = null,
    string? Summary = null,
    string? Cause = null,
    string? UnlawfulAct = null,
    bool? DataBeingCollected = null,
    string? Protection = null,
    bool? FinancialRisk = null,
    string? Scope = null,
    IReadOnlyList<string>? SubjectIds = null,
    IReadOnlyList<LeakedItemInput>? Items = null,
    long? People = null,
    string? SecondaryHarm = null,
    string? ResponseToIndividuals = null,
    string? PublicAnnouncement = null,
    string? Prevention = null,
    string? Other = null,
    string? ContactPoint = null,
    bool? NoticeImpossible = null,
    bool? ActingAsContractor = null,
    string? EntrustingBusiness = null);

/// <summary>A change to an incident, with the note for its history; absent fields stay as they are.</summary>
internal sealed record UpdateIncidentRequest(
    string? Note,
    string? Title = null,
    string? Summary = null,
    string? Cause = null,
    string? UnlawfulAct = null,
    bool? DataBeingCollected = null,
    string? Protection = null,
    bool? FinancialRisk = null,
    long? People = null,
    string? SecondaryHarm = null,
    string? ResponseToIndividuals = null,
    string? PublicAnnouncement = null,
    string? Prevention = null,
    string? Other = null,
    string? ContactPoint = null,
    bool? NoticeImpossible = null,
    string? Status = null,
    DateTimeOffset? PreliminaryReportedAt = null,
    DateTimeOffset? FinalReportedAt = null,
    DateTimeOffset? NoticesSentAt = null,
    DateTimeOffset? EntrustingBusinessToldAt = null);

internal sealed record LeakedItemResponse(string Type, string Category, long? People);

internal sealed record TriggerResponse(int Number, bool Met, string Reason, string ReasonEn);

internal sealed record TriageResponse(
    IReadOnlyList<TriggerResponse> Triggers, IReadOnlyList<int> Met, string Duty, bool ReportRequired, bool NoticeRequired,
    bool PublicAnnouncementInstead, int FinalReportDays, string Conclusion, string ConclusionEn)
{
    public static TriageResponse Of(BreachTriage t) => new(
        [.. t.Triggers.Select(f => new TriggerResponse(f.Number, f.Met, f.Reason, f.ReasonEn))], t.Met, IncidentCodes.Of(t.Duty),
        t.Duty == BreachDuty.ReportToPpc, t.NoticeRequired, t.PublicAnnouncementInstead, t.FinalReportDays, t.Conclusion, t.ConclusionEn);
}

/// <summary>Deadlines as Japanese calendar dates (yyyy-MM-dd), with the days left from today in Japan (negative: past).</summary>
internal sealed record DeadlinesResponse(
    string AwareDate, string Today, bool Applies, string PreliminaryAim, string PreliminaryGuidance, int PreliminaryDaysLeft,
    int FinalDays, string? FinalLastDay, string? FinalDue, string? FinalMovedBecause, int? FinalDaysLeft)
{
    public static DeadlinesResponse Of(BreachDeadlines d) => new(
        Date(d.AwareDate), Date(d.Today), d.Applies, Date(d.PreliminaryAim), Date(d.PreliminaryGuidance), d.PreliminaryDaysLeft,
        d.FinalDays, d.FinalLastDay is { } last ? Date(last) : null, d.FinalDue is { } due ? Date(due) : null, d.FinalMovedBecause, d.FinalDaysLeft);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record IncidentUpdateResponse(DateTimeOffset At, string UserId, string Note);

internal sealed record IncidentResponse(
    string Id, string Title, string Kind, bool Suspected, DateTimeOffset AwareAt, DateTimeOffset? OccurredAt, DateTimeOffset? DetectedAt,
    string Summary, string Cause, string UnlawfulAct, bool DataBeingCollected, string Protection, bool FinancialRisk,
    string Scope, IReadOnlyList<string> SubjectIds, IReadOnlyList<LeakedItemResponse> Items, long People, bool Computed,
    string SecondaryHarm, string ResponseToIndividuals, string PublicAnnouncement, string Prevention, string Other, string ContactPoint,
    bool NoticeImpossible, bool ActingAsContractor, string? EntrustingBusiness, DateTimeOffset? EntrustingBusinessToldAt,
    string Status, DateTimeOffset? PreliminaryReportedAt, DateTimeOffset? FinalReportedAt, DateTimeOffset? NoticesSentAt,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    TriageResponse Triage, DeadlinesResponse Deadlines, IReadOnlyList<IncidentUpdateResponse>? History = null)
{
    public static IncidentResponse Of(IncidentView view, IReadOnlyList<IncidentUpdate>? history = null)
    {
        var i = view.Incident;
        return new(
            i.Id, i.Title, IncidentCodes.Of(i.Kind), i.Suspected, i.AwareAt, i.OccurredAt, i.DetectedAt,
            i.Summary, i.Cause, IncidentCodes.Of(i.UnlawfulAct), i.DataBeingCollected, IncidentCodes.Of(i.Protection), i.FinancialRisk,
            IncidentCodes.Of(i.Scope), i.SubjectIds, [.. i.Items.Select(x => new LeakedItemResponse(x.Type, x.Category.ToJsonName(), x.People))], i.People, i.Computed,
            i.SecondaryHarm, i.ResponseToIndividuals, i.PublicAnnouncement, i.Prevention, i.Other, i.ContactPoint,
            i.NoticeImpossible, i.ActingAsContractor, i.EntrustingBusiness, i.EntrustingBusinessToldAt,
            IncidentCodes.Of(i.Status), i.PreliminaryReportedAt, i.FinalReportedAt, i.NoticesSentAt,
            i.CreatedAt, i.CreatedBy, i.UpdatedAt,
            TriageResponse.Of(view.Triage), DeadlinesResponse.Of(view.Deadlines),
            history?.Select(h => new IncidentUpdateResponse(h.At, h.UserId, h.Note)).ToList());
    }
}

internal sealed record DraftSectionResponse(int Number, string Heading, string Body);

internal sealed record DraftResponse(string IncidentId, string Kind, string Title, string Addressee, string Preamble, IReadOnlyList<DraftSectionResponse> Sections, bool HasGaps, string Markdown)
{
    public static DraftResponse Of(BreachDraft d) => new(
        d.IncidentId, IncidentCodes.Of(d.Kind), d.Title, d.Addressee, d.Preamble, [.. d.Sections.Select(s => new DraftSectionResponse(s.Number, s.Heading, s.Body))], d.HasGaps, d.ToMarkdown());
}
