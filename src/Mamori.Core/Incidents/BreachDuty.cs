namespace Mamori.Core.Incidents;

/// <summary>What the business must do about an incident under Art. 26.</summary>
public enum BreachDuty
{
    /// <summary>No trigger is met: record it and prevent a recurrence (Art. 23); no report is required.</summary>
    None,

    /// <summary>Report to the PPC (速報 and 確報, Art. 26(1)) and notify the people (Art. 26(2)).</summary>
    ReportToPpc,

    /// <summary>As a contractor, tell the entrusting business promptly instead of reporting (Art. 26(1) proviso; Rules Art. 9).</summary>
    NotifyEntrustingBusiness,
}
