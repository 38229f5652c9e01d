namespace Mamori.Core.Incidents;

/// <summary>
/// A breach incident (漏えい等事案, Art. 26; Rules Art. 7-10): what happened, when the business became aware of it
/// (知った時, the start of every clock), what leaked and for how many people, why, and what was done. It holds no
/// personal value: subjects are named by their platform ids, data by item type, and the free texts describe the
/// incident, not the people.
/// </summary>
/// <param name="Id">The incident's id (<c>B…</c>).</param>
/// <param name="Title">A short name for the register (件名).</param>
/// <param name="Kind">Leak, loss or damage.</param>
/// <param name="AwareAt">When the business (any of its departments) became aware of it: day 1 of the deadlines.</param>
public sealed record BreachIncident(string Id, string Title, BreachKind Kind, DateTimeOffset AwareAt)
{
    /// <summary>True when it only may have happened (発生したおそれ); the duties apply all the same.</summary>
    public bool Suspected { get; init; }

    /// <summary>When it happened (or may have), when known.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>When it was first detected (by anyone, e.g. a monitoring alert or a customer's call), when different from awareness.</summary>
    public DateTimeOffset? DetectedAt { get; init; }

    /// <summary>概要: what happened, in a few sentences.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>原因: the cause, as far as known.</summary>
    public string Cause { get; init; } = string.Empty;

    /// <summary>The unlawful act behind it, if any (trigger 3).</summary>
    public UnlawfulAct UnlawfulAct { get; init; }

    /// <summary>
    /// True when the data concerned was being collected (取得しようとしている個人情報, e.g. typed into a skimmed form) and
    /// not yet in the database: since 2024-04-01 this counts for trigger 3.
    /// </summary>
    public bool DataBeingCollected { get; init; }

    /// <summary>How the leaked data was protected.</summary>
    public LeakedDataProtection Protection { get; init; }

    /// <summary>
    /// True when the privacy officer judged that misuse may cause financial damage although no card or bank item leaked
    /// (e.g. log-in ids with passwords of a service that can pay): trigger 2.
    /// </summary>
    public bool FinancialRisk { get; init; }

    /// <summary>How people and items were determined.</summary>
    public LeakScope Scope { get; init; } = LeakScope.Manual;

    /// <summary>The platform subjects concerned (scope <see cref="LeakScope.Subjects"/>).</summary>
    public IReadOnlyList<string> SubjectIds { get; init; } = [];

    /// <summary>The item types concerned, with their class and number of people.</summary>
    public IReadOnlyList<LeakedItem> Items { get; init; } = [];

    /// <summary>本人の数: how many people (a snapshot computed when the incident was recorded, or entered by hand).</summary>
    public long People { get; init; }

    /// <summary>True when <see cref="People"/> and the item counts were computed from the platform.</summary>
    public bool Computed { get; init; }

    /// <summary>二次被害又はそのおそれの有無及びその内容.</summary>
    public string SecondaryHarm { get; init; } = string.Empty;

    /// <summary>本人への対応の実施状況.</summary>
    public string ResponseToIndividuals { get; init; } = string.Empty;

    /// <summary>公表の実施状況.</summary>
    public string PublicAnnouncement { get; init; } = string.Empty;

    /// <summary>再発防止のための措置.</summary>
    public string Prevention { get; init; } = string.Empty;

    /// <summary>その他参考となる事項.</summary>
    public string Other { get; init; } = string.Empty;

    /// <summary>Where affected people can ask (窓口), for the notice and the announcement.</summary>
    public string ContactPoint { get; init; } = string.Empty;

    /// <summary>True when notifying the people is impossible (no contact details): a public announcement takes its place (Art. 26(2) proviso).</summary>
    public bool NoticeImpossible { get; init; }

    /// <summary>True when the business handles the data as a contractor (委託先) for another business.</summary>
    public bool ActingAsContractor { get; init; }

    /// <summary>The entrusting business (委託元), when acting as a contractor.</summary>
    public string? EntrustingBusiness { get; init; }

    /// <summary>When the entrusting business was told (Art. 26(1) proviso; Rules Art. 9).</summary>
    public DateTimeOffset? EntrustingBusinessToldAt { get; init; }

    /// <summary>Where it stands.</summary>
    public IncidentStatus Status { get; init; }

    /// <summary>When the preliminary report (速報) was sent.</summary>
    public DateTimeOffset? PreliminaryReportedAt { get; init; }

    /// <summary>When the final report (確報) was sent.</summary>
    public DateTimeOffset? FinalReportedAt { get; init; }

    /// <summary>When the people were notified (or the announcement made).</summary>
    public DateTimeOffset? NoticesSentAt { get; init; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who recorded it (user id).</summary>
    public string CreatedBy { get; init; } = string.Empty;

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Creates an incident id.</summary>
    public static string NewId() => "B" + Guid.CreateVersion7().ToString("N");
}
