using Mamori.Core.Incidents;

namespace Mamori.Core.Features;

/// <summary>
/// A change to an incident, recorded in its history with a note: what was learned, what was sent. Null leaves a field as
/// it is. Setting when a report or notice was sent moves the status on unless a status is given.
/// </summary>
public sealed record IncidentChange
{
    /// <summary>What happened, for the history (required).</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>The new short name.</summary>
    public string? Title { get; init; }

    /// <summary>概要.</summary>
    public string? Summary { get; init; }

    /// <summary>原因.</summary>
    public string? Cause { get; init; }

    /// <summary>The unlawful act, now known.</summary>
    public UnlawfulAct? UnlawfulAct { get; init; }

    /// <summary>Data being collected was concerned.</summary>
    public bool? DataBeingCollected { get; init; }

    /// <summary>How the data was protected.</summary>
    public LeakedDataProtection? Protection { get; init; }

    /// <summary>Financial damage judged possible.</summary>
    public bool? FinancialRisk { get; init; }

    /// <summary>For incidents entered by hand: the number of people, now known better.</summary>
    public long? People { get; init; }

    /// <summary>二次被害.</summary>
    public string? SecondaryHarm { get; init; }

    /// <summary>本人への対応の実施状況.</summary>
    public string? ResponseToIndividuals { get; init; }

    /// <summary>公表の実施状況.</summary>
    public string? PublicAnnouncement { get; init; }

    /// <summary>再発防止のための措置.</summary>
    public string? Prevention { get; init; }

    /// <summary>その他参考となる事項.</summary>
    public string? Other { get; init; }

    /// <summary>問い合わせ窓口.</summary>
    public string? ContactPoint { get; init; }

    /// <summary>Notice to the people is impossible.</summary>
    public bool? NoticeImpossible { get; init; }

    /// <summary>The new status.</summary>
    public IncidentStatus? Status { get; init; }

    /// <summary>When the preliminary report was sent.</summary>
    public DateTimeOffset? PreliminaryReportedAt { get; init; }

    /// <summary>When the final report was sent.</summary>
    public DateTimeOffset? FinalReportedAt { get; init; }

    /// <summary>When the people were notified or the announcement made.</summary>
    public DateTimeOffset? NoticesSentAt { get; init; }

    /// <summary>When the entrusting business was told (contractors).</summary>
    public DateTimeOffset? EntrustingBusinessToldAt { get; init; }
}
