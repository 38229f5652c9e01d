namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// One item of personal information contained in the anonymised information, which the business
/// must publish when it creates it (Act Art. 43(3)).
/// </summary>
/// <param name="Column">The output column.</param>
/// <param name="Treatment"><c>generalized</c> for a generalised quasi-identifier, <c>as_is</c> for a column kept as it was.</param>
/// <param name="Description">The item as published, in Japanese, e.g. <c>age（10歳階級（90歳以上は「90以上」））</c>.</param>
public sealed record PublishedItem(string Column, string Treatment, string Description);
