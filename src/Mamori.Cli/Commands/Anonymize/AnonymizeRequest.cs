using Mamori.Deidentification.Anonymization;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>One <c>mamori anonymize</c> command line, parsed (lists already split at commas).</summary>
internal sealed record AnonymizeRequest
{
    public required string Table { get; init; }

    public string? OutputFolder { get; init; }

    public int? K { get; init; }

    public int? L { get; init; }

    public IReadOnlyList<string> Quasi { get; init; } = [];

    public IReadOnlyList<string> Identifiers { get; init; } = [];

    public IReadOnlyList<string> Keep { get; init; } = [];

    public IReadOnlyList<string> Sensitive { get; init; } = [];

    /// <summary>The raw <c>--hierarchy COL=FILE</c> values.</summary>
    public IReadOnlyList<string> Hierarchies { get; init; } = [];

    /// <summary>The raw <c>--max-level COL=LEVEL</c> values.</summary>
    public IReadOnlyList<string> MaxLevels { get; init; } = [];

    public double MaxSuppression { get; init; } = AnonymizationOptions.DefaultMaxSuppressionRate;

    public SuppressionMode Suppression { get; init; } = SuppressionMode.Remove;

    public int? Seed { get; init; }

    public bool Json { get; init; }
}
