using System.Globalization;

namespace Mamori.Evaluation.Scoring;

/// <summary>
/// A minimum F1 for an entity id or group under a match mode, written <c>KEY[@exact|@overlap]=VALUE</c>
/// (exact by default), e.g. <c>structured=0.97</c>, <c>JP_ADDRESS@overlap=0.90</c>.
/// </summary>
/// <param name="Key">An entity id, <c>structured</c> or <c>overall</c>.</param>
/// <param name="Mode">The match mode the F1 is taken from.</param>
/// <param name="MinF1">The smallest acceptable F1.</param>
public sealed record F1Target(string Key, MatchMode Mode, double MinF1)
{
    /// <summary>The targets the project has set for the holdout corpus (all exact-span).</summary>
    public static IReadOnlyList<F1Target> ProjectTargets { get; } = Parse("structured=0.97,JP_ADDRESS=0.90,PERSON_NAME=0.85");

    /// <summary>Parses a comma-separated list of targets.</summary>
    /// <param name="spec">e.g. <c>structured=0.97,JP_ADDRESS=0.90,PERSON_NAME@overlap=0.85</c>.</param>
    /// <exception cref="FormatException">A part is not <c>KEY[@MODE]=NUMBER</c> with a number in [0,1].</exception>
    public static List<F1Target> Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var targets = new List<F1Target>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0
                || !double.TryParse(part[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || value is < 0 or > 1)
            {
                throw new FormatException($"'{part}' is not KEY[@exact|@overlap]=F1 with F1 between 0 and 1.");
            }

            var key = part[..equals];
            var mode = MatchMode.Exact;
            var at = key.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                mode = key[(at + 1)..].ToLowerInvariant() switch
                {
                    "exact" => MatchMode.Exact,
                    "overlap" => MatchMode.Overlap,
                    _ => throw new FormatException($"'{part}': the match mode must be exact or overlap."),
                };
                key = key[..at];
            }

            targets.Add(new F1Target(key, mode, value));
        }

        return targets;
    }

    /// <summary>Checks the target against a report.</summary>
    /// <param name="report">The evaluation report.</param>
    /// <returns>The F1 found (null when the key has no gold and no finding) and whether the target is met.</returns>
    public (double? F1, bool Met) Check(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score(Key, Mode);

        // A key without gold entities cannot show anything: that is a failed target, not a pass.
        var f1 = score is null || score.Gold == 0 ? null : score.F1;
        return (f1, f1 >= MinF1);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key}@{Mode.ToString().ToLowerInvariant()} >= {MinF1:0.00}");
}
