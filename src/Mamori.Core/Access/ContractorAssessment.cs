namespace Mamori.Core.Access;

/// <summary>One assessment of a contractor (監督・点検, Art. 25): when, by whom, the result and when the next is due.</summary>
/// <param name="Id">The assessment's id.</param>
/// <param name="EntrustmentId">The entrustment assessed.</param>
/// <param name="AssessedAt">When the assessment took place.</param>
/// <param name="Result">The result.</param>
/// <param name="Assessor">The user who recorded it.</param>
/// <param name="Notes">Findings (about the contractor's safeguards, never a person's data).</param>
/// <param name="NextDue">When the next assessment is due.</param>
public sealed record ContractorAssessment(string Id, string EntrustmentId, DateTimeOffset AssessedAt, AssessmentResult Result, string Assessor, string Notes, DateTimeOffset NextDue)
{
    /// <summary>Creates an assessment id.</summary>
    public static string NewId() => "V" + Guid.CreateVersion7().ToString("N");
}
