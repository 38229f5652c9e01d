namespace Mamori.Deidentification.Anonymization;

/// <summary>The level chosen for one quasi-identifier.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Level">The hierarchy level (0 = the value, the last = <c>*</c>).</param>
/// <param name="LevelKey">The level's English key, e.g. <c>band_10</c>.</param>
/// <param name="Description">What a value at this level means, in Japanese, e.g. <c>10歳階級</c>.</param>
/// <param name="InformationLoss">This column's share of the loss metric, in [0, 1] (see <see cref="AnonymizationReport.InformationLoss"/>).</param>
public sealed record ColumnGeneralization(string Column, int Level, string LevelKey, string Description, double InformationLoss);
