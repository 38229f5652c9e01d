using Mamori.Core.Subjects;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Ports;
using Mamori.Core.Purposes;
using Mamori.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Mamori.Platform.Tests.Harness;

/// <summary>
/// A real platform opened through <see cref="PlatformHost"/> on one backend, on a controllable clock, with
/// the test purposes, a call-centre entrustment and one signed-in user per role (tokens issued and
/// authenticated as the API would).
/// </summary>
public sealed class World : IAsyncDisposable
{
    /// <summary>Where every world's clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<Role, Caller> _callers = [];
    private readonly Wrappers? _wrappers;
    // Person 0 is registered by name in tests that need one fixed person (masking); fresh people start at 1, so an
    // import's rows never meet it as an existing member, whatever order the tests run in.
    private int _people = 1;

    private World(PlatformBackend backend, PlatformLocation location, FakeTimeProvider clock, PlatformOptions options, Wrappers? wrappers)
    {
        _wrappers = wrappers;
        Backend = backend;
        Location = location;
        Clock = clock;
        Options = options;
    }

    public PlatformBackend Backend { get; }

    public PlatformLocation Location { get; }

    public FakeTimeProvider Clock { get; }

    public PlatformOptions Options { get; }

    public Mamori.Core.Features.Platform Platform { get; private set; } = null!;

    public Entrustment CallCentre { get; private set; } = null!;

    public IReadOnlyDictionary<Role, Caller> Callers => _callers;

    public Caller Admin => _callers[Role.Administrator];

    public Caller Officer => _callers[Role.PrivacyOfficer];

    public Caller Marketer => _callers[Role.Marketer];

    public Caller Staff => _callers[Role.Staff];

    public Caller Contractor => _callers[Role.Contractor];

