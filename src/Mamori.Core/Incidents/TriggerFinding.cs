namespace Mamori.Core.Incidents;

/// <summary>One of the four triggers of Rules Art. 7, met or not, and why (Japanese first, English beside it).</summary>
/// <param name="Number">1-4, the item of Rules Art. 7.</param>
/// <param name="Met">True when the incident falls under it.</param>
/// <param name="Reason">Why, in Japanese.</param>
/// <param name="ReasonEn">Why, in English.</param>
public sealed record TriggerFinding(int Number, bool Met, string Reason, string ReasonEn);
