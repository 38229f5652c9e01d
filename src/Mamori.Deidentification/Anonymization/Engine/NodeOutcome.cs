namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>The verdict on one transformation.</summary>
/// <param name="Anonymous">k (and l) reached with at most the allowed rows suppressed.</param>
/// <param name="Suppressed">Rows in classes that miss k or l (0 when the grouping was abandoned early).</param>
/// <param name="Loss">The loss metric with suppression; NaN when not anonymous.</param>
internal readonly record struct NodeOutcome(bool Anonymous, long Suppressed, double Loss);
