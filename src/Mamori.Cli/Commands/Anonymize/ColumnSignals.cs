using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>What scanning a sample of one column found: its classification, if any, and identifying findings in its cells.</summary>
/// <param name="Classification">The column's classification (entity id, category, confidence, evidence), or null.</param>
/// <param name="IdentifyingRows">Sampled rows holding at least one identifying finding (a name, phone number, e-mail address, identification code…).</param>
/// <param name="IdentifyingTypes">The identifying entity ids found in the cells.</param>
internal sealed record ColumnSignals(ColumnClassification? Classification, int IdentifyingRows, IReadOnlyCollection<string> IdentifyingTypes)
{
    public static ColumnSignals None { get; } = new(null, 0, []);

    public string? Type => Classification?.Type;

    public PiiCategory? Category => Classification?.Category;
}
