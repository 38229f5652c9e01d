using Mamori.Deidentification.Redaction;

namespace Mamori.Deidentification.Files;

/// <summary>The outcome of redacting one file.</summary>
/// <param name="Input">The file read.</param>
/// <param name="Output">The file written, or null when it was skipped or failed.</param>
/// <param name="Format">The format handled (<c>text</c>, <c>csv</c>, <c>tsv</c>, <c>json</c>, <c>jsonl</c>, <c>xlsx</c>, <c>docx</c>).</param>
/// <param name="Summary">Values transformed per entity type and operator.</param>
public sealed record FileRedaction(string Input, string? Output, string Format, RedactionSummary Summary)
{
    /// <summary>Why the file was not written (unsupported format, damaged file), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>Where FF1 replacements landed (for restoring).</summary>
    public IReadOnlyList<FpeLocation> Fpe { get; init; } = [];
}
