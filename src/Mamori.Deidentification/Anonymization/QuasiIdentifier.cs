using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// A quasi-identifier column (e.g. age, address, date of birth) and the hierarchy it is generalised
/// along. <see cref="MinLevel"/> and <see cref="MaxLevel"/> bound the search, e.g. to always cut
/// addresses to the municipality, or never to suppress gender entirely.
/// </summary>
/// <param name="Column">The column name.</param>
/// <param name="Hierarchy">How its values generalise.</param>
public sealed record QuasiIdentifier(string Column, GeneralizationHierarchy Hierarchy)
{
    /// <summary>The lowest level the result may use; default 0.</summary>
    public int MinLevel { get; init; }

    /// <summary>The highest level the result may use; null (default) for the top.</summary>
    public int? MaxLevel { get; init; }
}
