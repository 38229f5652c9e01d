using System.Text.Json.Serialization;

namespace Mamori.Evaluation.Corpus;

/// <summary>One line of a corpus's <c>labels.jsonl</c>: a document, its gold entities and its distractors.</summary>
/// <param name="Doc">Stable document id, e.g. <c>dev-0042</c>.</param>
/// <param name="Kind">The template family (see <see cref="DocumentKinds"/>).</param>
/// <param name="Text">The document text.</param>
/// <param name="Entities">Gold entities, ordered by start.</param>
/// <param name="Distractors">Look-alikes that must not be reported, ordered by start.</param>
public sealed record LabelledDocument(
    string Doc,
    string Kind,
    string Text,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<DistractorSpan> Distractors)
{
    /// <summary>True for ordinary prose that holds no personal data at all (any finding in it is wrong).</summary>
    [JsonIgnore]
    public bool IsNoPii => Kind == DocumentKinds.NoPiiProse;
}
