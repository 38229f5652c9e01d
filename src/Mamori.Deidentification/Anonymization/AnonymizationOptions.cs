namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// What to anonymise and how far (匿名加工情報, Rules Art. 34). Every column of the table must have
/// exactly one role: identifier (removed), quasi-identifier (generalised), sensitive or insensitive
/// (kept as is). A column without a role is refused rather than passed through.
/// </summary>
public sealed record AnonymizationOptions
{
    /// <summary>The default <see cref="MaxSuppressionRate"/>: 5% of the rows.</summary>
    public const double DefaultMaxSuppressionRate = 0.05;

    /// <summary>The minimum equivalence-class size (k-anonymity); from 2 to the number of rows.</summary>
    public required int K { get; init; }

    /// <summary>The quasi-identifiers with their hierarchies; at least one.</summary>
    public IReadOnlyList<QuasiIdentifier> QuasiIdentifiers { get; init; } = [];

    /// <summary>
    /// Direct identifiers and linking codes (name, customer id, My Number, phone …): removed
    /// entirely (Rules Art. 34(1)-(3)).
    /// </summary>
    public IReadOnlyCollection<string> IdentifierColumns { get; init; } = [];

    /// <summary>Sensitive attributes (e.g. a diagnosis): kept as is; one of them may be protected by <see cref="LDiversity"/>.</summary>
    public IReadOnlyCollection<string> SensitiveColumns { get; init; } = [];

    /// <summary>Columns that identify no one, alone or combined: kept as is.</summary>
    public IReadOnlyCollection<string> InsensitiveColumns { get; init; } = [];

    /// <summary>Distinct l-diversity on one sensitive column; null (default) for none.</summary>
    public LDiversity? LDiversity { get; init; }

    /// <summary>The largest share of rows that may be suppressed, in [0, 1). Default 0.05.</summary>
    public double MaxSuppressionRate { get; init; } = DefaultMaxSuppressionRate;

    /// <summary>Whether suppressed rows are removed (default) or kept with <c>*</c> quasi-identifiers.</summary>
    public SuppressionMode SuppressionMode { get; init; } = SuppressionMode.Remove;

    /// <summary>
    /// Whether output rows are shuffled, so that their order (often the order of registration, a
    /// linking code in all but name) cannot be used to line them up with the source. Default true.
    /// </summary>
    public bool ShuffleRows { get; init; } = true;

    /// <summary>A seed for a reproducible shuffle (tests); null (default) for an unpredictable one.</summary>
    public int? ShuffleSeed { get; init; }
}
