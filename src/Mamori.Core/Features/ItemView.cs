using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>An item as a caller may see it.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Type">The item type.</param>
/// <param name="Category">The APPI class (machine name).</param>
/// <param name="Value">The value, masked when <paramref name="Masked"/>.</param>
/// <param name="Masked">True when the caller's role sees a masked view.</param>
/// <param name="Provenance">Where it came from.</param>
public sealed record ItemView(string Id, string Type, string Category, string Value, bool Masked, Provenance Provenance);
