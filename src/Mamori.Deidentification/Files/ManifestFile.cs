namespace Mamori.Deidentification.Files;

/// <summary>One file of a redaction run.</summary>
public sealed record ManifestFile
{
    /// <summary>The input, relative to the input root.</summary>
    public required string Input { get; init; }

    /// <summary>The output, relative to the output folder; null when nothing was written.</summary>
    public string? Output { get; init; }

    /// <summary>The format handled.</summary>
    public required string Format { get; init; }

    /// <summary><c>written</c>, <c>skipped</c> (format not rewritable) or <c>failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Why the file was not written.</summary>
    public string? Problem { get; init; }

    /// <summary>Values transformed per entity id and operator.</summary>
    public IReadOnlyList<ManifestCount> Counts { get; init; } = [];

    /// <summary>Where FF1 replacements are, for <c>mamori restore</c>.</summary>
    public IReadOnlyList<FpeLocation> Fpe { get; init; } = [];
}
