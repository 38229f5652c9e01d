namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// What an anonymisation achieved, measured on the released records. The report describes the
/// processing method, which the business must keep safe (Act Art. 43(2)); the
/// <see cref="PublishedItems"/> are what it must publish (Act Art. 43(3)). <see cref="ToJson"/>
/// writes it with English keys and Japanese descriptions.
/// </summary>
public sealed partial record AnonymizationReport
{
    /// <summary>The name of the information-loss metric used: ARX's "Loss" (Iyengar's LM).</summary>
    public const string LossMetricName = "loss";

    /// <summary>The k asked for.</summary>
    public required int K { get; init; }

    /// <summary>
    /// The k reached: the smallest equivalence class among released records (masked suppressed
    /// records not counted); 0 when nothing is released.
    /// </summary>
    public required int KAchieved { get; init; }

    /// <summary>The l-diversity asked for, or null.</summary>
    public LDiversity? LDiversity { get; init; }

    /// <summary>The l reached: the fewest distinct sensitive values in a released class; null without l-diversity.</summary>
    public int? LAchieved { get; init; }

    /// <summary>Rows in the input table.</summary>
    public required int InputRows { get; init; }

    /// <summary>Rows in the output table (suppressed rows included when masked).</summary>
    public required int OutputRows { get; init; }

    /// <summary>Rows suppressed (removed, or masked with <c>*</c>).</summary>
    public required long SuppressedRows { get; init; }

    /// <summary>The most rows that could be suppressed: floor(rate × input rows).</summary>
    public required long MaxSuppressedRows { get; init; }

    /// <summary>The largest suppression rate allowed.</summary>
    public required double MaxSuppressionRate { get; init; }

    /// <summary>What happened to the suppressed rows.</summary>
    public required SuppressionMode SuppressionMode { get; init; }

    /// <summary>Whether the output rows were shuffled.</summary>
    public required bool RowsShuffled { get; init; }

    /// <summary>Equivalence classes among released records.</summary>
    public required int EquivalenceClasses { get; init; }

    /// <summary>The class-size histogram of released records, by increasing size.</summary>
    public required IReadOnlyList<ClassSizeBin> ClassSizes { get; init; }

    /// <summary>Prosecutor re-identification risk of released records.</summary>
    public required ReidentificationRisk Risk { get; init; }

    /// <summary>
    /// Information loss in [0, 1]: the mean over quasi-identifier cells of
    /// (distinct input values under the cell's label − 1) / (distinct values of the column − 1),
    /// each suppressed cell counting 1 (ARX's "Loss", Iyengar's LM). 0 is the data unchanged, 1
    /// every quasi-identifier suppressed.
    /// </summary>
    public required double InformationLoss { get; init; }

    /// <summary>The level chosen for each quasi-identifier.</summary>
    public required IReadOnlyList<ColumnGeneralization> Transformation { get; init; }

    /// <summary>Identifier and linking-code columns removed (Rules Art. 34(1)-(3)).</summary>
    public required IReadOnlyList<string> RemovedColumns { get; init; }

    /// <summary>The items to publish (Act Art. 43(3)), one per output column.</summary>
    public required IReadOnlyList<PublishedItem> PublishedItems { get; init; }

    /// <summary>How the search went.</summary>
    public required SearchStatistics Search { get; init; }
}
