namespace Mamori.Evaluation.Scoring;

/// <summary>A detector's finding reduced to what scoring looks at.</summary>
/// <param name="Start">0-based offset in the document text (UTF-16 code units).</param>
/// <param name="Length">Length in code units.</param>
/// <param name="Type">The entity id reported.</param>
public readonly record struct PredictedSpan(int Start, int Length, string Type)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;
}
