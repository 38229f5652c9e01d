using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori users add|list|token|revoke</c> on a platform of the test's own.</summary>
public sealed partial class UsersCommandTests : IAsyncDisposable
{
    private readonly GovernTarget _target = GovernTarget.Sqlite();

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    [Fact]
    public async Task Add_Role_PrintsTokenOnceAndStoresOnlyItsHash()
    {
        var (exitCode, output, error) = await _target.RunAsync("users", "add", "sato", "--role", "privacy_officer");

        Assert.True(exitCode == 0, error);
        var token = Token(output);
        Assert.Contains("shown this once only", output, StringComparison.Ordinal);
        var list = await _target.RunAsync("users", "list");
        Assert.DoesNotContain(token, list.Output, StringComparison.Ordinal);
        Assert.Contains("privacy-officer", list.Output, StringComparison.Ordinal);

        // The database files (and their write-ahead logs) hold the token's SHA-256, never the token.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var stored = Directory.GetFiles(_target.Folder).Where(f => Path.GetFileName(f).Contains(".db", StringComparison.Ordinal))
            .Select(File.ReadAllBytes).ToList();
        var hash = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        Assert.True(stored.Any(bytes => bytes.AsSpan().IndexOf(hash) >= 0), "the token's hash should be stored");
        Assert.False(stored.Any(bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) >= 0), "the token itself must not be stored");
    }

    [Fact]
    public async Task Add_UnknownRole_Exits2NamingTheRoles()
    {
        var (exitCode, _, error) = await _target.RunAsync("users", "add", "sato", "--role", "owner");

        Assert.Equal(2, exitCode);
        Assert.Contains("privacy_officer", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ContractorWithoutEntrustment_RefusedWithEntrustmentBound()
    {
        var refused = await _target.RunAsync("users", "add", "callcenter", "--role", "contractor");
        string entrustmentId;
        await using (var platform = await _target.OpenAsync())
        {
            await platform.Purposes.DefineAsync(Caller.LocalOperator, new Core.Purposes.Purpose("support", 0, DateTimeOffset.UtcNow.AddDays(-1), "問い合わせ対応", "問い合わせ対応", ["PHONE_NUMBER"], 365, false), TestContext.Current.CancellationToken);
            entrustmentId = (await platform.Entrustments.CreateAsync(Caller.LocalOperator,
                new Entrustment(string.Empty, "コールセンター株式会社", ["PHONE_NUMBER"], ["support"], DateTimeOffset.UtcNow.AddYears(1)), TestContext.Current.CancellationToken)).Id;
        }

        var added = await _target.RunAsync("users", "add", "callcenter", "--role", "contractor", "--entrustment", entrustmentId);
        var list = await _target.RunAsync("users", "list");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("entrustment", refused.Error, StringComparison.Ordinal);
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains(entrustmentId, list.Output, StringComparison.Ordinal);
        Assert.Contains("コールセンター株式会社", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Json_ShowsEveryTokenWithCreatedLastUsedAndRevoked()
    {
        var first = Token((await _target.RunAsync("users", "add", "tanaka", "--role", "marketer")).Output);
        var issued = await _target.RunAsync("users", "token", "tanaka");
        var second = Token(issued.Output);
        await using (var platform = await _target.OpenAsync())
        {
            Assert.NotNull(await platform.Users.AuthenticateAsync(first, TestContext.Current.CancellationToken));
        }

        using var before = JsonDocument.Parse((await _target.RunAsync("users", "list", "--format", "json")).Output);
        var tokens = before.RootElement[0].GetProperty("tokens").EnumerateArray().ToList();
        var revoked = await _target.RunAsync("users", "revoke", tokens[1].GetProperty("id").GetString()!);
        using var after = JsonDocument.Parse((await _target.RunAsync("users", "list", "--format", "json")).Output);

        Assert.NotEqual(first, second);
        Assert.Equal("tanaka", before.RootElement[0].GetProperty("name").GetString());
        Assert.Equal("marketer", before.RootElement[0].GetProperty("role").GetString());
        Assert.Equal(2, tokens.Count);
        Assert.Equal(JsonValueKind.String, tokens[0].GetProperty("created_at").ValueKind);
        Assert.Equal(JsonValueKind.String, tokens[0].GetProperty("last_used_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, tokens[1].GetProperty("last_used_at").ValueKind);
        Assert.True(revoked.ExitCode == 0, revoked.Error);
        var afterTokens = after.RootElement[0].GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, afterTokens[0].GetProperty("revoked_at").ValueKind);
        Assert.Equal(JsonValueKind.String, afterTokens[1].GetProperty("revoked_at").ValueKind);
        Assert.DoesNotContain(first, after.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_Token_NoLongerSignsIn()
    {
        var token = Token((await _target.RunAsync("users", "add", "suzuki", "--role", "staff")).Output);
        using var list = JsonDocument.Parse((await _target.RunAsync("users", "list", "--format", "json")).Output);
        var tokenId = list.RootElement[0].GetProperty("tokens")[0].GetProperty("id").GetString()!;

        var (exitCode, output, error) = await _target.RunAsync("users", "revoke", tokenId);

        Assert.True(exitCode == 0, error);
        Assert.Contains(tokenId, output, StringComparison.Ordinal);
        await using var platform = await _target.OpenAsync();
        Assert.Null(await platform.Users.AuthenticateAsync(token, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Revoke_UnknownToken_Exits2()
    {
        var (exitCode, _, error) = await _target.RunAsync("users", "revoke", "K0000000000000000");

        Assert.Equal(2, exitCode);
        Assert.Contains("K0000000000000000", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Users_SaysTheFilesystemIsTheTrustBoundary()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("users", "add", "--help", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("--role", output, StringComparison.Ordinal);
        var parent = await CliRunner.RunAsync("users", "--help", "--lang", "en");
        Assert.Contains("trust boundary", parent.Output, StringComparison.Ordinal);
    }

    private static string Token(string output)
    {
        var match = TokenPattern().Match(output);
        Assert.True(match.Success, "no token in the output");
        Assert.Single(TokenPattern().Matches(output));
        return match.Value;
    }

    [GeneratedRegex(@"mamori_[A-Za-z0-9_-]{20,}")]
    private static partial Regex TokenPattern();
}
