using Mamori.Detection;

namespace Mamori.Core.Incidents;

/// <summary>One item type that leaked (or may have), with its APPI class and how many people it concerns (null: unknown).</summary>
/// <param name="Type">The item type (an entity id such as <c>CREDIT_CARD</c>, or a business's own name for data outside the platform).</param>
/// <param name="Category">Its APPI class.</param>
/// <param name="People">How many people's data of this type, when known.</param>
public sealed record LeakedItem(string Type, PiiCategory Category, long? People);
