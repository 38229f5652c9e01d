namespace Mamori.Scanning;

/// <summary>How a scan walks files and tables. Detection settings live in the detector's own options.</summary>
public sealed record ScanOptions
{
    /// <summary>The default <see cref="SampleRows"/>.</summary>
    public const int DefaultSampleRows = 1000;

    /// <summary>The default <see cref="TextChunkChars"/> (about 1 MB of text).</summary>
    public const int DefaultTextChunkChars = 1 << 16;

    /// <summary>Rows sampled per database table (SQLite, PostgreSQL). Default 1000.</summary>
    public int SampleRows { get; init; } = DefaultSampleRows;

    /// <summary>Files (and chunks of a large text file) scanned at once. Default <see cref="Environment.ProcessorCount"/>.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Text files are read in blocks of about this many characters, cut at a line end, so memory stays
    /// bounded whatever the file size. A line longer than twice this is cut. Default 1 Mi characters.
    /// </summary>
    public int TextChunkChars { get; init; } = DefaultTextChunkChars;

    /// <summary>Share of a column's non-empty sampled values that must hold one entity type for the column to take that type. Default 0.6.</summary>
    public double ColumnValueThreshold { get; init; } = 0.6;

    /// <summary>Whether reports carry the matched values (<c>--show-values</c>). Off by default: only masked previews.</summary>
    public bool ShowValues { get; init; }

    /// <summary>Limits against archive bombs.</summary>
    public ArchiveLimits Archive { get; init; } = new();

    /// <summary>Where archive entries are extracted while scanned; null for the system temporary folder.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>Directory names never descended into (version control metadata). Default: .git, .hg, .svn.</summary>
    public IReadOnlyCollection<string> SkipDirectories { get; init; } = [".git", ".hg", ".svn"];
}
