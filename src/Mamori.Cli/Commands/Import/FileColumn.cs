namespace Mamori.Cli.Commands.Import;

/// <summary>One column of an import file and what it maps to.</summary>
/// <param name="Index">0-based position in the file.</param>
/// <param name="Header">The header as written.</param>
/// <param name="ItemType">The item type, or null when the column is left out.</param>
/// <param name="Rank">Its place among the parts of a joined value.</param>
/// <param name="Basis">Why.</param>
/// <param name="Note">For left-out columns, why (consent flag, not the person's data, empty).</param>
internal sealed record FileColumn(int Index, string Header, string? ItemType, int Rank, MappingBasis Basis, string? Note);
