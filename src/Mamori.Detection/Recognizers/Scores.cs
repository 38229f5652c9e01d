namespace Mamori.Detection.Recognizers;

/// <summary>
/// How evidence combines into a confidence. A recognizer starts from a base score for the format
/// (raised by a passing checksum) and adds a boost when a context word is near. Scores stay
/// below 1: nothing found by pattern is certain.
/// </summary>
internal static class Scores
{
    public const double Ceiling = 0.99;

    /// <summary>Base score plus the context boost when context is present, capped at <see cref="Ceiling"/>.</summary>
    public static double With(double baseScore, bool hasContext, double boost) =>
        hasContext ? Math.Min(Ceiling, baseScore + boost) : baseScore;
}
