using System.Net;
using System.Text;
using System.Text.Json;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Server.Demo;
using Mamori.Server.Tests.Api;
using Mamori.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Mamori.Server.Tests.Hosting;

/// <summary>The host as <c>mamori serve</c> builds it: a real listener on loopback over a data folder, logging, OpenAPI.</summary>
public sealed class MamoriServerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BuildAsync_DataFolderAndPortZero_ListensOnLoopbackAndAnswers()
    {
        var location = new PlatformLocation { DataDirectory = _folder.Combine("data") };
        await using var app = await MamoriServer.BuildAsync(location, ["http://127.0.0.1:0"], new MamoriServerOptions { ConfigureLogging = _ => { } }, Ct);
        await app.StartAsync(Ct);

        var address = Assert.Single(MamoriServer.ListeningAddresses(app));
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var health = await client.GetAsync($"{MamoriApi.BasePath}/health", Ct);
        using var openApi = await client.GetAsync(MamoriServer.OpenApiPath, Ct);
        await app.StopAsync(Ct);

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotEqual("http://127.0.0.1:0", address);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.True(File.Exists(location.EffectiveKeyFile));
        Assert.False(health.Headers.Contains("Server"));
    }

    [Fact]
    public async Task OpenApiDocument_Served_ListsEveryEndpointAndTheBearerScheme()
    {
        await using var api = await ApiHarness.StartAsync(OpenSqlite);
        using var response = await api.Client((Role?)null).GetAsync(MamoriServer.OpenApiPath, Ct);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = document.RootElement.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (path, method) in new[]
        {
            ("/api/v1/health", "get"), ("/api/v1/subjects", "post"), ("/api/v1/subjects", "get"), ("/api/v1/subjects/{id}", "get"), ("/api/v1/subjects/search", "post"),
            ("/api/v1/subjects/{id}/items", "post"), ("/api/v1/subjects/{id}/events", "post"), ("/api/v1/subjects/{id}/events", "get"),
            ("/api/v1/subjects/{id}/erase", "post"), ("/api/v1/subjects/{id}/suspend", "post"), ("/api/v1/subjects/{id}/resume", "post"),
            ("/api/v1/subjects/{id}/consents", "post"), ("/api/v1/subjects/{id}/consents", "get"), ("/api/v1/purposes", "post"), ("/api/v1/purposes", "get"),
            ("/api/v1/notices", "post"), ("/api/v1/notices", "get"), ("/api/v1/users", "post"), ("/api/v1/users", "get"), ("/api/v1/users/{name}/tokens", "post"),
            ("/api/v1/tokens", "get"), ("/api/v1/tokens/{id}", "delete"), ("/api/v1/entrustments", "post"), ("/api/v1/entrustments", "get"),
            ("/api/v1/exports", "post"), ("/api/v1/exports/{id}", "get"), ("/api/v1/exports/{id}/approve", "post"), ("/api/v1/exports/{id}/reject", "post"),
            ("/api/v1/exports/{id}/csv", "get"), ("/api/v1/access-log", "get"), ("/api/v1/access-log/verify", "get"),
            ("/api/v1/contractors", "post"), ("/api/v1/contractors", "get"), ("/api/v1/contractors/overdue", "get"), ("/api/v1/contractors/{id}", "get"),
            ("/api/v1/contractors/{id}/assessments", "post"), ("/api/v1/contractors/{id}/end", "post"), ("/api/v1/retention/run", "post"), ("/api/v1/retention/log", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not in the OpenAPI document");
        }

        var read = paths.GetProperty("/api/v1/subjects/{id}").GetProperty("get");
        Assert.Contains(read.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == MamoriApi.PurposeHeader && p.GetProperty("in").GetString() == "header");
        Assert.Contains("403", read.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.True(read.TryGetProperty("security", out _));
        Assert.False(paths.GetProperty("/api/v1/health").GetProperty("get").TryGetProperty("security", out _));
        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Logs_RequestsCarryingPersonalValues_NeverContainThem()
    {
        var logs = new CapturingLoggerProvider();
        var time = ApiHarness.NewClock();
        await using var platform = await OpenSqlite(time, new PlatformOptions());
        await using var app = MamoriServer.Build(platform, ["http://127.0.0.1:0"], new MamoriServerOptions
        {
            ConfigureLogging = logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace),
        });
        await app.StartAsync(Ct);
        var (_, token) = await ServerBootstrap.EnsureAdministratorAsync(platform, Ct) ?? throw new InvalidOperationException("no administrator");
        using var client = new HttpClient { BaseAddress = new Uri(MamoriServer.ListeningAddresses(app)[0]) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        foreach (var body in new[]
        {
            """{"items":[{"type":"PERSON_NAME","value":"渡辺 美咲"},{"type":"EMAIL_ADDRESS","value":"misaki.watanabe@example.jp"}]}""",
            """{"items":[{"type":"PERSON_NAME","value":"渡辺 美咲"}],"consents":[{"purpose":"nope","given":true}]}""",
            """{"items":[{"type":"PHONE_NUMBER","value":0901112222}]}""",
        })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{MamoriApi.BasePath}/subjects") { Content = content };
            request.Headers.Add(MamoriApi.PurposeHeader, "unregistered");
            using var response = await client.SendAsync(request, Ct);
            Assert.True((int)response.StatusCode >= 400);
        }

        using var search = new StringContent("""{"type":"email","value":"misaki.watanabe@example.jp"}""", Encoding.UTF8, "application/json");
        using (await client.PostAsync($"{MamoriApi.BasePath}/subjects/search", search, Ct))
        {
        }

        await app.StopAsync(Ct);

        Assert.NotEmpty(logs.Lines);
        foreach (var value in new[] { "渡辺", "misaki", "0901112222", token })
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Build_DataProtectionKeys_StayInMemoryNotInTheHomeFolder()
    {
        await using var platform = await OpenSqlite(TimeProvider.System, new PlatformOptions());
        await using var app = MamoriServer.Build(platform, ["http://127.0.0.1:0"], new MamoriServerOptions { ConfigureLogging = _ => { } });

        var keys = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>().Value;

        Assert.IsType<Authentication.InMemoryXmlRepository>(keys.XmlRepository);
    }

    [Fact]
    public async Task EnsureAdministrator_NewPlatform_CreatesOneOnlyOnce()
    {
        await using var platform = await OpenSqlite(TimeProvider.System, new PlatformOptions());

        var first = await ServerBootstrap.EnsureAdministratorAsync(platform, Ct);
        var second = await ServerBootstrap.EnsureAdministratorAsync(platform, Ct);

        Assert.NotNull(first);
        Assert.Equal(Role.Administrator, first.Value.User.Role);
        Assert.NotNull(await platform.Users.AuthenticateAsync(first.Value.Token, Ct));
        Assert.Null(second);
    }

    [Fact]
    public async Task DemoDataset_EmptyPlatform_SeedsMembersWhomEachDemoRoleSeesAsItShould()
    {
        await using var platform = await OpenSqlite(TimeProvider.System, new PlatformOptions());

        var seeded = await DemoDataset.SeedAsync(platform, members: 12, cancellationToken: Ct);
        var again = await DemoDataset.SeedAsync(platform, members: 12, cancellationToken: Ct);

        Assert.NotNull(seeded);
        Assert.Null(again);
        Assert.Equal(12, await platform.Store.CountSubjectsAsync(Ct));
        Assert.Equal([Role.PrivacyOfficer, Role.Marketer, Role.Staff, Role.Contractor], seeded.Users.Select(u => u.Role));
        Assert.Contains(await platform.Purposes.AllAsync(Ct), p => p.Code == DemoDataset.MembershipPurpose && p.Version == 2);

        var marketer = await platform.Users.AuthenticateAsync(seeded.Users.Single(u => u.Role == Role.Marketer).Token, Ct);
        var contractor = await platform.Users.AuthenticateAsync(seeded.Users.Single(u => u.Role == Role.Contractor).Token, Ct);
        var marketing = await platform.Subjects.GetAsync(marketer!, seeded.SampleSubjectId, DemoDataset.MarketingPurpose, Ct);
        var support = await platform.Subjects.GetAsync(contractor!, seeded.SampleSubjectId, DemoDataset.SupportPurpose, Ct);

        var email = marketing.Items.Single(i => i.Type == "EMAIL_ADDRESS");
        Assert.False(email.Masked);
        Assert.EndsWith("@example.jp", email.Value, StringComparison.Ordinal);
        Assert.EndsWith(" *", marketing.Items.Single(i => i.Type == "PERSON_NAME").Value, StringComparison.Ordinal);
        Assert.Equal(["MEMBER_ID", "PERSON_NAME", "PHONE_NUMBER"], support.Items.Select(i => i.Type).Order(StringComparer.Ordinal));
        Assert.StartsWith("090-0000-", support.Items.Single(i => i.Type == "PHONE_NUMBER").Value, StringComparison.Ordinal);
    }

    private Task<Platform> OpenSqlite(TimeProvider time, PlatformOptions options) =>
        PlatformHost.OpenAsync(new PlatformLocation { DataDirectory = _folder.Combine("data-" + Guid.NewGuid().ToString("N")[..8]) }, time, options, Ct);
}
