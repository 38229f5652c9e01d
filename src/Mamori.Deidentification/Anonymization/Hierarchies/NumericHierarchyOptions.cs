namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>Intervals and top/bottom coding for <see cref="NumericHierarchy"/> (incomes, amounts).</summary>
public sealed record NumericHierarchyOptions
{
    /// <summary>Interval widths, one level each, every width a larger multiple of the one before (e.g. 1,000,000, 5,000,000, 10,000,000).</summary>
    public required IReadOnlyList<decimal> Widths { get; init; }

    /// <summary>Where the intervals start (an interval boundary). Default 0.</summary>
    public decimal Origin { get; init; }

    /// <summary>Values at or above this read <c>{n}以上</c> at every level; null (default) for none.</summary>
    public decimal? TopCodeAt { get; init; }

    /// <summary>Values below this read <c>{n}未満</c> at every level; null (default) for none.</summary>
    public decimal? BottomCodeBelow { get; init; }

    /// <summary>The unit shown in level descriptions, e.g. <c>円</c>. Default empty.</summary>
    public string Unit { get; init; } = string.Empty;
}
