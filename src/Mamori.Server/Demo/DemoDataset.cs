using System.Globalization;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Server.Demo;

/// <summary>
/// A synthetic demo shop for <c>mamori serve --demo</c>: purposes with versions, a privacy notice, members with obviously
/// fictitious but realistic Japanese values (e-mails at example.jp, phones 090-0000-xxxx, 架空 addresses), consents given
/// and withdrawn, purchases, and demo users of every other role, a contractor bound to a call-centre entrustment.
/// The same seed always gives the same people.
/// </summary>
public static class DemoDataset
{
    /// <summary>The purpose the members were registered for (no consent needed: membership itself).</summary>
    public const string MembershipPurpose = "membership";

    /// <summary>E-mail marketing: consent needed, marketers see the e-mail address in full and the rest masked.</summary>
    public const string MarketingPurpose = "email-marketing";

    /// <summary>Customer support, the call centre's entrusted purpose.</summary>
    public const string SupportPurpose = "customer-support";

    /// <summary>Delivering orders.</summary>
    public const string OrderPurpose = "order-fulfilment";

    private static readonly (string Kanji, string Romaji)[] s_surnames =
    [
        ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"), ("渡辺", "watanabe"),
        ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"), ("加藤", "kato"), ("吉田", "yoshida"), ("山田", "yamada"),
        ("佐々木", "sasaki"), ("山口", "yamaguchi"), ("松本", "matsumoto"), ("井上", "inoue"), ("木村", "kimura"), ("林", "hayashi"),
        ("斎藤", "saito"), ("清水", "shimizu"),
    ];

    private static readonly (string Kanji, string Romaji, string Gender)[] s_givenNames =
    [
        ("太郎", "taro", "男"), ("花子", "hanako", "女"), ("健太", "kenta", "男"), ("美咲", "misaki", "女"), ("翔太", "shota", "男"),
        ("結衣", "yui", "女"), ("大輔", "daisuke", "男"), ("陽菜", "hina", "女"), ("拓也", "takuya", "男"), ("さくら", "sakura", "女"),
        ("蓮", "ren", "男"), ("葵", "aoi", "女"), ("悠真", "yuma", "男"), ("凛", "rin", "女"),
    ];

    private static readonly (string Prefecture, string City, string PostalPrefix)[] s_places =
    [
        ("東京都", "千代田区", "100"), ("東京都", "世田谷区", "154"), ("神奈川県", "横浜市中区", "231"), ("大阪府", "大阪市北区", "530"),
        ("愛知県", "名古屋市中区", "460"), ("福岡県", "福岡市博多区", "812"), ("北海道", "札幌市中央区", "060"), ("京都府", "京都市左京区", "606"),
        ("宮城県", "仙台市青葉区", "980"), ("広島県", "広島市中区", "730"),
    ];

    private static readonly (string Product, int Price)[] s_products =
    [
        ("緑茶 500ml 24本", 2480), ("有機ほうじ茶 ティーバッグ", 980), ("抹茶ラテの素", 1280), ("急須（常滑焼）", 5800),
        ("和菓子詰め合わせ", 3200), ("玄米茶 200g", 760),
    ];

