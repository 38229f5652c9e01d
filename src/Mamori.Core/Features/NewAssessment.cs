using Mamori.Core.Access;

namespace Mamori.Core.Features;

/// <summary>An assessment to record (監督・点検, Art. 25).</summary>
/// <param name="Result">The result; <see cref="AssessmentResult.Unsatisfactory"/> suspends the contractor's access.</param>
/// <param name="Notes">Findings about the contractor's safeguards (no personal values).</param>
/// <param name="AssessedAt">When it took place; null for now.</param>
/// <param name="NextDue">When the next one is due; null for a year after it.</param>
public sealed record NewAssessment(AssessmentResult Result, string Notes, DateTimeOffset? AssessedAt = null, DateTimeOffset? NextDue = null);
