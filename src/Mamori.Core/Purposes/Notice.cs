namespace Mamori.Core.Purposes;

/// <summary>A privacy notice (プライバシーポリシー) version shown at a collection point, and the purposes it states.</summary>
/// <param name="Id">The notice's id.</param>
/// <param name="CollectionPoint">Where it is shown (e.g. <c>web-signup</c>, <c>store-counter</c>).</param>
/// <param name="Version">The notice version.</param>
/// <param name="Text">The text shown.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PurposeCodes">The purposes it states.</param>
public sealed record Notice(string Id, string CollectionPoint, string Version, string Text, DateTimeOffset PublishedAt, IReadOnlyList<string> PurposeCodes);
