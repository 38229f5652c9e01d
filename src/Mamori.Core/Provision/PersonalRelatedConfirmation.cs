namespace Mamori.Core.Provision;

/// <summary>
/// The Art. 31 confirmation: before personal-related information (cookie ids, purchase histories) goes to a recipient expected
/// to link it to a person, that the recipient holds the person's consent (and, abroad, that the person was given the
/// foreign-country information). Provision of personal-related items to the recipient needs one in force.
/// </summary>
/// <param name="Id">The confirmation's id (<c>W</c>…).</param>
/// <param name="RecipientId">The recipient.</param>
/// <param name="ItemTypes">The personal-related items it covers.</param>
/// <param name="Method">How the consent was confirmed (the recipient's written assurance, a consent screen reviewed…).</param>
/// <param name="ConfirmedAt">When confirmed.</param>
/// <param name="ValidUntil">Until when the confirmation is relied on.</param>
/// <param name="ConfirmedBy">Who confirmed (user id).</param>
public sealed record PersonalRelatedConfirmation(
    string Id, string RecipientId, IReadOnlyList<string> ItemTypes, string Method, DateTimeOffset ConfirmedAt, DateTimeOffset ValidUntil, string ConfirmedBy)
{
    /// <summary>For a foreign recipient: that the person was given the country, regime and measures information (Art. 31(1)(ii)).</summary>
    public bool ForeignInformationConfirmed { get; init; }

    /// <summary>Creates a confirmation id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('W');
}
