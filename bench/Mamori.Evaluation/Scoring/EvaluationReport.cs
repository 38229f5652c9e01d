namespace Mamori.Evaluation.Scoring;

/// <summary>The result of scoring a detector on a corpus.</summary>
/// <param name="Corpus">The corpus path.</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="Bytes">UTF-8 bytes of their text.</param>
/// <param name="Seconds">Time the detector took over the corpus.</param>
/// <param name="Exact">Per-type scores under exact matching, then <c>structured</c> and <c>overall</c>.</param>
/// <param name="Overlap">The same under overlap matching.</param>
/// <param name="NoPiiDocuments">Documents of ordinary prose with no personal data.</param>
/// <param name="NoPiiFindings">Findings in them (every one is wrong).</param>
/// <param name="NoPiiFindingsByType">Those findings per entity id.</param>
/// <param name="FalsePositivesByDistractor">Overlap-mode false positives per distractor kind they hit (<c>(other text)</c> when none).</param>
/// <param name="Errors">Error samples, when asked for.</param>
public sealed record EvaluationReport(
    string Corpus,
    int Documents,
    long Bytes,
    double Seconds,
    IReadOnlyList<TypeScore> Exact,
    IReadOnlyList<TypeScore> Overlap,
    int NoPiiDocuments,
    int NoPiiFindings,
    IReadOnlyDictionary<string, int> NoPiiFindingsByType,
    IReadOnlyDictionary<string, int> FalsePositivesByDistractor,
    IReadOnlyList<ErrorSample> Errors)
{
    /// <summary>The score of an entity id or group under a match mode, or null when it was not scored.</summary>
    /// <param name="type">An entity id, <c>structured</c> or <c>overall</c>.</param>
    /// <param name="mode">The match mode.</param>
    public TypeScore? Score(string type, MatchMode mode) =>
        (mode == MatchMode.Exact ? Exact : Overlap).FirstOrDefault(s => s.Type == type);
}
