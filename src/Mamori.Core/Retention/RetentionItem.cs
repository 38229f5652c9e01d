namespace Mamori.Core.Retention;

/// <summary>An item as the retention rule sees it: its id and type, no value.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Type">The item type.</param>
public sealed record RetentionItem(string Id, string Type);
