namespace Mamori.Deidentification.Files;

/// <summary>How many values of one entity type one operator transformed.</summary>
/// <param name="Type">The entity id.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Count">How many values.</param>
public sealed record ManifestCount(string Type, string Operator, int Count);
