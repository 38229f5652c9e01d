using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Platform.Tests.Harness;

/// <summary>The purposes every test world registers, and their codes.</summary>
public static class PlatformSetup
{
    /// <summary>Customer support: no consent needed (the notified purpose suffices), most contact items.</summary>
    public const string Support = "support";

    /// <summary>E-mail marketing: opt-in, needs the e-mail address in full even for marketers.</summary>
    public const string EmailMarketing = "email-marketing";

    /// <summary>Health programme: opt-in, covers special care-required information (a medical history).</summary>
    public const string HealthProgramme = "health-programme";

    /// <summary>Analytics: no consent needed, covers only the member id and gender.</summary>
    public const string Analytics = "analytics";

    public static readonly string[] SupportItems =
    [
        EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, ItemTypes.MemberId, EntityTypes.Address, EntityTypes.DateOfBirth,
    ];

    public static readonly string[] MarketingItems = [EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, ItemTypes.MemberId];

    public static readonly string[] HealthItems = [EntityTypes.PersonName, EntityTypes.SpecialCare];

    /// <summary>What the call centre's entrustment covers: names and phone numbers for support.</summary>
    public static readonly string[] CallCentreItems = [EntityTypes.PersonName, EntityTypes.PhoneNumber];
}
