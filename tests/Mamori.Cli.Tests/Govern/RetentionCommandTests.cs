using System.Text.Json;
using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Storage;
using Mamori.Testing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary>
/// <c>mamori retention run|log</c> and <c>mamori contractors …</c> on SQLite and PostgreSQL. The members were registered
/// 400 days ago (a platform opened on a clock set back), so the CLI, on the real clock, finds them due.
/// </summary>
public abstract class RetentionCommandTests : IAsyncLifetime
{
    private const string OldName = "古川 一郎";
    private const string OldPhone = "090-0000-4001";
    private const string KeptEmail = "kept.member@example.jp";
    private const string KeptPhone = "090-0000-4002";

    protected GovernTarget Target { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Target = await CreateTargetAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-400));
        await using var platform = await PlatformHost.OpenAsync(Target.Location, clock, cancellationToken: Ct);
        var op = Caller.LocalOperator;
        var then = clock.GetUtcNow();
        await platform.Purposes.DefineAsync(op, new Purpose("support", 0, then, "お問い合わせ対応", "お問い合わせ対応のため", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], 365, false), Ct);
        await platform.Purposes.DefineAsync(op, new Purpose("news", 0, then, "お知らせメール", "新商品のご案内のため", ["PERSON_NAME", "EMAIL_ADDRESS"], 730, true), Ct);
        await platform.Subjects.RegisterAsync(op, "support", [new NewItem("PERSON_NAME", OldName), new NewItem("PHONE_NUMBER", OldPhone)], [], Ct);
        await platform.Subjects.RegisterAsync(op, "support",
            [new NewItem("PERSON_NAME", "残田 花子"), new NewItem("EMAIL_ADDRESS", KeptEmail), new NewItem("PHONE_NUMBER", KeptPhone)],
            [new NewConsent("news", true, "web-form")], Ct);
        await platform.Users.AddUserAsync(op, "tanaka", Core.Access.Role.Marketer, null, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (Target is not null)
        {
            await Target.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RetentionRun_DryRunThenRun_ListsThenDeletesAndLogsNoValue()
    {
        var dry = await Target.RunAsync("retention", "run", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains("Dry run", dry.Output, StringComparison.Ordinal);
        Assert.Contains("1 would be erased, 1 item(s) deleted. Nothing was deleted.", dry.Output, StringComparison.Ordinal);

        var run = await Target.RunAsync("retention", "run", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal((1, 1, false), (report.RootElement.GetProperty("subjects_erased").GetInt32(), report.RootElement.GetProperty("items_deleted").GetInt32(), report.RootElement.GetProperty("dry_run").GetBoolean()));
        Assert.Equal(["items", "subject"], report.RootElement.GetProperty("deletions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));

        var log = await Target.RunAsync("retention", "log", "--format", "jsonl");
        Assert.True(log.ExitCode == 0, log.Error);
        var lines = log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal("retention_expired", JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()));
        foreach (var value in new[] { OldName, OldPhone, KeptEmail, KeptPhone })
        {
            Assert.DoesNotContain(value, dry.Output + run.Output + log.Output, StringComparison.Ordinal);
        }

        var again = await Target.RunAsync("retention", "run");
        Assert.Contains("0 erased, 0 item(s)", again.Output, StringComparison.Ordinal);

        await using var platform = await Target.OpenAsync();
        Assert.Equal(1, await platform.Store.CountSubjectsAsync(Ct));
    }

    [Fact]
    public async Task RetentionLog_JapaneseByDefault_TableOfWhatWent()
    {
        Assert.Equal(0, (await Target.RunAsync("retention", "run")).ExitCode);

        var (exitCode, output, error) = await CliRunner.RunAsync(JapaneseArgs("retention", "log"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("本人ごと消去", output, StringComparison.Ordinal);
        Assert.Contains("保存期間の経過", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_MarketerOrBadLimit_Exit1Or2()
    {
        var refused = await Target.RunAsync("retention", "run", "--as", "tanaka");
        var badLimit = await Target.RunAsync("retention", "log", "--limit", "0");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("administrators and privacy officers", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, badLimit.ExitCode);
        await using var platform = await Target.OpenAsync();
        Assert.Equal(2, await platform.Store.CountSubjectsAsync(Ct));
    }

    [Fact]
    public async Task Contractors_AddAssessShowEnd_RegisterKeptAndPrinted()
    {
        var add = await Target.RunAsync("contractors", "add", "セブ・コールセンター", "--processing", "お問い合わせ電話の一次対応", "--items", "PERSON_NAME,PHONE_NUMBER",
            "--purposes", "support", "--until", "2099-03-31", "--country", "PH", "--sub", "マクタン保管社;PH;approved;通話録音の保管");
        Assert.True(add.ExitCode == 0, add.Error);
        var list = await Target.RunAsync("contractors", "list", "--format", "json");
        using var entries = JsonDocument.Parse(list.Output);
        var entry = Assert.Single(entries.RootElement.EnumerateArray());
        var id = entry.GetProperty("id").GetString()!;
        Assert.Contains(id, add.Output, StringComparison.Ordinal);
        Assert.Equal(("PH", "マクタン保管社", false), (entry.GetProperty("country").GetString(), entry.GetProperty("sub_contractors")[0].GetProperty("name").GetString(), entry.GetProperty("assessment_overdue").GetBoolean()));

        var assess = await Target.RunAsync("contractors", "assess", id, "--result", "unsatisfactory", "--notes", "委託契約外の端末持ち出し");
        Assert.True(assess.ExitCode == 0, assess.Error);
        Assert.Contains("access is suspended", assess.Output, StringComparison.Ordinal);
        var (showCode, show, showError) = await CliRunner.RunAsync(JapaneseArgs("contractors", "show", id));
        Assert.True(showCode == 0, showError);
        Assert.Contains("不適合", show, StringComparison.Ordinal);
        Assert.Contains("停止中", show, StringComparison.Ordinal);
        Assert.Contains("マクタン保管社 (PH, 承認済み)", show, StringComparison.Ordinal);

        var overdue = await Target.RunAsync("contractors", "list", "--overdue");
        Assert.Contains("No contractor's assessment is overdue.", overdue.Output, StringComparison.Ordinal);
        var end = await Target.RunAsync("contractors", "end", id);
        Assert.True(end.ExitCode == 0, end.Error);
        var ended = await Target.RunAsync("contractors", "show", id, "--format", "json");
        using var details = JsonDocument.Parse(ended.Output);
        Assert.Equal(("ended", false), (details.RootElement.GetProperty("status").GetString(), details.RootElement.GetProperty("in_force").GetBoolean()));
    }

    [Fact]
    public async Task Contractors_BadInputOrRole_Exit2Or1WithoutWriting()
    {
        var badCountry = await Target.RunAsync("contractors", "add", "不明な国の委託先", "--processing", "配送", "--items", "PERSON_NAME", "--purposes", "support", "--until", "2099-03-31", "--country", "Japan");
        var badDate = await Target.RunAsync("contractors", "add", "日付の誤り", "--processing", "配送", "--items", "PERSON_NAME", "--purposes", "support", "--until", "来年");
        var badResult = await Target.RunAsync("contractors", "assess", "Nwhatever", "--result", "great");
        var unknown = await Target.RunAsync("contractors", "show", "Nwhatever");
        var marketer = await Target.RunAsync("contractors", "list", "--as", "tanaka");
        var empty = await Target.RunAsync("contractors", "list");

        Assert.Equal(2, badCountry.ExitCode);
        Assert.Contains("'Japan'", badCountry.Error, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--until", badDate.Error, StringComparison.Ordinal);
        Assert.Equal(2, badResult.ExitCode);
        Assert.Contains("needs_improvement", badResult.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal(1, marketer.ExitCode);
        Assert.Contains("No contractors yet", empty.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RetentionIntervalNotAnInterval_Exit2BeforeStarting()
    {
        var (exitCode, _, error) = await Target.RunAsync("serve", "--retention-interval", "soon", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("--retention-interval", error, StringComparison.Ordinal);
    }

    protected abstract Task<GovernTarget> CreateTargetAsync();

    private string[] JapaneseArgs(params string[] args) =>
        Target.Postgres is null ? [.. args, "--data", Target.Folder] : [.. args, "--data", Target.Folder, "--postgres", Target.Postgres];
}

public sealed class RetentionCommandSqliteTests : RetentionCommandTests
{
    protected override Task<GovernTarget> CreateTargetAsync() => Task.FromResult(GovernTarget.Sqlite());
}

public sealed class RetentionCommandPostgresTests : RetentionCommandTests
{
    public RetentionCommandPostgresTests() => TestEnvironment.RequirePostgres();

    protected override Task<GovernTarget> CreateTargetAsync() => GovernTarget.PostgresAsync();
}
