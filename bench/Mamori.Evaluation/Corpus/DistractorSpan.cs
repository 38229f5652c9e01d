using System.Text.Json.Serialization;

namespace Mamori.Evaluation.Corpus;

/// <summary>
/// A span that looks like personal information but is not (an order number, a JAN code, a price…).
/// It is not an entity: a finding on it is a false positive, which the evaluator attributes to its kind.
/// </summary>
/// <param name="Start">0-based offset of the first code unit.</param>
/// <param name="Length">Length in code units.</param>
/// <param name="Kind">What it is, e.g. <c>jan_code</c> (see <see cref="DistractorKinds"/>).</param>
public sealed record DistractorSpan(int Start, int Length, string Kind)
{
    /// <summary>Offset just past the last code unit.</summary>
    [JsonIgnore]
    public int End => Start + Length;
}
