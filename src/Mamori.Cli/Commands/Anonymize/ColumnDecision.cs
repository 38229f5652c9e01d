using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>The role of one column, why it was chosen and, for a quasi-identifier, how it is generalised.</summary>
/// <param name="Column">The header.</param>
/// <param name="Role">What happens to it.</param>
/// <param name="Reason">Why, citing the option or the detector's classification and the rule.</param>
internal sealed record ColumnDecision(string Column, ColumnRole Role, Bilingual Reason)
{
    /// <summary>Whether an option named the column (otherwise the detector's classification or a header rule decided).</summary>
    public bool Explicit { get; init; }

    /// <summary>The entity id the detector classified the column as, if any.</summary>
    public string? DetectedType { get; init; }

    /// <summary>The detector's confidence in <see cref="DetectedType"/>.</summary>
    public double? Confidence { get; init; }

    /// <summary>The hierarchy of a quasi-identifier.</summary>
    public GeneralizationHierarchy? Hierarchy { get; init; }

    /// <summary>The hierarchy's name and what it does, for the decision table.</summary>
    public Bilingual? HierarchyDescription { get; init; }

    /// <summary>The lowest level the search may use (addresses never stay at street level).</summary>
    public int MinLevel { get; init; }

    /// <summary>Distinct values of a sensitive column recoded as unusual (<see cref="RareValues"/>).</summary>
    public int RareValuesRecoded { get; init; }

    /// <summary>Rows whose sensitive value was recoded as unusual.</summary>
    public long RareRowsRecoded { get; init; }

    /// <summary>The highest level the search may use (<c>--max-level</c>), or null for the top (<c>*</c>).</summary>
    public int? MaxLevel { get; init; }
}
