namespace Mamori.Core.Access;

/// <summary>
/// An entrustment (委託, Art. 25): what a contractor may handle, for which purposes, until when. A
/// contractor user bound to it sees nothing else. As an entry of the contractor register (委託先管理台帳) it
/// also holds the processing entrusted, the contract dates, the supervision (監督・点検) dates and the
/// sub-contractor chain (再委託先).
/// </summary>
/// <param name="Id">The entrustment's id.</param>
/// <param name="Contractor">The contractor's name (e.g. a call centre or a delivery company).</param>
/// <param name="ItemTypes">The item types it may see.</param>
/// <param name="PurposeCodes">The purposes it works for.</param>
/// <param name="ValidUntil">When the entrustment ends (the contract end).</param>
public sealed record Entrustment(string Id, string Contractor, IReadOnlyList<string> ItemTypes, IReadOnlyList<string> PurposeCodes, DateTimeOffset ValidUntil)
{
    /// <summary>The contractor's country (for Art. 28 and the security measures to publish).</summary>
    public string Country { get; init; } = "JP";

    /// <summary>The processing entrusted (委託業務の内容), e.g. 「お問い合わせ電話への一次対応」. Empty for entrustments made before the register.</summary>
    public string ProcessingContent { get; init; } = string.Empty;

    /// <summary>When the contract was concluded and access may begin; null when not recorded (access from creation).</summary>
    public DateTimeOffset? ContractDate { get; init; }

    /// <summary>Active, suspended (e.g. after an unsatisfactory assessment) or ended.</summary>
    public EntrustmentStatus Status { get; init; } = EntrustmentStatus.Active;

    /// <summary>When the contract was ended early (status <see cref="EntrustmentStatus.Ended"/>), else null.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When the contractor was last assessed (監督・点検), else null.</summary>
    public DateTimeOffset? LastAssessedAt { get; init; }

    /// <summary>The result of the last assessment, else null.</summary>
    public AssessmentResult? LastAssessmentResult { get; init; }

    /// <summary>When the next assessment is due; null means never scheduled, which counts as due.</summary>
    public DateTimeOffset? NextAssessmentDue { get; init; }

    /// <summary>The sub-contractor chain (再委託先), in order: each with its country and whether the business approved it.</summary>
    public IReadOnlyList<SubContractor> SubContractors { get; init; } = [];

    /// <summary>
    /// True while the contractor may act: active (neither suspended nor ended), the contract begun (<see cref="ContractDate"/>)
    /// and not past its end (<see cref="ValidUntil"/>).
    /// </summary>
    /// <param name="now">The current time.</param>
    public bool IsInForce(DateTimeOffset now) =>
        Status == EntrustmentStatus.Active && ValidUntil >= now && (ContractDate is not { } start || start <= now);

    /// <summary>True when an assessment is due (not ended, and the next assessment date has passed or was never set).</summary>
    /// <param name="now">The current time.</param>
    public bool AssessmentOverdue(DateTimeOffset now) =>
        Status != EntrustmentStatus.Ended && (NextAssessmentDue is not { } due || due < now);

    /// <summary>Creates an entrustment id.</summary>
    public static string NewId() => "N" + Guid.CreateVersion7().ToString("N");
}
