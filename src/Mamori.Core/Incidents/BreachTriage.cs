namespace Mamori.Core.Incidents;

/// <summary>The result of checking an incident against the four triggers of Rules Art. 7 and what follows from it.</summary>
/// <param name="Triggers">The four findings, in order 1-4.</param>
/// <param name="Duty">What the business must do.</param>
/// <param name="NoticeRequired">True when the people must be notified (Art. 26(2)); false for a contractor that told the entrusting business.</param>
/// <param name="PublicAnnouncementInstead">True when notice is required but impossible, so a public announcement takes its place.</param>
/// <param name="FinalReportDays">30, or 60 when trigger 3 is met (Rules Art. 8(2)); 0 when no report is required.</param>
/// <param name="Conclusion">The conclusion in Japanese.</param>
/// <param name="ConclusionEn">The conclusion in English.</param>
public sealed record BreachTriage(
    IReadOnlyList<TriggerFinding> Triggers, BreachDuty Duty, bool NoticeRequired, bool PublicAnnouncementInstead, int FinalReportDays,
    string Conclusion, string ConclusionEn)
{
    /// <summary>The numbers of the triggers met, e.g. [1, 3].</summary>
    public IReadOnlyList<int> Met => [.. Triggers.Where(t => t.Met).Select(t => t.Number)];

    /// <summary>True when at least one trigger is met.</summary>
    public bool Reportable => Triggers.Any(t => t.Met);
}
