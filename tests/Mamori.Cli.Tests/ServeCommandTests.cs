using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Mamori.Deidentification.Keys;
using Mamori.Storage;
using Xunit;

namespace Mamori.Cli.Tests;

public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mamori-serve-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Serve_NewDataFolder_PrintsAnAdministratorTokenThatWorksAndStopsCleanly()
    {
        await using var serve = ServeRunner.Start("serve", "--data", Path.Combine(_folder, "data"), "--lang", "en");
        await serve.WaitUntilReadyAsync();

        var token = Token().Match(serve.Output).Value;
        using var client = new HttpClient();
        using var anonymous = await client.GetAsync($"{serve.Url}/api/v1/users", TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var users = await client.GetAsync($"{serve.Url}/api/v1/users", TestContext.Current.CancellationToken);
        var exitCode = await serve.StopAsync();

        Assert.Contains($"API:     {serve.Url}/api/v1", serve.Output, StringComparison.Ordinal);
        Assert.Contains($"OpenAPI: {serve.Url}/openapi/v1.json", serve.Output, StringComparison.Ordinal);
        Assert.Contains("Created the administrator 'admin'", serve.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.Contains("Stopped.", serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SecondStart_DoesNotCreateAnotherAdministrator()
    {
        var data = Path.Combine(_folder, "data");
        await using (var first = ServeRunner.Start("serve", "--data", data))
        {
            await first.WaitUntilReadyAsync();
            Assert.Contains("管理者ユーザー「admin」を作成しました", first.Output, StringComparison.Ordinal);
            Assert.Equal(0, await first.StopAsync());
        }

        await using var second = ServeRunner.Start("serve", "--data", data);
        await second.WaitUntilReadyAsync();
        Assert.Equal(0, await second.StopAsync());

        Assert.DoesNotMatch(Token(), second.Output);
    }

    [Fact]
    public async Task Serve_Demo_SeedsMembersAndPrintsEachDemoUsersWorkingToken()
    {
        await using var serve = ServeRunner.Start("serve", "--data", Path.Combine(_folder, "data"), "--demo", "--lang", "en");
        await serve.WaitUntilReadyAsync();

        var output = serve.Output;
        var marketer = Token().Match(output[output.IndexOf("demo-marketer", StringComparison.Ordinal)..]).Value;
        var subject = SubjectId().Match(output).Value;
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", marketer);
        client.DefaultRequestHeaders.Add("X-Mamori-Purpose", "email-marketing");
        using var read = await client.GetAsync($"{serve.Url}/api/v1/subjects/{subject}", TestContext.Current.CancellationToken);
        var body = await read.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await serve.StopAsync());

        Assert.Contains("Created 200 fictitious members", output, StringComparison.Ordinal);
        foreach (var user in new[] { "demo-privacy-officer", "demo-marketer", "demo-staff", "demo-contractor" })
        {
            Assert.Contains(user, output, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("\"masked\":true", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_Exits2SayingSo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exitCode, _, error) = await CliRunner.RunAsync("serve", "--data", Path.Combine(_folder, "data"), "--urls", url, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("in use", error, StringComparison.Ordinal);
        Assert.Contains(url, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_DataFolderIsAFile_Exits2WithAnErrorLine()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await CliRunner.RunAsync("serve", "--data", file, "--urls", $"http://127.0.0.1:{ServeRunner.FreePort()}", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WrongKeyFile_Exits2WithAKeyError()
    {
        var data = Path.Combine(_folder, "data");
        await using (await PlatformHost.OpenAsync(new PlatformLocation { DataDirectory = data }, cancellationToken: TestContext.Current.CancellationToken))
        {
        }

        var other = Path.Combine(_folder, "other.key");
        KeyRing.Generate().Save(other);

        var (exitCode, _, error) = await CliRunner.RunAsync("serve", "--data", data, "--key-file", other, "--urls", $"http://127.0.0.1:{ServeRunner.FreePort()}", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error (keys):", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5443")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/api")]
    public async Task Serve_UrlNotHttpHostPort_Exits2BeforeOpeningAnything(string url)
    {
        var data = Path.Combine(_folder, "data");

        var (exitCode, _, error) = await CliRunner.RunAsync("serve", "--data", data, "--urls", url, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("--urls", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task Serve_Help_DescribesItsOptionsInJapanese()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("serve", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--data", "--postgres", "--key-file", "--urls", "--demo" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }

        Assert.Contains("デモデータ", output, StringComparison.Ordinal);
    }

    [GeneratedRegex("mamori_[A-Za-z0-9_-]{20,}")]
    private static partial Regex Token();

    [GeneratedRegex("S[0-9a-f]{32}")]
    private static partial Regex SubjectId();
}
