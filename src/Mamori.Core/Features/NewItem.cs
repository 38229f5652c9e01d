using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>An item to store for a subject.</summary>
/// <param name="Type">The item type (entity id or MEMBER_ID, GENDER).</param>
/// <param name="Value">The value.</param>
/// <param name="Provenance">Where it came from; null for "directly through the API, now".</param>
public sealed record NewItem(string Type, string Value, Provenance? Provenance = null);
