using Mamori.Detection;

namespace Mamori.Scanning.Records;

/// <summary>A table column (CSV, spreadsheet, JSON records, database table) classified as holding one kind of personal information.</summary>
/// <param name="Path">The file, or <c>postgres://…</c> table.</param>
/// <param name="Field">The header, JSON property path or <c>table.column</c>.</param>
/// <param name="Type">The entity id.</param>
/// <param name="Category">The APPI category.</param>
/// <param name="Confidence">Score in [0,1].</param>
public sealed record ColumnClassification(string Path, string Field, string Type, PiiCategory Category, double Confidence)
    : ScanRecord(Path)
{
    /// <summary>The worksheet or database table, where the path alone does not say.</summary>
    public string? Table { get; init; }

    /// <summary>What the classification rests on.</summary>
    public ColumnEvidence Evidence { get; init; }

    /// <summary>Non-empty values sampled.</summary>
    public int SampledValues { get; init; }

    /// <summary>Share of the sampled values with a finding of <see cref="Type"/>.</summary>
    public double ValueShare { get; init; }
}
