using Mamori.Detection;

namespace Mamori.Scanning.Records;

/// <summary>
/// Personal information found at a place in a file. <see cref="Line"/> and <see cref="Column"/> are
/// 1-based, in UTF-16 code units of the decoded text. In spreadsheets and database tables, where there
/// is no text file, <see cref="Line"/> is the sheet row (or the sampled row) and <see cref="Column"/>
/// the position inside the cell.
/// </summary>
/// <param name="Path">Where.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (UTF-16 code units).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Type">The entity id.</param>
/// <param name="Category">The APPI category.</param>
/// <param name="Confidence">Score in [0,1].</param>
public sealed record ScanFinding(string Path, int Line, int Column, int Length, string Type, PiiCategory Category, double Confidence)
    : ScanRecord(Path)
{
    /// <summary>1-based data row (after the header) in tables; null in free text.</summary>
    public int? Row { get; init; }

    /// <summary>The column header, JSON property path or <c>table.column</c>; null in free text.</summary>
    public string? Field { get; init; }

    /// <summary>A finer class, e.g. <c>medical_history</c> for special care-required findings.</summary>
    public string? Subcategory { get; init; }

    /// <summary>A masked preview of the value (e.g. <c>090-****-5678</c>, <c>山*</c>).</summary>
    public string? Masked { get; init; }

    /// <summary>The matched value; only set when values are shown on request (<c>--show-values</c>).</summary>
    public string? Value { get; init; }

    /// <summary>The worksheet name in spreadsheets.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell reference (e.g. <c>B2</c>) in spreadsheets.</summary>
    public string? Cell { get; init; }

    /// <summary>The 1-based page in PDF files (lines are counted within the page).</summary>
    public int? Page { get; init; }
}