    /// <summary>
    /// Seeds the demo when the platform holds no purpose and no subject yet; otherwise leaves it alone.
    /// </summary>
    /// <param name="platform">The platform.</param>
    /// <param name="members">How many synthetic members (default 200).</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>What was created, or null when the platform was not empty.</returns>
    public static async Task<DemoSeedResult?> SeedAsync(Platform platform, int members = 200, int seed = 20220401, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if ((await platform.Purposes.AllAsync(cancellationToken).ConfigureAwait(false)).Count > 0
            || await platform.Store.CountSubjectsAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return null;
        }

        var operator_ = Caller.LocalOperator;
        var now = platform.Time.GetUtcNow();
        await DefinePurposesAsync(platform, operator_, now, cancellationToken).ConfigureAwait(false);
        var notice = await platform.Purposes.PublishNoticeAsync(operator_, new Notice(
            string.Empty, "web-signup", "2024-04",
            "【デモ】当店は、会員管理、ご注文商品の配送、お問い合わせへの対応、ご同意いただいた方へのメールマガジン配信のために個人情報を利用します。"
            + "お問い合わせ対応の一部をコールセンターに委託しています。",
            now.AddDays(-200),
            [MembershipPurpose, OrderPurpose, SupportPurpose, MarketingPurpose]), cancellationToken).ConfigureAwait(false);

        // Not a security use: a fixed seed makes the same synthetic people every time.
#pragma warning disable CA5394
        var random = new Random(seed);
        string? sample = null;
        var events = 0;
        for (var n = 1; n <= members; n++)
        {
            var surname = s_surnames[random.Next(s_surnames.Length)];
            var given = s_givenNames[random.Next(s_givenNames.Length)];
            var place = s_places[random.Next(s_places.Length)];
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
            var provenance = new Provenance("demo-web-signup", AcquisitionMethod.Direct, now.AddDays(-random.Next(30, 700)), notice.Id);
            var items = new List<NewItem>
            {
                new(ItemTypes.MemberId, string.Create(CultureInfo.InvariantCulture, $"M{n:D6}"), provenance),
                new(EntityTypes.PersonName, $"{surname.Kanji} {given.Kanji}", provenance),
                new(EntityTypes.EmailAddress, string.Create(CultureInfo.InvariantCulture, $"{given.Romaji}.{surname.Romaji}{n:D3}@example.jp"), provenance),
                new(EntityTypes.PhoneNumber, string.Create(CultureInfo.InvariantCulture, $"090-0000-{n:D4}"), provenance),
                new(EntityTypes.PostalCode, $"{place.PostalPrefix}-0000", provenance),
                new(EntityTypes.Address, string.Create(CultureInfo.InvariantCulture, $"{place.Prefecture}{place.City}架空町{random.Next(1, 9)}-{random.Next(1, 30)}-{random.Next(1, 20)}"), provenance),
                new(EntityTypes.DateOfBirth, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), provenance),
                new(ItemTypes.Gender, given.Gender, provenance),
            };
            var marketing = random.NextDouble() < 0.7;
            var consents = new List<NewConsent> { new(MarketingPurpose, marketing, "web-form", notice.Id, string.Create(CultureInfo.InvariantCulture, $"demo-form-{n:D6}")) };
            var id = await platform.Subjects.RegisterAsync(operator_, MembershipPurpose, items, consents, cancellationToken).ConfigureAwait(false);
            sample ??= marketing ? id : null;

            if (marketing && random.NextDouble() < 0.1)
            {
                await platform.Consents.RecordAsync(operator_, id, new NewConsent(MarketingPurpose, false, "web-form", notice.Id, "demo-unsubscribe"), cancellationToken).ConfigureAwait(false);
                sample = sample == id ? null : sample;
            }

            if (random.NextDouble() < 0.6)
            {
                var purchases = Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
                {
                    var product = s_products[random.Next(s_products.Length)];
                    var quantity = random.Next(1, 4);
                    return (Kind: "purchase", At: now.AddDays(-random.Next(1, 365)), Attributes: (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                    {
                        ["product"] = product.Product,
                        ["quantity"] = quantity.ToString(CultureInfo.InvariantCulture),
                        ["amount_jpy"] = (product.Price * quantity).ToString(CultureInfo.InvariantCulture),
                        ["channel"] = random.NextDouble() < 0.8 ? "online" : "store",
                    });
                }).ToList();
                await platform.Subjects.AddEventsAsync(operator_, id, OrderPurpose, purchases, cancellationToken).ConfigureAwait(false);
                events += purchases.Count;
            }
        }
#pragma warning restore CA5394

