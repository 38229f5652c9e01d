namespace Mamori.Core.Access;

/// <summary>A sub-contractor (再委託先) in an entrustment's chain.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Country">Its country (ISO 3166-1 alpha-2, e.g. <c>JP</c>, <c>PH</c>).</param>
/// <param name="ProcessingContent">What it does.</param>
/// <param name="Approved">Whether the entrusting business approved the re-entrustment.</param>
/// <param name="Parent">The name of whom it works for: null for the contractor itself, else another sub-contractor of the chain.</param>
public sealed record SubContractor(string Name, string Country, string ProcessingContent, bool Approved, string? Parent = null);
