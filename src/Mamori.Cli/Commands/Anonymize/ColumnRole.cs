namespace Mamori.Cli.Commands.Anonymize;

/// <summary>What <c>mamori anonymize</c> does with a column (the engine's roles, Rules Art. 34).</summary>
internal enum ColumnRole
{
    /// <summary>Removed: identifying descriptions, identification codes, linking codes (Rules Art. 34(1)-(3)).</summary>
    Identifier,

    /// <summary>Generalised along a hierarchy until k (and l) hold (Rules Art. 34(4), (5)).</summary>
    QuasiIdentifier,

    /// <summary>Kept as is; one may carry l-diversity.</summary>
    Sensitive,

    /// <summary>Kept as is.</summary>
    Insensitive,
}
