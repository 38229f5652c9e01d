namespace Mamori.Core.Provision;

/// <summary>
/// The opt-out filing with the PPC (Art. 27(2), (3)): what was filed and where it is published. The provider's name, address
/// and representative are the business's own; the filing here records the rest.
/// </summary>
/// <param name="ItemTypes">The personal data items provided (Art. 27(2)(iii)).</param>
/// <param name="AcquisitionMethod">How the data was acquired (Art. 27(2)(iv)).</param>
/// <param name="ProvisionMethod">How it is provided (Art. 27(2)(v)).</param>
/// <param name="RequestMethod">How requests to stop are taken (Art. 27(2)(vii)); provision stops on request (Art. 27(2)(vi)).</param>
/// <param name="UpdateMethod">How the recipient's data is updated (Rules Art. 11(4)).</param>
/// <param name="StartsOn">When provision starts (Rules Art. 11(4)).</param>
/// <param name="FiledOn">When it was filed with the PPC.</param>
/// <param name="Publication">Where the PPC published it (its publication number or address).</param>
public sealed record OptOutFiling(
    IReadOnlyList<string> ItemTypes, string AcquisitionMethod, string ProvisionMethod, string RequestMethod, string UpdateMethod,
    DateTimeOffset StartsOn, DateTimeOffset FiledOn, string Publication);
