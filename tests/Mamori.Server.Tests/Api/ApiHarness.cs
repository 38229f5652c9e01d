using System.Net.Http.Headers;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Mamori.Server.Tests.Api;

/// <summary>
/// A running API (in-memory test server) over a fresh platform with one user per role, purposes, an entrustment and two
/// fictitious members: 山田 (consented to e-mail marketing) and 佐藤 (did not). Time is a fake clock that moves 1 ms per read.
/// </summary>
public sealed class ApiHarness : IAsyncDisposable
{
    public const string Membership = "membership";
    public const string Marketing = "email-marketing";
    public const string Support = "support";
    public const string Analytics = "analytics";

    public const string YamadaName = "山田 太郎";
    public const string YamadaEmail = "taro.yamada@example.jp";
    public const string YamadaPhone = "090-1234-5678";
    public const string SatoPhone = "080-2345-6789";

    public static readonly DateTimeOffset Start = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<Role, string> _tokens = [];
    private readonly List<HttpClient> _clients = [];

    private ApiHarness(Platform platform, FakeTimeProvider time, WebApplication app)
    {
        Platform = platform;
        Time = time;
        App = app;
    }

    public Platform Platform { get; }

    public FakeTimeProvider Time { get; }

    public WebApplication App { get; }

    public string Yamada { get; private set; } = string.Empty;

    public string Sato { get; private set; } = string.Empty;

    public string EntrustmentId { get; private set; } = string.Empty;

    public static IReadOnlyList<Role> AllRoles { get; } = Enum.GetValues<Role>();

    public static FakeTimeProvider NewClock() => new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>Starts the API over a platform opened by <paramref name="open"/> (which owns a fresh location) and seeds it.</summary>
    public static async Task<ApiHarness> StartAsync(Func<TimeProvider, PlatformOptions, Task<Platform>> open)
    {
        var time = NewClock();
        // Every export of more than one subject waits for a privacy officer, so approval can be tested with two members.
        var platform = await open(time, new PlatformOptions { LargeExportThreshold = 1 });
        var app = MamoriServer.Build(platform, ["http://127.0.0.1:0"], new MamoriServerOptions
        {
            ConfigureLogging = _ => { },
            ConfigureWebHost = web => web.UseTestServer(),
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var harness = new ApiHarness(platform, time, app);
        await harness.SeedAsync();
        return harness;
    }

    /// <summary>A client signed in as the role's user (null: no Authorization header).</summary>
    public HttpClient Client(Role? role) => Client(role is { } r ? _tokens[r] : null);

    /// <summary>A client presenting the given token (null: none).</summary>
    public HttpClient Client(string? token)
    {
        var client = App.GetTestClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    public string TokenOf(Role role) => _tokens[role];

    public static string UserName(Role role) => "test-" + Roles.Name(role);

    /// <summary>The access log as stored, oldest first.</summary>
    public async Task<List<Core.Audit.AccessLogEntry>> AccessLogAsync()
    {
        var entries = new List<Core.Audit.AccessLogEntry>();
        await foreach (var entry in Platform.Store.ReadAccessLogAsync(1, TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
        }

        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Platform.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var op = Caller.LocalOperator;
        var from = Start.AddDays(-1);
        await Platform.Purposes.DefineAsync(op, new Purpose(Membership, 1, from, "会員管理", "会員管理のため",
            [EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, EntityTypes.Address, EntityTypes.DateOfBirth, ItemTypes.MemberId, ItemTypes.Gender],
            1825, RequiresConsent: false), ct);
        await Platform.Purposes.DefineAsync(op, new Purpose(Marketing, 1, from, "メールマガジン", "同意した方へのご案内のため",
            [EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, ItemTypes.MemberId], 730, RequiresConsent: true)
        { FullValueItemTypes = [EntityTypes.EmailAddress] }, ct);
        await Platform.Purposes.DefineAsync(op, new Purpose(Support, 1, from, "お問い合わせ対応", "お問い合わせへの対応のため",
            [EntityTypes.PersonName, EntityTypes.PhoneNumber, EntityTypes.EmailAddress, ItemTypes.MemberId], 1095, RequiresConsent: false), ct);
        await Platform.Purposes.DefineAsync(op, new Purpose(Analytics, 1, from, "統計分析", "年代・地域別の集計のため",
            [EntityTypes.DateOfBirth, EntityTypes.Address, ItemTypes.Gender], 365, RequiresConsent: false), ct);

        var entrustment = await Platform.Entrustments.CreateAsync(op, new Entrustment(
            string.Empty, "テストコールセンター（架空）", [EntityTypes.PersonName, EntityTypes.PhoneNumber, ItemTypes.MemberId], [Support], Start.AddDays(30)), ct);
        EntrustmentId = entrustment.Id;

        foreach (var role in AllRoles)
        {
            var (_, token) = await Platform.Users.AddUserAsync(op, UserName(role), role, role == Role.Contractor ? entrustment.Id : null, ct);
            _tokens[role] = token;
        }

        Yamada = await Platform.Subjects.RegisterAsync(op, Membership,
        [
            new(EntityTypes.PersonName, YamadaName),
            new(EntityTypes.EmailAddress, YamadaEmail),
            new(EntityTypes.PhoneNumber, YamadaPhone),
            new(EntityTypes.Address, "東京都千代田区架空町1-2-3"),
            new(EntityTypes.DateOfBirth, "1985-04-12"),
            new(ItemTypes.MemberId, "M000001"),
        ], [new NewConsent(Marketing, true, "web-form")], ct);
        Sato = await Platform.Subjects.RegisterAsync(op, Membership,
        [
            new(EntityTypes.PersonName, "佐藤 花子"),
            new(EntityTypes.EmailAddress, "hanako.sato@example.jp"),
            new(EntityTypes.PhoneNumber, SatoPhone),
            new(ItemTypes.MemberId, "M000002"),
        ], [], ct);
    }
}
