using System.Globalization;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Calendar;
using Mamori.Core.Incidents;
using Mamori.Core.Ports;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Core.Features;

/// <summary>
/// The breach incident register (Art. 26; Rules Art. 7-10): records incidents, sizes leaks within the platform, triages
/// them against the four triggers, computes the deadlines and drafts the report, the notice, the announcement and a
/// contractor's notice to the entrusting business. For administrators and privacy officers; every change and every
/// draft is written to the access log.
/// </summary>
public sealed class BreachIncidents
{
    private const int MaxText = 4000;
    private readonly IPlatformStore _store;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;

    internal BreachIncidents(IPlatformStore store, AccessLog log, TimeProvider time)
    {
        _store = store;
        _log = log;
        _time = time;
    }

    /// <summary>Whether a role may see and manage incidents: administrators and privacy officers.</summary>
    /// <param name="role">The role.</param>
    public static bool MayManage(Role role) => role is Role.Administrator or Role.PrivacyOfficer;

    /// <summary>
    /// Records an incident. For scopes <see cref="LeakScope.Subjects"/>, <see cref="LeakScope.Holders"/> and
    /// <see cref="LeakScope.All"/> the people and per-type counts are computed from the platform now (a snapshot) from the
    /// item types of <see cref="BreachIncident.Items"/> (none: every type); for <see cref="LeakScope.Manual"/> they are
    /// taken as given.
    /// </summary>
    /// <param name="caller">Who records it.</param>
    /// <param name="draft">The incident (an empty id gets a new one; status, counts and times are set here).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IncidentView> CreateAsync(Caller caller, BreachIncident draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(draft);
        await RequireAsync(caller, "record incident", cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        Validate(draft, now);
        var incident = await SizeAsync(draft, cancellationToken).ConfigureAwait(false) with
        {
            Id = string.IsNullOrEmpty(draft.Id) ? BreachIncident.NewId() : draft.Id,
            Status = IncidentStatus.Investigating,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = caller.UserId,
        };
        var view = View(incident, now);
        var note = $"recorded: {IncidentCodes.Of(incident.Scope)} scope, {incident.People} people, triggers [{string.Join(",", view.Triage.Met)}]";
        await _store.InsertIncidentAsync(incident, new IncidentUpdate(incident.Id, now, caller.UserId, note), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, incident.Items.Select(i => i.Type), null, true,
            $"incident {incident.Id} {note}", cancellationToken).ConfigureAwait(false);
        return view;
    }

