using System.Text;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation;

/// <summary>
/// Builds a document's text while recording the exact span of every entity and distractor appended,
/// so labels can never drift from the text.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<GoldEntity> _entities = [];
    private readonly List<DistractorSpan> _distractors = [];

    /// <summary>Characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends plain text (no label).</summary>
    /// <param name="text">The text.</param>
    public DocumentBuilder Add(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends a line break.</summary>
    public DocumentBuilder Line()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Appends plain text and a line break.</summary>
    /// <param name="text">The text.</param>
    public DocumentBuilder Line(string text) => Add(text).Line();

    /// <summary>Appends <paramref name="value"/> and labels it as an entity of <paramref name="type"/>.</summary>
    /// <param name="type">The entity id.</param>
    /// <param name="value">The entity as it appears in the text (non-empty).</param>
    public DocumentBuilder Entity(string type, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _entities.Add(new GoldEntity(_text.Length, value.Length, type));
        _text.Append(value);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> and records it as a distractor of <paramref name="kind"/>.</summary>
    /// <param name="kind">The distractor kind.</param>
    /// <param name="value">The look-alike as it appears in the text (non-empty).</param>
    public DocumentBuilder Distractor(string kind, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _distractors.Add(new DistractorSpan(_text.Length, value.Length, kind));
        _text.Append(value);
        return this;
    }

    /// <summary>Finishes the document.</summary>
    /// <param name="doc">Its id.</param>
    /// <param name="kind">Its template family.</param>
    public LabelledDocument Build(string doc, string kind)
    {
        var text = _text.ToString();
        return new LabelledDocument(
            doc,
            kind,
            text,
            [.. _entities.OrderBy(e => e.Start)],
            [.. _distractors.OrderBy(d => d.Start)]);
    }
}
