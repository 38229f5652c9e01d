namespace Mamori.Scanning;

/// <summary>
/// Limits that keep a ZIP bomb from exhausting disk, memory or time. Sizes are counted from the bytes
/// actually inflated, never from the sizes an archive claims. An entry or archive past a limit is
/// reported as an error record and skipped; the scan goes on.
/// </summary>
public sealed record ArchiveLimits
{
    /// <summary>Most bytes inflated from one top-level archive and everything nested in it. Default 4 GiB.</summary>
    public long MaxTotalBytes { get; init; } = 4L << 30;

    /// <summary>Largest ratio of inflated to compressed size of one entry (entries under 1 MiB are exempt). Default 200.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Bytes an entry may inflate to before the ratio is checked. Default 1 MiB.</summary>
    public long RatioExemptBytes { get; init; } = 1L << 20;

    /// <summary>Deepest nesting of archives in archives (the top-level archive is depth 1). Default 4.</summary>
    public int MaxDepth { get; init; } = 4;

    /// <summary>Most entries read from one archive. Default 100,000.</summary>
    public int MaxEntries { get; init; } = 100_000;
}
