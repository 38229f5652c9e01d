using Mamori.Detection;
using Mamori.Scanning.Formats;

namespace Mamori.Scanning.Records;

/// <summary>What one scanned file (or archive entry, or database table) held. Emitted after its other records.</summary>
/// <param name="Path">The path.</param>
/// <param name="Format">How it was read.</param>
public sealed record FileSummary(string Path, FileFormat Format) : ScanRecord(Path)
{
    /// <summary>The text encoding found (e.g. <c>shift_jis</c>), for text formats.</summary>
    public string? Encoding { get; init; }

    /// <summary>Number of findings.</summary>
    public int Findings { get; init; }

    /// <summary>Findings per APPI category.</summary>
    public IReadOnlyDictionary<PiiCategory, int> FindingsByCategory { get; init; } = new Dictionary<PiiCategory, int>();

    /// <summary>Findings per entity id.</summary>
    public IReadOnlyDictionary<string, int> FindingsByType { get; init; } = new Dictionary<string, int>();

    /// <summary>Classified columns per APPI category.</summary>
    public IReadOnlyDictionary<PiiCategory, int> ColumnsByCategory { get; init; } = new Dictionary<PiiCategory, int>();

    /// <summary>Number of classified columns.</summary>
    public int Columns { get; init; }

    /// <summary>True when a table in it is a personal information database (個人情報データベース等).</summary>
    public bool PersonalInformationDatabase { get; init; }

    /// <summary>Error records for this path.</summary>
    public int Errors { get; init; }

    /// <summary>True when the file was not read (binary data).</summary>
    public bool Skipped { get; init; }

    /// <summary>The risk level (see <see cref="RiskRule"/>).</summary>
    public RiskLevel Risk { get; init; }

    /// <summary>A few masked examples per entity id.</summary>
    public IReadOnlyList<MaskedExample> Examples { get; init; } = [];
}
