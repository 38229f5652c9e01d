namespace Mamori.Cli.Commands.Anonymize;

/// <summary>How roles are named on screen and in the report.</summary>
internal static class RoleText
{
    public static Bilingual Label(ColumnRole role) => role switch
    {
        ColumnRole.Identifier => new("識別子（削除）", "identifier (removed)"),
        ColumnRole.QuasiIdentifier => new("準識別子（一般化）", "quasi-identifier (generalised)"),
        ColumnRole.Sensitive => new("機微属性（そのまま）", "sensitive (kept)"),
        _ => new("その他（そのまま）", "insensitive (kept)"),
    };

    /// <summary>The role's key in JSON.</summary>
    public static string Key(ColumnRole role) => role switch
    {
        ColumnRole.Identifier => "identifier",
        ColumnRole.QuasiIdentifier => "quasi_identifier",
        ColumnRole.Sensitive => "sensitive",
        _ => "insensitive",
    };
}
