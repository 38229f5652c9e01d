namespace Mamori.Core.Provision;

/// <summary>
/// The confirmation made before receiving personal data from a third party (Art. 30(1); Rules Art. 22): who the provider is
/// and how it acquired the data. An import of received data names it, and each imported person gets a recipient record.
/// </summary>
/// <param name="Id">The confirmation's id (<c>Q</c>…).</param>
/// <param name="ProviderName">The provider's name.</param>
/// <param name="ProviderAddress">Its address.</param>
/// <param name="ProviderRepresentative">Its representative (for a corporation).</param>
/// <param name="ProviderAcquisition">How the provider acquired the data (Art. 30(1)(ii)).</param>
/// <param name="Route">How it is provided to us: <see cref="ProvisionBasis.Consent"/> or <see cref="ProvisionBasis.OptOut"/>.</param>
/// <param name="ItemTypes">The items received.</param>
/// <param name="ConfirmedAt">When confirmed.</param>
/// <param name="ConfirmedBy">Who confirmed (user id).</param>
public sealed record ReceiptConfirmation(
    string Id, string ProviderName, string ProviderAddress, string ProviderRepresentative, string ProviderAcquisition, ProvisionBasis Route,
    IReadOnlyList<string> ItemTypes, DateTimeOffset ConfirmedAt, string ConfirmedBy)
{
    /// <summary>For the opt-out route: the PPC publication of the provider's filing (Rules Art. 24(1)(i)).</summary>
    public string? PpcPublication { get; init; }

    /// <summary>True when a contract with the provider holds the record items: records are kept 1 year instead of 3.</summary>
    public bool ContractSubstitutesRecord { get; init; }

    /// <summary>Creates a confirmation id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('Q');
}
