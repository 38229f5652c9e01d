using System.Text;
using Mamori.Deidentification.Operators;
using Mamori.Detection;

namespace Mamori.Deidentification.Redaction;

/// <summary>
/// Finds personal information in a text with the detector and writes every finding through the
/// profile's operator, keeping the rest of the text as it was. Thread-safe when the detector and
/// operators are.
/// </summary>
public sealed class TextRedactor
{
    private readonly PiiDetector _detector;

    /// <summary>Creates a redactor.</summary>
    /// <param name="detector">Finds what to transform.</param>
    /// <param name="profile">How each entity type is transformed.</param>
    public TextRedactor(PiiDetector detector, RedactionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(profile);
        _detector = detector;
        Profile = profile;
    }

    /// <summary>The profile applied.</summary>
    public RedactionProfile Profile { get; }

    /// <summary>Redacts one text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fieldName">The column or key the text belongs to (context for the detector), or null.</param>
    /// <param name="summary">Receives a count per entity type and operator; may be shared across calls (thread-safe).</param>
    /// <returns>The text with every finding transformed.</returns>
    public string Redact(string text, string? fieldName = null, RedactionSummary? summary = null) =>
        Apply(text, Replacements(text, fieldName, summary), restorable: null);

    /// <summary>Redacts one text and reports where position-restorable (FF1) replacements landed in the output.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fieldName">The column or key, or null.</param>
    /// <param name="summary">Receives counts; may be null.</param>
    /// <param name="restorable">Receives (start, length, type) of FF1 replacements in the returned text.</param>
    /// <returns>The text with every finding transformed.</returns>
    public string Redact(string text, string? fieldName, RedactionSummary? summary, List<(int Start, int Length, string Type)> restorable) =>
        Apply(text, Replacements(text, fieldName, summary), restorable);

    /// <summary>What would be replaced in a text, in order, without building the output (for formats that edit in place).</summary>
    /// <param name="text">The text.</param>
    /// <param name="fieldName">The column or key, or null.</param>
    /// <param name="summary">Receives counts; may be null.</param>
    /// <returns>Non-overlapping replacements ordered by position.</returns>
    public List<Replacement> Replacements(string text, string? fieldName = null, RedactionSummary? summary = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var replacements = new List<Replacement>();
        var position = 0;
        foreach (var finding in _detector.Detect(text, fieldName))
        {
            if (finding.Start < position || finding.Category == PiiCategory.NotPersonal)
            {
                continue; // inside a special-care span already replaced, or nothing personal to remove
            }

            // A special-care term with the words stating the same fact after it (糖尿病で他院に通院) is replaced up to
            // the end of the statement: left behind, 他院に通院 would still say the person is treated.
            var length = (finding.StatementEnd ?? finding.End) - finding.Start;
            var op = Profile.For(finding.Type);
            var replacement = op.Apply(text.Substring(finding.Start, length), new OperatorContext(finding.Type));
            replacements.Add(new Replacement(finding.Start, length, finding.Type, op.Name, replacement));
            summary?.Add(finding.Type, op.Name);
            position = finding.Start + length;
        }

        return replacements;
    }

    private static string Apply(string text, List<Replacement> replacements, List<(int Start, int Length, string Type)>? restorable)
    {
        if (replacements.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var replacement in replacements)
        {
            builder.Append(text, position, replacement.Start - position);
            if (restorable is not null && replacement.RestorableByPosition)
            {
                restorable.Add((builder.Length, replacement.Text.Length, replacement.Type));
            }

            builder.Append(replacement.Text);
            position = replacement.Start + replacement.Length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
