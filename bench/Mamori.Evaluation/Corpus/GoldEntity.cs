using System.Text.Json.Serialization;

namespace Mamori.Evaluation.Corpus;

/// <summary>
/// A labelled entity: the exact span (UTF-16 code units of the document text) and its entity id.
/// </summary>
/// <param name="Start">0-based offset of the first code unit.</param>
/// <param name="Length">Length in code units.</param>
/// <param name="Type">The entity id (Mamori.Detection.EntityTypes).</param>
public sealed record GoldEntity(int Start, int Length, string Type)
{
    /// <summary>Offset just past the last code unit.</summary>
    [JsonIgnore]
    public int End => Start + Length;
}
