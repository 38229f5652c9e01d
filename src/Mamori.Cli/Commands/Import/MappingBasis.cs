namespace Mamori.Cli.Commands.Import;

/// <summary>Why a column maps as it does.</summary>
internal enum MappingBasis
{
    /// <summary><c>--map COL=TYPE</c> (or <c>=ignore</c>).</summary>
    Option,

    /// <summary>The header names the item.</summary>
    Header,

    /// <summary>The detector classified the sampled values.</summary>
    Detector,

    /// <summary>The header says the column is not the person's data (points, consent flags…).</summary>
    Ignored,

    /// <summary>Nothing recognised it: left out.</summary>
    None,
}
