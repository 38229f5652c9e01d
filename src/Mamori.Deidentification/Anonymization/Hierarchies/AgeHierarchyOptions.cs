namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Bands and top/bottom coding for <see cref="AgeHierarchy"/>. Top and bottom coding replace unusual
/// ages (Rules Art. 34(4), e.g. 116) by a coded group at every level below the top.
/// </summary>
public sealed record AgeHierarchyOptions
{
    /// <summary>The default <see cref="TopCodeAt"/>.</summary>
    public const int DefaultTopCodeAt = 90;

    /// <summary>Ages at or above this read <c>90以上</c> (for 90) at every level; null turns top coding off. Default 90.</summary>
    public int? TopCodeAt { get; init; } = DefaultTopCodeAt;

    /// <summary>Ages below this read <c>15未満</c> (for 15) at every level; null (default) turns bottom coding off.</summary>
    public int? BottomCodeBelow { get; init; }

    /// <summary>Band widths in years, one level each, every width a multiple of the one before. Default 5, 10, 20.</summary>
    public IReadOnlyList<int> BandWidths { get; init; } = [5, 10, 20];
}
