namespace Mamori.Deidentification.Files;

/// <summary>
/// Where a format-preserving (FF1) replacement sits in a redacted file, so <c>mamori restore</c> can
/// decrypt it in place: FF1 output looks like any other number and carries no marker. Positions
/// only — never values.
/// </summary>
/// <param name="Line">Text files: the 1-based line. Tables: the 1-based data row (CSV/TSV) or sheet row (XLSX).</param>
/// <param name="Field">Tables: the column header; null for text.</param>
/// <param name="Sheet">XLSX: the worksheet; null otherwise.</param>
/// <param name="Start">0-based offset in the line or cell.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Type">The entity id (the FF1 tweak).</param>
public sealed record FpeLocation(int Line, string? Field, string? Sheet, int Start, int Length, string Type);
