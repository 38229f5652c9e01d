namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>The chosen transformation's classes, per row.</summary>
/// <param name="ClassOf">[row] → class id.</param>
/// <param name="Sizes">[class] → rows.</param>
/// <param name="Distinct">[class] → distinct sensitive values; null without l-diversity.</param>
/// <param name="Failing">[class] → misses k or l, so its rows are suppressed.</param>
/// <param name="Suppressed">Rows suppressed.</param>
/// <param name="ColumnLoss">[quasi-identifier] → that column's loss, in [0, 1].</param>
/// <param name="Loss">The loss metric.</param>
internal sealed record FinalGrouping(int[] ClassOf, int[] Sizes, int[]? Distinct, bool[] Failing, long Suppressed, double[] ColumnLoss, double Loss);
