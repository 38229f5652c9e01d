using Mamori.Core.Calendar;

namespace Mamori.Core.Incidents;

/// <summary>
/// The deadlines of Rules Art. 8 as the PPC's guidelines (通則編 3-5-3-3, 3-5-3-4) count them: the day the business
/// became aware (知った日, in Japan's time zone) is day 1; the final report (確報) is due on day 30, or day 60 when the
/// incident falls under trigger 3, and when that day is a Saturday, Sunday, national holiday or in the year-end closure
/// (29 December-3 January) it moves to the next business day. The preliminary report (速報) is due "promptly"; the guidance
/// puts that at about 3-5 days, shown here as day 3 and day 5 — guidance, never moved later for a holiday. A contractor
/// tells the entrusting business on the same prompt clock.
/// </summary>
public static class BreachDeadlineRules
{
    /// <summary>The deadlines of an incident as of <paramref name="now"/>.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="triage">Its triage.</param>
    /// <param name="now">The current time.</param>
    public static BreachDeadlines Compute(BreachIncident incident, BreachTriage triage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(triage);
        var aware = JapaneseBusinessDays.JapanDate(incident.AwareAt);
        var today = JapaneseBusinessDays.JapanDate(now);
        if (triage.Duty != BreachDuty.ReportToPpc)
        {
            return new BreachDeadlines(aware, today, triage.Duty == BreachDuty.NotifyEntrustingBusiness, aware.AddDays(2), aware.AddDays(4), 0, null, null, null);
        }

        var last = aware.AddDays(triage.FinalReportDays - 1);
        var due = JapaneseBusinessDays.DeadlineCountingFirstDay(aware, triage.FinalReportDays);
        string? moved = null;
        if (due != last)
        {
            JapaneseBusinessDays.IsClosed(last, out moved);
        }

        return new BreachDeadlines(aware, today, true, aware.AddDays(2), aware.AddDays(4), triage.FinalReportDays, last, due, moved);
    }
}