    /// <summary>Every incident with its triage and deadlines, newest awareness first.</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<IncidentView>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await RequireAsync(caller, "list incidents", cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return [.. (await _store.GetIncidentsAsync(cancellationToken).ConfigureAwait(false)).Select(i => View(i, now))];
    }

    /// <summary>One incident with its triage and deadlines as of now.</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IncidentView> GetAsync(Caller caller, string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await RequireAsync(caller, "read incident", cancellationToken).ConfigureAwait(false);
        return View(await FindAsync(incidentId, cancellationToken).ConfigureAwait(false), _time.GetUtcNow());
    }

    /// <summary>An incident's history, oldest first.</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<IncidentUpdate>> HistoryAsync(Caller caller, string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await RequireAsync(caller, "read incident", cancellationToken).ConfigureAwait(false);
        await FindAsync(incidentId, cancellationToken).ConfigureAwait(false);
        return await _store.GetIncidentUpdatesAsync(incidentId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies a change and records it in the history (one transaction).</summary>
    /// <param name="caller">Who changes it.</param>
    /// <param name="incidentId">The incident.</param>
    /// <param name="change">What changes, with a note.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IncidentView> UpdateAsync(Caller caller, string incidentId, IncidentChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        await RequireAsync(caller, "update incident", cancellationToken).ConfigureAwait(false);
        var current = await FindAsync(incidentId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(change.Note))
        {
            problems.Add("'note' is required: say what was learned or done, for the incident's history");
        }

        CheckText(problems, "note", change.Note);
        foreach (var (name, value) in new[]
        {
            ("title", change.Title), ("summary", change.Summary), ("cause", change.Cause), ("secondary_harm", change.SecondaryHarm),
            ("response_to_individuals", change.ResponseToIndividuals), ("public_announcement", change.PublicAnnouncement),
            ("prevention", change.Prevention), ("other", change.Other), ("contact_point", change.ContactPoint),
        })
        {
            CheckText(problems, name, value);
        }

        if (change.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            problems.Add("'title' cannot be empty");
        }

        if (change.People is { } people && (current.Scope != LeakScope.Manual || people < 1))
        {
            problems.Add(current.Scope != LeakScope.Manual
                ? "'people' can be changed only for incidents entered by hand; the platform computed this one's count when it was recorded"
                : "'people' must be 1 or more");
        }

        foreach (var (name, at) in new[]
        {
            ("preliminary_reported_at", change.PreliminaryReportedAt), ("final_reported_at", change.FinalReportedAt),
            ("notices_sent_at", change.NoticesSentAt), ("entrusting_business_told_at", change.EntrustingBusinessToldAt),
        })
        {
            if (at is { } time && (time < current.AwareAt.AddDays(-1) || time > now.AddMinutes(5)))
            {
                problems.Add($"'{name}' must lie between the day of awareness and now");
            }
        }

        if (change.EntrustingBusinessToldAt is not null && !current.ActingAsContractor)
        {
            problems.Add("'entrusting_business_told_at' applies only to incidents where the business acts as a contractor");
        }

        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The change cannot be recorded: " + string.Join("; ", problems) + ".");
        }

        var status = change.Status
            ?? (change.FinalReportedAt is not null ? IncidentStatus.FinalReported
                : change.PreliminaryReportedAt is not null && current.Status == IncidentStatus.Investigating ? IncidentStatus.PreliminaryReported
                : change.EntrustingBusinessToldAt is not null && current.Status == IncidentStatus.Investigating ? IncidentStatus.EntrustingBusinessNotified
                : current.Status);
        var updated = current with
        {
            Title = change.Title?.Trim() ?? current.Title,
            Summary = change.Summary?.Trim() ?? current.Summary,
            Cause = change.Cause?.Trim() ?? current.Cause,
            UnlawfulAct = change.UnlawfulAct ?? current.UnlawfulAct,
            DataBeingCollected = change.DataBeingCollected ?? current.DataBeingCollected,
            Protection = change.Protection ?? current.Protection,
            FinancialRisk = change.FinancialRisk ?? current.FinancialRisk,
            People = change.People ?? current.People,
            SecondaryHarm = change.SecondaryHarm?.Trim() ?? current.SecondaryHarm,
            ResponseToIndividuals = change.ResponseToIndividuals?.Trim() ?? current.ResponseToIndividuals,
            PublicAnnouncement = change.PublicAnnouncement?.Trim() ?? current.PublicAnnouncement,
            Prevention = change.Prevention?.Trim() ?? current.Prevention,
            Other = change.Other?.Trim() ?? current.Other,
            ContactPoint = change.ContactPoint?.Trim() ?? current.ContactPoint,
            NoticeImpossible = change.NoticeImpossible ?? current.NoticeImpossible,
            PreliminaryReportedAt = change.PreliminaryReportedAt ?? current.PreliminaryReportedAt,
            FinalReportedAt = change.FinalReportedAt ?? current.FinalReportedAt,
            NoticesSentAt = change.NoticesSentAt ?? current.NoticesSentAt,
            EntrustingBusinessToldAt = change.EntrustingBusinessToldAt ?? current.EntrustingBusinessToldAt,
            Status = status,
            UpdatedAt = now,
        };
        var note = status == current.Status ? change.Note.Trim() : $"{change.Note.Trim()} (status: {IncidentCodes.Of(current.Status)} → {IncidentCodes.Of(status)})";
        await _store.UpdateIncidentAsync(updated, new IncidentUpdate(updated.Id, now, caller.UserId, note), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"incident {updated.Id} updated", cancellationToken).ConfigureAwait(false);
        return View(updated, now);
    }

    /// <summary>
    /// Drafts a document. The PPC report needs a reportable incident of a business acting for itself; the notice to the
    /// entrusting business needs a contractor's incident; the notice and the announcement are always available (a business
    /// may notify people of any incident), and the announcement is what to use when notice is impossible.
    /// </summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="incidentId">The incident.</param>
    /// <param name="kind">Which document.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<BreachDraft> DraftAsync(Caller caller, string incidentId, DraftKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await RequireAsync(caller, "draft incident document", cancellationToken).ConfigureAwait(false);
        var view = View(await FindAsync(incidentId, cancellationToken).ConfigureAwait(false), _time.GetUtcNow());
        if (kind == DraftKind.PpcReport && view.Incident.ActingAsContractor)
        {
            throw new PlatformException("conflict",
                $"As a contractor for this data, tell the entrusting business ({view.Incident.EntrustingBusiness}) instead of reporting to the PPC (Art. 26(1) proviso): draft the entrusting-business notice.");
        }

        if (kind == DraftKind.EntrustingBusinessNotice && !view.Incident.ActingAsContractor)
        {
            throw new PlatformException("conflict", "This incident is not one where the business acts as a contractor: draft the PPC report instead.");
        }

        var draft = BreachDrafts.Draft(kind, view.Incident, view.Triage, view.Deadlines);
        await _log.AppendAsync(caller, AccessAction.Admin, null, view.Incident.Items.Select(i => i.Type), null, true,
            $"incident {view.Incident.Id} draft {IncidentCodes.Of(kind)}", cancellationToken).ConfigureAwait(false);
        return draft;
    }

    /// <summary>Triage and deadlines of an incident as of <paramref name="now"/>.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="now">The current time.</param>
    public static IncidentView View(BreachIncident incident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var triage = BreachTriageRules.Triage(incident);
        return new IncidentView(incident, triage, BreachDeadlineRules.Compute(incident, triage, now));
    }

    private async Task<BreachIncident> SizeAsync(BreachIncident draft, CancellationToken cancellationToken)
    {
        var types = draft.Items.Select(i => i.Type.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (draft.Scope == LeakScope.Manual)
        {
            return draft with
            {
                Items = [.. draft.Items.Select(i => i with { Type = i.Type.Trim(), Category = ItemTypes.IsKnown(i.Type.Trim()) ? ItemTypes.CategoryOf(i.Type.Trim()) : i.Category })],
                SubjectIds = [],
                Computed = false,
            };
        }

        var subjects = draft.Scope == LeakScope.Subjects ? draft.SubjectIds.Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList() : null;
        var count = await _store.CountLeakAsync(new LeakQuery(subjects, draft.Scope == LeakScope.All || types.Count == 0 ? null : types), cancellationToken).ConfigureAwait(false);
        if (count.MissingSubjectIds.Count > 0)
        {
            throw new PlatformException("invalid",
                $"{count.MissingSubjectIds.Count} of the subject ids are not on the platform (unknown or erased), e.g. {string.Join(", ", count.MissingSubjectIds.Take(3))}: correct them, or record data outside the platform with the manual scope.");
        }

        if (count.People == 0)
        {
            throw new PlatformException("invalid", "No subject on the platform holds the leaked item types in this scope: check the item types and subjects, or record data outside the platform with the manual scope.");
        }

        return draft with
        {
            Items = [.. count.PeopleByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new LeakedItem(p.Key, ItemTypes.CategoryOf(p.Key), p.Value))],
            SubjectIds = subjects ?? [],
            People = count.People,
            Computed = true,
        };
    }

    private static void Validate(BreachIncident draft, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            problems.Add("'title' is required (a short name for the register)");
        }

        if (draft.AwareAt == default)
        {
            problems.Add("'aware_at' is required: when the business became aware of the incident (知った時), day 1 of the deadlines");
        }
        else if (draft.AwareAt > now.AddMinutes(5))
        {
            problems.Add("'aware_at' lies in the future");
        }
        else if (draft.AwareAt.Year is < JapaneseHolidays.FirstYear or > JapaneseHolidays.LastYear - 1)
        {
            problems.Add($"'aware_at' must lie between {JapaneseHolidays.FirstYear} and {JapaneseHolidays.LastYear - 1}");
        }

        if (draft.OccurredAt is { } occurred && (occurred > draft.AwareAt || (draft.DetectedAt is { } d && occurred > d)))
        {
            problems.Add("'occurred_at' must not be later than 'detected_at' and 'aware_at'");
        }

        if (draft.DetectedAt is { } detected && detected > now.AddMinutes(5))
        {
            problems.Add("'detected_at' lies in the future");
        }

        foreach (var (name, value) in new[]
        {
            ("title", draft.Title), ("summary", draft.Summary), ("cause", draft.Cause), ("secondary_harm", draft.SecondaryHarm),
            ("response_to_individuals", draft.ResponseToIndividuals), ("public_announcement", draft.PublicAnnouncement),
            ("prevention", draft.Prevention), ("other", draft.Other), ("contact_point", draft.ContactPoint), ("entrusting_business", draft.EntrustingBusiness),
        })
        {
            CheckText(problems, name, value);
        }

        if (draft.ActingAsContractor && string.IsNullOrWhiteSpace(draft.EntrustingBusiness))
        {
            problems.Add("a contractor's incident names the entrusting business ('entrusting_business', 委託元)");
        }

        if (!draft.ActingAsContractor && (draft.EntrustingBusiness is not null || draft.EntrustingBusinessToldAt is not null))
        {
            problems.Add("'entrusting_business' applies only when the business acts as a contractor ('acting_as_contractor': true)");
        }

        var blank = draft.Items.Where(i => string.IsNullOrWhiteSpace(i.Type)).ToList();
        if (blank.Count > 0)
        {
            problems.Add("an item type is blank");
        }

        switch (draft.Scope)
        {
            case LeakScope.Subjects when draft.SubjectIds.Count == 0:
                problems.Add("the subjects scope names at least one subject id ('subject_ids')");
                break;
            case LeakScope.Holders when draft.Items.Count == 0:
                problems.Add("the holders scope names the leaked item types ('items')");
                break;
            case LeakScope.Manual when draft.Items.Count == 0 || draft.People < 1:
                problems.Add("an incident entered by hand names the leaked item types ('items') and the number of people ('people', 1 or more)");
                break;
        }

        if (draft.Scope != LeakScope.Manual)
        {
            problems.AddRange(draft.Items.Select(i => i.Type.Trim()).Where(t => t.Length > 0 && !ItemTypes.IsKnown(t)).Distinct(StringComparer.Ordinal)
                .Select(t => $"unknown item type '{t}' (the platform's types are entity ids such as {EntityTypes.CreditCard}; use the manual scope for other data)"));
        }

        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The incident cannot be recorded: " + string.Join("; ", problems) + ".");
        }
    }

    private static void CheckText(List<string> problems, string name, string? value)
    {
        if (value is { Length: > MaxText })
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"'{name}' is longer than {MaxText} characters"));
        }
    }

    private async Task<BreachIncident> FindAsync(string incidentId, CancellationToken cancellationToken) =>
        await _store.GetIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no incident '{incidentId}' (see the incident list).");

    private async Task RequireAsync(Caller caller, string what, CancellationToken cancellationToken)
    {
        if (MayManage(caller.Role))
        {
            return;
        }

        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
        throw new PlatformException("forbidden", "Only administrators and privacy officers handle breach incidents (Art. 26).");
    }
}