        var users = await AddUsersAsync(platform, operator_, now, cancellationToken).ConfigureAwait(false);
        return new DemoSeedResult(members, events, users, sample ?? (await platform.Store.ListSubjectIdsAsync(null, 1, cancellationToken).ConfigureAwait(false))[0]);
    }

    private static async Task DefinePurposesAsync(Platform platform, Caller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string[] everything = [ItemTypes.MemberId, EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, EntityTypes.PostalCode, EntityTypes.Address, EntityTypes.DateOfBirth, ItemTypes.Gender];
        await platform.Purposes.DefineAsync(caller, new Purpose(MembershipPurpose, 1, now.AddDays(-730), "会員管理",
            "会員登録・本人確認・会員情報の管理のため", everything[..^1], 1825, RequiresConsent: false), cancellationToken).ConfigureAwait(false);
        await platform.Purposes.DefineAsync(caller, new Purpose(MembershipPurpose, 2, now.AddDays(-200), "会員管理",
            "会員登録・本人確認・会員情報の管理、および会員属性（性別）に応じたご案内のため", everything, 1825, RequiresConsent: false), cancellationToken).ConfigureAwait(false);
        await platform.Purposes.DefineAsync(caller, new Purpose(OrderPurpose, 1, now.AddDays(-730), "商品の配送",
            "ご注文商品の発送・配送状況のご連絡のため",
            [ItemTypes.MemberId, EntityTypes.PersonName, EntityTypes.PostalCode, EntityTypes.Address, EntityTypes.PhoneNumber, EntityTypes.EmailAddress], 1095, RequiresConsent: false),
            cancellationToken).ConfigureAwait(false);
        await platform.Purposes.DefineAsync(caller, new Purpose(SupportPurpose, 1, now.AddDays(-730), "お問い合わせ対応",
            "お問い合わせ・ご相談への対応のため（コールセンターへの委託を含む）",
            [ItemTypes.MemberId, EntityTypes.PersonName, EntityTypes.PhoneNumber, EntityTypes.EmailAddress], 1095, RequiresConsent: false), cancellationToken).ConfigureAwait(false);
        await platform.Purposes.DefineAsync(caller, new Purpose(MarketingPurpose, 1, now.AddDays(-730), "メールマガジン",
            "新商品・キャンペーンのご案内メールの配信のため（同意された方のみ）",
            [ItemTypes.MemberId, EntityTypes.PersonName, EntityTypes.EmailAddress], 730, RequiresConsent: true)
        { FullValueItemTypes = [EntityTypes.EmailAddress] }, cancellationToken).ConfigureAwait(false);
        await platform.Purposes.DefineAsync(caller, new Purpose(MarketingPurpose, 2, now.AddDays(-200), "メールマガジン",
            "新商品・キャンペーンのご案内メールの配信、および年代・地域に応じた内容の出し分けのため（同意された方のみ）",
            [ItemTypes.MemberId, EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, EntityTypes.DateOfBirth, EntityTypes.Address], 730, RequiresConsent: true)
        { FullValueItemTypes = [EntityTypes.EmailAddress] }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<DemoUser>> AddUsersAsync(Platform platform, Caller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entrustment = await platform.Entrustments.CreateAsync(caller, new Entrustment(
            string.Empty, "デモコールセンター株式会社（架空）", [ItemTypes.MemberId, EntityTypes.PersonName, EntityTypes.PhoneNumber], [SupportPurpose], now.AddDays(365)),
            cancellationToken).ConfigureAwait(false);
        var users = new List<DemoUser>();
        foreach (var (name, role, note) in new[]
        {
            ("demo-privacy-officer", Role.PrivacyOfficer, ("全項目の閲覧・削除・利用停止・エクスポート承認・監査", "full views, erasure, suspension, export approval, audit")),
            ("demo-marketer", Role.Marketer, ("マスク表示（メールマガジンではメールアドレスのみ全表示）", "masked views (e-mail marketing shows the e-mail address in full)")),
            ("demo-staff", Role.Staff, ("業務目的での閲覧・登録", "reads and writes for their job's purposes")),
            ("demo-contractor", Role.Contractor, ("委託先: お問い合わせ対応の氏名・電話番号・会員番号のみ", "contractor: name, phone and member id for customer support only")),
        })
        {
            var (_, token) = await platform.Users.AddUserAsync(caller, name, role, role == Role.Contractor ? entrustment.Id : null, cancellationToken).ConfigureAwait(false);
            users.Add(new DemoUser(name, role, token, note));
        }

        return users;
    }
}
