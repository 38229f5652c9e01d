using Mamori.Core.Access;

namespace Mamori.Core.Features;

/// <summary>A contractor register entry with its assessment history.</summary>
/// <param name="Entrustment">The entrustment, with its register fields and sub-contractor chain.</param>
/// <param name="Assessments">Its assessments, oldest first.</param>
/// <param name="InForce">Whether the contractor may act now.</param>
/// <param name="AssessmentOverdue">Whether an assessment is due now.</param>
public sealed record ContractorDetails(Entrustment Entrustment, IReadOnlyList<ContractorAssessment> Assessments, bool InForce, bool AssessmentOverdue);
