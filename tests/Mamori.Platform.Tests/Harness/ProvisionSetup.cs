using Mamori.Core.Features;
using Mamori.Core.Provision;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Platform.Tests.Harness;

/// <summary>Recipients, the provision purpose and people to provide, for the third-party provision tests.</summary>
public static class ProvisionSetup
{
    /// <summary>Provision to partners (the notified purpose; consent is asked per recipient, Art. 27): covers contact items, a medical history and cookie ids.</summary>
    public const string Sharing = "partner-sharing";

    public static readonly string[] SharingItems =
    [
        EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, ItemTypes.MemberId, EntityTypes.SpecialCare, EntityTypes.OnlineIdentifier,
    ];

    /// <summary>Defines the sharing purpose once per world.</summary>
    public static async Task EnsureSharingPurposeAsync(World world)
    {
        if (await world.Platform.Purposes.CurrentAsync(Sharing) is null)
        {
            await world.Platform.Purposes.DefineAsync(Caller.LocalOperator, new Purpose(Sharing, 0, world.Clock.GetUtcNow(), "提携先への提供", "提携先への個人データの提供のため",
                [.. SharingItems], 1095, false));
        }
    }

    /// <summary>A domestic recipient on a basis (the filing or statement it needs filled in).</summary>
    public static Recipient Domestic(ProvisionBasis basis, string name = "株式会社テスト提携") => new(
        string.Empty, 0, name, "東京都港区芝公園4-2-8", "代表取締役 試験 一郎", "JP", basis, default, string.Empty)
    {
        Exception = basis == ProvisionBasis.Exception ? Art27Exception.Laws : null,
        OptOut = basis == ProvisionBasis.OptOut
            ? new OptOutFiling([EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber], "会員登録フォーム", "CSV ファイルの電子送付", "ウェブフォームで受け付け",
                "月次で差し替え", World.Start.AddDays(-30), World.Start.AddDays(-60), "PPC-OPT-2025-0001")
            : null,
        JointUse = basis == ProvisionBasis.JointUse
            ? new JointUseStatement([EntityTypes.PersonName, EntityTypes.EmailAddress], "当社グループ会社（ウェブサイトに掲載）", "グループ共通のポイントサービス",
                "株式会社テスト本社", "東京都千代田区丸の内1-1-1", "代表取締役 本社 花子", World.Start.AddDays(-10))
            : null,
    };

    /// <summary>A person registered with items of the sharing purpose (and optionally a cookie id), with given consents.</summary>
    public static async Task<string> PersonAsync(World world, bool cookie = false, params NewConsent[] consents)
    {
        var person = world.NextPerson();
        var items = person.Items(EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, ItemTypes.MemberId).ToList();
        if (cookie)
        {
            items.Add(new NewItem(EntityTypes.OnlineIdentifier, $"ck-{person.Number:D6}-0f3a"));
        }

        return await world.Platform.Subjects.RegisterAsync(world.Officer, Sharing, items, consents);
    }

    /// <summary>A consent to provision to a recipient for the sharing purpose.</summary>
    public static NewConsent ConsentTo(string recipientId, bool given = true) => new(Sharing, given, "web-form") { RecipientId = recipientId };
}
