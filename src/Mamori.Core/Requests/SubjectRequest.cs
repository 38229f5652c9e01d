namespace Mamori.Core.Requests;

/// <summary>
/// A data-subject request (Art. 32-39) and every step of it, each with its time: received (channel), identity
/// verified (method; for an agent, how the agent's authority was checked), fee, answered (fulfilled or refused
/// with the reason). Holds no personal value: the subject is referred to by id, notes are the handler's own words.
/// </summary>
/// <param name="Id">The request's id (<c>Q</c> + a time-ordered id).</param>
/// <param name="SubjectId">Whose data.</param>
/// <param name="Type">What is asked.</param>
/// <param name="Channel">How it arrived (<c>web-form</c>, <c>mail</c>, <c>counter</c>, <c>phone</c>…).</param>
/// <param name="ReceivedAt">When it was received; the response clock starts here.</param>
/// <param name="DueAt">When the answer is due (received + the configured response time).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ReceivedBy">The user who recorded it.</param>
public sealed record SubjectRequest(
    string Id, string SubjectId, RequestType Type, string Channel, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, RequestStatus Status, string ReceivedBy)
{
    /// <summary>True when an agent (代理人: a legal representative or a person with power of attorney) asks on the person's behalf.</summary>
    public bool ByAgent { get; init; }

    /// <summary>How the person's identity was verified (e.g. <c>運転免許証の写し</c>, <c>会員ログイン</c>).</summary>
    public string? VerificationMethod { get; init; }

    /// <summary>For an agent request, how the agent's authority was verified (e.g. <c>委任状</c>, <c>戸籍謄本</c>).</summary>
    public string? AgentVerification { get; init; }

    /// <summary>When identity was verified.</summary>
    public DateTimeOffset? VerifiedAt { get; init; }

    /// <summary>Who verified it.</summary>
    public string? VerifiedBy { get; init; }

    /// <summary>The fee in yen (only purpose notification and disclosures may carry one, Art. 38); 0 for none.</summary>
    public int FeeYen { get; init; }

    /// <summary>When the fee was received.</summary>
    public DateTimeOffset? FeePaidAt { get; init; }

    /// <summary>For a disclosure, the method the person chose.</summary>
    public DisclosureFormat? Format { get; init; }

    /// <summary>The item types concerned (for a correction: the ones the person says are wrong); empty for all.</summary>
    public IReadOnlyList<string> ItemTypes { get; init; } = [];

    /// <summary>When it was fulfilled.</summary>
    public DateTimeOffset? FulfilledAt { get; init; }

    /// <summary>When it was refused.</summary>
    public DateTimeOffset? RefusedAt { get; init; }

    /// <summary>Who answered it (fulfilled or refused).</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>Why it was refused.</summary>
    public RefusalReason? RefusalReason { get; init; }

    /// <summary>The handler's note on the refusal or the outcome, without personal values.</summary>
    public string? Note { get; init; }

    /// <summary>What fulfilment did (e.g. <c>2 item(s) corrected</c>), without personal values.</summary>
    public string? Outcome { get; init; }

    /// <summary>When it was answered (fulfilled or refused), if it was.</summary>
    public DateTimeOffset? AnsweredAt => FulfilledAt ?? RefusedAt;

    /// <summary>True while it still waits for an answer.</summary>
    public bool IsOpen => Status is RequestStatus.Received or RequestStatus.Verified;

    /// <summary>True when it is open past its due time.</summary>
    /// <param name="now">The current time.</param>
    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;

    /// <summary>Creates a request id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('Q');
}
