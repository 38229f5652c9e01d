namespace Mamori.Core.Consents;

/// <summary>
/// A person's consent to a purpose (and, for provision, a recipient), given or withdrawn. Consents are
/// never edited: a withdrawal is a new record, and the latest record per subject × purpose × recipient decides.
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="SubjectId">Whose consent.</param>
/// <param name="PurposeCode">For which purpose.</param>
/// <param name="Given">True for given, false for withdrawn.</param>
/// <param name="At">When.</param>
/// <param name="Channel">How it was expressed (<c>web-form</c>, <c>paper</c>, <c>phone</c>, <c>api</c>).</param>
/// <param name="NoticeId">The notice version shown when consenting.</param>
/// <param name="Evidence">What proves it (a form submission id, a scanned document reference).</param>
public sealed record ConsentRecord(string Id, string SubjectId, string PurposeCode, bool Given, DateTimeOffset At, string Channel, string? NoticeId, string? Evidence)
{
    /// <summary>The third party the consent concerns (Art. 27), or null for the business's own use.</summary>
    public string? RecipientId { get; init; }

    /// <summary>Creates a consent id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('C');
}
