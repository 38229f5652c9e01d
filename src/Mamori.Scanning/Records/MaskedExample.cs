namespace Mamori.Scanning.Records;

/// <summary>A masked example of a finding, kept in summaries for reports people read.</summary>
/// <param name="Type">The entity id.</param>
/// <param name="Masked">The masked value.</param>
public readonly record struct MaskedExample(string Type, string Masked);
