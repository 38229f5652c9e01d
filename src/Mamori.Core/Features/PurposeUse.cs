namespace Mamori.Core.Features;

/// <summary>A purpose a person's data is used for, as notified to them (Art. 32(2)).</summary>
/// <param name="Code">The purpose code.</param>
/// <param name="Version">The version in effect.</param>
/// <param name="Title">Its title.</param>
/// <param name="Text">The purpose as published.</param>
/// <param name="ItemTypes">The person's item types it uses.</param>
/// <param name="Basis"><c>consent</c> (they opted in) or <c>notified</c> (the published purpose suffices).</param>
public sealed record PurposeUse(string Code, int Version, string Title, string Text, IReadOnlyList<string> ItemTypes, string Basis);