    /// <summary>Opens a new world: a fresh location, migrated, seeded.</summary>
    /// <param name="backend">Where.</param>
    /// <param name="options">Platform settings.</param>
    /// <param name="wrappers">Proxies put around the real stores (to act at an exact moment inside a use case), or null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<World> CreateAsync(PlatformBackend backend, PlatformOptions? options = null, Wrappers? wrappers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var location = await backend.NewLocationAsync(cancellationToken);
        var world = new World(backend, location, new FakeTimeProvider(Start), options ?? new PlatformOptions(), wrappers);
        await world.OpenAsync(cancellationToken);
        await world.SeedAsync(cancellationToken);
        return world;
    }

    /// <summary>Opens the platform at this world's location (again, e.g. after a simulated crash).</summary>
    public async Task OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_wrappers is null)
        {
            Platform = await PlatformHost.OpenAsync(Location, Clock, Options, cancellationToken);
            return;
        }

        // The same stores PlatformHost opens, with the test's proxies around them.
        Directory.CreateDirectory(Location.DataDirectory);
        var storage = await PlatformStorage.OpenAsync(Location.ToStorageOptions(), cancellationToken);
        Platform = await Mamori.Core.Features.Platform.OpenAsync(
            _wrappers.Store?.Invoke(storage.Data) ?? storage.Data, _wrappers.Keys?.Invoke(storage.Keys) ?? storage.Keys, Location.EffectiveKeyFile, Clock, Options, cancellationToken);
    }

    /// <summary>Closes the platform as a stopped process would.</summary>
    public async Task CloseAsync()
    {
        await Platform.DisposeAsync();
    }

    /// <summary>The next fictitious person of this world (numbers never repeat within a world).</summary>
    public SyntheticPerson NextPerson() => SyntheticPerson.Create(Interlocked.Increment(ref _people) - 1);

    /// <summary>Registers a person for support (by the privacy officer) with the given items and consents.</summary>
    public Task<string> RegisterAsync(SyntheticPerson person, string[]? types = null, params NewConsent[] consents) =>
        Platform.Subjects.RegisterAsync(Officer, PlatformSetup.Support, person.Items(types ?? PlatformSetup.SupportItems), consents);

    /// <summary>The last sequence number of the access log.</summary>
    public async Task<long> LogHeadAsync()
    {
        long last = 0;
        await foreach (var entry in Platform.Store.ReadAccessLogAsync(1))
        {
            last = entry.Sequence;
        }

        return last;
    }

    /// <summary>The entries written after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<AccessLogEntry>> LogSinceAsync(long after)
    {
        var entries = new List<AccessLogEntry>();
        await foreach (var entry in Platform.Store.ReadAccessLogAsync(after + 1))
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Keeps a copy of the access log's rows in the database, to put back with <see cref="RestoreAccessLogAsync"/>.</summary>
    public Task BackUpAccessLogAsync() =>
        Backend.ExecuteRawAsync(Location, "DROP TABLE IF EXISTS access_log_copy; CREATE TABLE access_log_copy AS SELECT * FROM access_log");

    /// <summary>Puts the access log's rows back as <see cref="BackUpAccessLogAsync"/> kept them (the log's protection must be off).</summary>
    public Task RestoreAccessLogAsync() =>
        Backend.ExecuteRawAsync(Location, "DELETE FROM access_log; INSERT INTO access_log SELECT * FROM access_log_copy; DROP TABLE access_log_copy");

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Backend.DropAsync(Location);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var setup = Caller.LocalOperator;
        var purposes = Platform.Purposes;
        await purposes.DefineAsync(setup, new Purpose(PlatformSetup.Support, 0, now, "お問い合わせ対応", "お問い合わせへの回答のため", PlatformSetup.SupportItems, 365, false), cancellationToken);
        await purposes.DefineAsync(setup, new Purpose(PlatformSetup.EmailMarketing, 0, now, "メールマガジン", "新商品のご案内をメールでお送りするため", PlatformSetup.MarketingItems, 730, true)
        {
            FullValueItemTypes = [Mamori.Detection.EntityTypes.EmailAddress],
        }, cancellationToken);
        await purposes.DefineAsync(setup, new Purpose(PlatformSetup.HealthProgramme, 0, now, "健康支援プログラム", "健康支援プログラムの提供のため", PlatformSetup.HealthItems, 365, true), cancellationToken);
        await purposes.DefineAsync(setup, new Purpose(PlatformSetup.Analytics, 0, now, "利用状況の分析", "サービス改善のための分析", [Mamori.Core.Subjects.ItemTypes.MemberId, Mamori.Core.Subjects.ItemTypes.Gender], 365, false), cancellationToken);
        await purposes.PublishNoticeAsync(setup, new Notice(string.Empty, "web-signup", "2025-04", "プライバシーポリシー 2025年4月版", now,
            [PlatformSetup.Support, PlatformSetup.EmailMarketing, PlatformSetup.HealthProgramme]), cancellationToken);
        CallCentre = await Platform.Entrustments.CreateAsync(setup, new Entrustment(string.Empty, "コールセンター株式会社", [.. PlatformSetup.CallCentreItems, ItemTypes.Events], [PlatformSetup.Support], now.AddDays(365)), cancellationToken);
        foreach (var role in Enum.GetValues<Role>())
        {
            _callers[role] = await SignInAsync(Roles.Name(role), role, role == Role.Contractor ? CallCentre.Id : null, cancellationToken);
        }
    }

    /// <summary>Adds a user (as the local operator), and signs in with its token as the API would.</summary>
    public async Task<Caller> SignInAsync(string name, Role role, string? entrustmentId, CancellationToken cancellationToken = default)
    {
        var (_, token) = await Platform.Users.AddUserAsync(Caller.LocalOperator, name, role, entrustmentId, cancellationToken);
        return await Platform.Users.AuthenticateAsync(token, cancellationToken)
            ?? throw new InvalidOperationException($"The token just issued to the {Roles.Name(role)} did not authenticate.");
    }

    /// <summary>Proxies to put around the stores a world opens.</summary>
    public sealed record Wrappers(Func<IPlatformStore, IPlatformStore>? Store = null, Func<ISubjectKeyStore, ISubjectKeyStore>? Keys = null);
}
