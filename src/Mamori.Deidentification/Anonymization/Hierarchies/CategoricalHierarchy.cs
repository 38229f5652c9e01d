namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Gender and other categories: the value as it is → <c>*</c>. Every value is covered, a blank one
/// included (it stays blank at level 0).
/// </summary>
public sealed class CategoricalHierarchy : GeneralizationHierarchy
{
    private readonly HierarchyLevel[] _levels;

    /// <summary>Creates the hierarchy.</summary>
    /// <param name="description">What the values are, in Japanese, for the published item list; default 「値（そのまま）」.</param>
    public CategoricalHierarchy(string description = "値（そのまま）")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _levels = [new HierarchyLevel("value", description), HierarchyLevel.Suppressed];
    }

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => _levels;

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        labels[0] = value;
        labels[1] = Top;
        return true;
    }
}
