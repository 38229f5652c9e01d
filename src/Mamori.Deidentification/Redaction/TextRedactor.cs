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
    public string Redact(string text, string? fieldName = null, RedactionSummary? summary = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = _detector.Detect(text, fieldName);
        if (findings.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            if (finding.Start < position || finding.Category == PiiCategory.NotPersonal)
            {
                continue; // overlapping special-care span already rewritten, or nothing personal to remove
            }

            builder.Append(text, position, finding.Start - position);
            var op = Profile.For(finding.Type);
            builder.Append(op.Apply(text.Substring(finding.Start, finding.Length), new OperatorContext(finding.Type)));
            summary?.Add(finding.Type, op.Name);
            position = finding.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
