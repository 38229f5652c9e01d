using System.Text.Json;
using System.Text.RegularExpressions;
using Mamori.Core.Features;
using Mamori.Core.Subjects;
using UglyToad.PdfPig;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori requests</c> and <c>mamori statement</c> on a platform of the test's own.</summary>
public sealed partial class RequestsCommandTests : IAsyncLifetime
{
    private const string Email = "hanako.request@example.jp";

    private readonly GovernTarget _target = GovernTarget.Sqlite();
    private string _subject = string.Empty;
    private string _other = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await _target.DefineCrmAsync();
        Assert.Equal(0, (await _target.RunAsync("users", "add", "sato", "--role", "privacy_officer")).ExitCode);
        Assert.Equal(0, (await _target.RunAsync("users", "add", "tanaka", "--role", "marketer")).ExitCode);
        await using var platform = await _target.OpenAsync();
        _subject = await platform.Subjects.RegisterAsync(Caller.LocalOperator, "crm",
            [new NewItem("PERSON_NAME", "佐藤 花子"), new NewItem("EMAIL_ADDRESS", Email)], [], TestContext.Current.CancellationToken);
        _other = await platform.Subjects.RegisterAsync(Caller.LocalOperator, "crm",
            [new NewItem("PERSON_NAME", "鈴木 一郎"), new NewItem("EMAIL_ADDRESS", "ichiro.other@example.jp")], [], TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    [Fact]
    public async Task RequestsFulfil_DisclosureAsPdf_WritesAPrivateJapanesePdfOfTheSubjectOnly()
    {
        var id = await AddAsync("--type", "disclosure", "--channel", "mail", "--format", "pdf");
        Assert.Equal(0, (await _target.RunAsync("requests", "verify", id, "--method", "運転免許証の写し", "--as", "sato")).ExitCode);
        var folder = _target.File("answers");

        var (exitCode, output, error) = await _target.RunAsync("requests", "fulfil", id, "--out", folder, "--as", "sato");

        Assert.True(exitCode == 0, error);
        var file = Path.Combine(folder, $"disclosure-{id}.pdf");
        Assert.Contains(file, output, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        using var pdf = PdfDocument.Open(file);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("保有個人データの開示", text, StringComparison.Ordinal);
        Assert.Contains(Email, text, StringComparison.Ordinal);
        Assert.Contains("佐藤 花子", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ichiro.other@example.jp", text, StringComparison.Ordinal);

        var show = await _target.RunAsync("requests", "show", id, "--format", "json");
        var json = JsonDocument.Parse(show.Output).RootElement;
        Assert.Equal("fulfilled", json.GetProperty("status").GetString());
        Assert.Equal("pdf", json.GetProperty("format").GetString());
        Assert.Equal("運転免許証の写し", json.GetProperty("verification_method").GetString());
    }

    [Fact]
    public async Task RequestsFulfil_Erasure_SubjectErased()
    {
        var id = await AddAsync("--type", "erasure", "--channel", "counter");
        Assert.Equal(0, (await _target.RunAsync("requests", "verify", id, "--method", "来店時に本人確認")).ExitCode);

        var (exitCode, output, error) = await _target.RunAsync("requests", "fulfil", id);

        Assert.True(exitCode == 0, error);
        Assert.Contains("erased", output, StringComparison.Ordinal);
        await using var platform = await _target.OpenAsync();
        Assert.Equal(SubjectStatus.Erased, (await platform.Store.GetSubjectAsync(_subject, TestContext.Current.CancellationToken))!.Status);
        Assert.Equal(SubjectStatus.Active, (await platform.Store.GetSubjectAsync(_other, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task RequestsFulfil_Correction_ValueReplaced()
    {
        var id = await AddAsync("--type", "correction", "--channel", "web-form", "--items", "EMAIL_ADDRESS");
        Assert.Equal(0, (await _target.RunAsync("requests", "verify", id, "--method", "会員ログイン")).ExitCode);

        var (exitCode, _, error) = await _target.RunAsync("requests", "fulfil", id, "--correct", "EMAIL_ADDRESS=hanako.new@example.jp");

        Assert.True(exitCode == 0, error);
        await using var platform = await _target.OpenAsync();
        var view = await platform.Subjects.GetAsync(Caller.LocalOperator, _subject, "crm", TestContext.Current.CancellationToken);
        Assert.Equal("hanako.new@example.jp", Assert.Single(view.Items, i => i.Type == "EMAIL_ADDRESS").Value);
    }

    [Fact]
    public async Task Requests_InvalidTransitionsAndInput_ExitWithClearErrors()
    {
        var id = await AddAsync("--type", "suspension", "--channel", "mail");

        var early = await _target.RunAsync("requests", "fulfil", id);
        var fee = await _target.RunAsync("requests", "add", _subject, "--type", "erasure", "--channel", "mail", "--fee", "500");
        var unknownType = await _target.RunAsync("requests", "add", _subject, "--type", "forget-me", "--channel", "mail");
        var marketer = await _target.RunAsync("requests", "list", "--as", "tanaka");
        var unknown = await _target.RunAsync("requests", "show", "Qnothing");

        Assert.Equal(2, early.ExitCode);
        Assert.Contains("Verify the requester's identity first", early.Error, StringComparison.Ordinal);
        Assert.Equal(2, fee.ExitCode);
        Assert.Contains("Art. 38", fee.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownType.ExitCode);
        Assert.Contains("do_not_contact", unknownType.Error, StringComparison.Ordinal);
        Assert.Equal(1, marketer.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.DoesNotContain("   at ", early.Error + fee.Error + unknownType.Error + marketer.Error + unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestsRefuseAndList_RefusedWithReason_ListedWithStatus()
    {
        var id = await AddAsync("--type", "do_not_contact", "--channel", "phone");
        var open = await AddAsync("--type", "purpose_notification", "--channel", "mail");

        var refused = await _target.RunAsync("requests", "refuse", id, "--reason", "identity_not_verified");
        var list = await _target.RunAsync("requests", "list", "--open", "--format", "json");

        Assert.Equal(0, refused.ExitCode);
        var listed = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal([open], listed);
        var table = await _target.RunAsync("requests", "list");
        Assert.Contains(id, table.Output, StringComparison.Ordinal);
        Assert.Contains("refused", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_ProfileFromJson_MarkdownHoldsBusinessPurposesAndFees()
    {
        var profile = _target.File("profile.json");
        await File.WriteAllTextAsync(profile, """
            {"name":"有限会社みほん","address":"大阪府大阪市北区梅田1-1","representative":"見本 花子","complaint_contact":"相談窓口 06-0000-0000",
             "disclosure_fee_yen":700,"security_measures":["従業者への教育","アクセス制御"]}
            """, TestContext.Current.CancellationToken);

        var set = await _target.RunAsync("statement", "profile", profile);
        var (exitCode, output, error) = await CliRunner.RunAsync(["statement", "--data", _target.Folder]);

        Assert.True(set.ExitCode == 0, set.Error);
        Assert.True(exitCode == 0, error);
        Assert.Contains("有限会社みほん", output, StringComparison.Ordinal);
        Assert.Contains("顧客管理", output, StringComparison.Ordinal);
        Assert.Contains("700 円", output, StringComparison.Ordinal);
        Assert.Contains("アクセス制御", output, StringComparison.Ordinal);
        var bad = await _target.RunAsync("statement", "profile", _target.File("missing.json"));
        Assert.Equal(2, bad.ExitCode);
    }

    private async Task<string> AddAsync(params string[] options)
    {
        var (exitCode, output, error) = await _target.RunAsync(["requests", "add", _subject, .. options]);
        Assert.True(exitCode == 0, error);
        return RequestId().Match(output).Value;
    }

    [GeneratedRegex("Q[0-9a-f]{32}")]
    private static partial Regex RequestId();
}
