namespace Mamori.Core.Incidents;

/// <summary>
/// The clocks of an incident, as Japanese calendar days counted from the day the business became aware of it (day 1).
/// </summary>
/// <param name="AwareDate">The day of awareness in Japan (day 1).</param>
/// <param name="Today">Today in Japan, for the days left.</param>
/// <param name="Applies">True when a report (or, for a contractor, a notice to the entrusting business) is required.</param>
/// <param name="PreliminaryAim">Day 3: the early end of the PPC's "about 3 to 5 days" for the preliminary report (guidance).</param>
/// <param name="PreliminaryGuidance">Day 5: the late end of that guidance; "promptly" is the legal duty (Rules Art. 8(1)).</param>
/// <param name="FinalDays">30, or 60 for trigger 3 (Rules Art. 8(2)); 0 when no report is required.</param>
/// <param name="FinalLastDay">Day 30 (or 60) before any move.</param>
/// <param name="FinalDue">The final report's deadline: <paramref name="FinalLastDay"/>, or the next business day when that is a Saturday, Sunday, holiday or 29 Dec-3 Jan.</param>
/// <param name="FinalMovedBecause">Why the deadline moved (e.g. 日曜日, 年末年始, 振替休日), or null.</param>
public sealed record BreachDeadlines(
    DateOnly AwareDate, DateOnly Today, bool Applies, DateOnly PreliminaryAim, DateOnly PreliminaryGuidance, int FinalDays,
    DateOnly? FinalLastDay, DateOnly? FinalDue, string? FinalMovedBecause)
{
    /// <summary>Days from today to the preliminary guidance date (negative: past it).</summary>
    public int PreliminaryDaysLeft => PreliminaryGuidance.DayNumber - Today.DayNumber;

    /// <summary>Days from today to the final report's deadline (negative: overdue), or null.</summary>
    public int? FinalDaysLeft => FinalDue is { } due ? due.DayNumber - Today.DayNumber : null;
}
