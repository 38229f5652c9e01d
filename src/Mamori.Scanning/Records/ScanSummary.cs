using Mamori.Detection;

namespace Mamori.Scanning.Records;

/// <summary>Totals of a whole scan.</summary>
public sealed record ScanSummary
{
    /// <summary>Files (and archive entries, database tables) scanned.</summary>
    public int Files { get; init; }

    /// <summary>Files with at least one finding or classified column.</summary>
    public int FilesWithFindings { get; init; }

    /// <summary>Number of findings.</summary>
    public long Findings { get; init; }

    /// <summary>Findings per APPI category.</summary>
    public IReadOnlyDictionary<PiiCategory, long> FindingsByCategory { get; init; } = new Dictionary<PiiCategory, long>();

    /// <summary>Findings per entity id.</summary>
    public IReadOnlyDictionary<string, long> FindingsByType { get; init; } = new Dictionary<string, long>();

    /// <summary>Classified columns.</summary>
    public int Columns { get; init; }

    /// <summary>Personal information databases flagged.</summary>
    public int Databases { get; init; }

    /// <summary>Error records.</summary>
    public int Errors { get; init; }

    /// <summary>The highest risk of any file.</summary>
    public RiskLevel Risk { get; init; }

    /// <summary>Wall-clock duration of the scan.</summary>
    public TimeSpan Elapsed { get; init; }
}
