namespace Mamori.Deidentification.Files;

/// <summary>One row of a table file.</summary>
/// <param name="Row">0 for the header, then the 1-based data row number.</param>
/// <param name="Line">The line (CSV/TSV) or sheet row (XLSX) where it starts, for error messages.</param>
/// <param name="Values">The cell values.</param>
public sealed record TableRow(int Row, int Line, string[] Values);
