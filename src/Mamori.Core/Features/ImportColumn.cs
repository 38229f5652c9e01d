namespace Mamori.Core.Features;

/// <summary>How one column of an import file maps to an item type (null: ignored).</summary>
/// <param name="Index">0-based column index.</param>
/// <param name="Header">The header as in the file.</param>
/// <param name="ItemType">The item type, or null to leave the column out.</param>
public sealed record ImportColumn(int Index, string Header, string? ItemType);
