namespace Mamori.Detection.Text;

/// <summary>A data cell of an embedded table.</summary>
/// <param name="Start">Offset of the value in the folded text.</param>
/// <param name="Length">Length of the value.</param>
/// <param name="Header">Index of the column's header name.</param>
internal readonly record struct TableCell(int Start, int Length, int Header);
