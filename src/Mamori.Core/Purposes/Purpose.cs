namespace Mamori.Core.Purposes;

/// <summary>
/// A purpose of use (Art. 17), one version of it. Purposes are specified concretely and versioned;
/// a new version takes effect on its date and the old one stays on record.
/// </summary>
/// <param name="Code">A stable code (e.g. <c>order-fulfilment</c>, <c>email-marketing</c>).</param>
/// <param name="Version">1, 2, … per code.</param>
/// <param name="EffectiveFrom">When this version applies.</param>
/// <param name="Title">A short Japanese title.</param>
/// <param name="PublishedText">The text as published or notified to people.</param>
/// <param name="ItemTypes">The item types this purpose may use.</param>
/// <param name="RetentionDays">How long data kept for this purpose is retained (Art. 22).</param>
/// <param name="RequiresConsent">True when people must opt in (e.g. marketing, provision to third parties); false when the notified purpose suffices.</param>
public sealed record Purpose(
    string Code, int Version, DateTimeOffset EffectiveFrom, string Title, string PublishedText,
    IReadOnlyList<string> ItemTypes, int RetentionDays, bool RequiresConsent)
{
    /// <summary>
    /// Item types this purpose needs in full even for roles that otherwise see masked views (e-mail
    /// marketing needs the e-mail address, not the name). Empty: masked roles see every value masked.
    /// </summary>
    public IReadOnlyList<string> FullValueItemTypes { get; init; } = [];

    /// <summary>
    /// True when this purpose contacts the person — e-mail, post, phone, messages, visits (直接の連絡・勧誘). People who asked
    /// not to be contacted (Art. 35(5)) are refused for such purposes.
    /// </summary>
    public bool DirectContact { get; init; }
}
