namespace Mamori.Scanning.Records;

/// <summary>
/// A table holding a name column and other personal attributes: a personal information database
/// (個人情報データベース等, APPI Art. 16(1)), whose records are personal data with the duties attached.
/// </summary>
/// <param name="Path">The file, or <c>postgres://…</c> table.</param>
/// <param name="NameFields">The columns classified as person names.</param>
/// <param name="AttributeFields">The other classified columns.</param>
/// <param name="Rows">Data rows read (sampled rows for databases).</param>
public sealed record DatabaseFlag(string Path, IReadOnlyList<string> NameFields, IReadOnlyList<string> AttributeFields, int Rows)
    : ScanRecord(Path)
{
    /// <summary>The worksheet or database table, where the path alone does not say.</summary>
    public string? Table { get; init; }
}
