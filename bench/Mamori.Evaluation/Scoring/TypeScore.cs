namespace Mamori.Evaluation.Scoring;

/// <summary>
/// Counts and scores for one entity id (or a group such as <c>structured</c>) under one match mode.
/// Precision = TP / (TP + FP), undefined (null) without findings; recall = TP / (TP + FN), undefined
/// without gold; F1 = 2TP / (2TP + FP + FN), the harmonic mean of the two where both are defined,
/// 0 when one of them is 0, and undefined only when there is neither gold nor finding.
/// </summary>
/// <param name="Type">The entity id or group name.</param>
/// <param name="Gold">Gold entities (TP + FN).</param>
/// <param name="Found">Findings (TP + FP).</param>
/// <param name="TruePositives">Findings matched to a gold entity.</param>
/// <param name="FalsePositives">Findings matched to none.</param>
/// <param name="FalseNegatives">Gold entities no finding matched.</param>
public sealed record TypeScore(string Type, int Gold, int Found, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), or null without findings.</summary>
    public double? Precision => Found == 0 ? null : (double)TruePositives / Found;

    /// <summary>TP / (TP + FN), or null without gold entities.</summary>
    public double? Recall => Gold == 0 ? null : (double)TruePositives / Gold;

    /// <summary>2TP / (2TP + FP + FN), or null when there is neither gold nor finding.</summary>
    public double? F1 => Gold + Found == 0 ? null : 2.0 * TruePositives / ((2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Adds two counts (micro-averaging).</summary>
    /// <param name="type">The group's name.</param>
    /// <param name="scores">The scores to add.</param>
    public static TypeScore Sum(string type, IEnumerable<TypeScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        return new TypeScore(
            type,
            list.Sum(s => s.Gold),
            list.Sum(s => s.Found),
            list.Sum(s => s.TruePositives),
            list.Sum(s => s.FalsePositives),
            list.Sum(s => s.FalseNegatives));
    }
}
