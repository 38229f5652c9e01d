namespace Mamori.Core.Provision;

/// <summary>
/// A recipient of personal data (提供先) in the register, one version of it: who it is, where, and the basis the business
/// relies on. Revisions add a version; the records of earlier provisions keep the details as they were then.
/// </summary>
/// <param name="Id">The recipient's id (<c>R</c>…), the same across versions.</param>
/// <param name="Version">1, 2, … per recipient.</param>
/// <param name="Name">The recipient's name (a business name).</param>
/// <param name="Address">Its address.</param>
/// <param name="Representative">Its representative (for a corporation).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code (<c>JP</c> for Japan).</param>
/// <param name="Basis">The Art. 27 basis.</param>
/// <param name="RecordedAt">When this version was recorded.</param>
/// <param name="RecordedBy">Who recorded it (user id).</param>
public sealed record Recipient(
    string Id, int Version, string Name, string Address, string Representative, string Country, ProvisionBasis Basis,
    DateTimeOffset RecordedAt, string RecordedBy)
{
    /// <summary>For <see cref="ProvisionBasis.Exception"/>: which exception.</summary>
    public Art27Exception? Exception { get; init; }

    /// <summary>For a foreign recipient: the Art. 28 basis.</summary>
    public ForeignTransfer? Foreign { get; init; }

    /// <summary>For <see cref="ProvisionBasis.OptOut"/>: the PPC filing.</summary>
    public OptOutFiling? OptOut { get; init; }

    /// <summary>For <see cref="ProvisionBasis.JointUse"/>: the published statement.</summary>
    public JointUseStatement? JointUse { get; init; }

    /// <summary>
    /// True when provision follows a contract whose documents hold the record items (Rules Art. 20(1)(ii), 21): the contract
    /// substitutes for the record, which is then kept 1 year instead of 3.
    /// </summary>
    public bool ContractSubstitutesRecord { get; init; }

    /// <summary>True when the recipient is outside Japan.</summary>
    public bool IsForeign => !string.Equals(Country, "JP", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when provision to this recipient is a provision to a third party (consent, exception, opt-out).</summary>
    public bool IsThirdParty => Basis is ProvisionBasis.Consent or ProvisionBasis.Exception or ProvisionBasis.OptOut;

    /// <summary>Creates a recipient id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('R');
}
