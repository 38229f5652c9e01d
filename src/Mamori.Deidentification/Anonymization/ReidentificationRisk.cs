namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// Prosecutor re-identification risk of the released records: an attacker who knows a person is
/// in the data and knows their quasi-identifiers picks one record of the matching class.
/// </summary>
/// <param name="Maximum">The highest risk of any record: 1 / the smallest class size.</param>
/// <param name="Average">The average over records: number of classes / released records.</param>
/// <param name="RecordsAtMaximum">How many records are at <paramref name="Maximum"/>.</param>
public readonly record struct ReidentificationRisk(double Maximum, double Average, long RecordsAtMaximum);
