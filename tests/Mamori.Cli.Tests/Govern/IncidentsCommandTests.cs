using System.Text.Json;
using Mamori.Testing;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori incidents …</c> on SQLite (<see cref="IncidentsCommandSqliteTests"/>) and PostgreSQL (<see cref="IncidentsCommandPostgresTests"/>).</summary>
public abstract class IncidentsCommandTests : IAsyncLifetime
{
    protected GovernTarget Target { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Target = await CreateTargetAsync();
        await Target.DefineCrmAsync();
        Assert.Equal(0, (await Target.RunAsync("users", "add", "tanaka", "--role", "marketer")).ExitCode);
        Assert.Equal(0, (await Target.RunAsync("users", "add", "sato", "--role", "privacy_officer")).ExitCode);
        var file = Members.WriteCsv(Target.File("members.csv"), Members.Header, Members.Rows(3));
        Assert.Equal(0, (await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop")).ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (Target is not null)
        {
            await Target.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task<GovernTarget> CreateTargetAsync();

    [Fact]
    public async Task Add_HoldersOfAnItemType_CountsThePeopleOnThePlatform()
    {
        var (exitCode, output, error) = await Target.RunAsync("incidents", "add", "メールの誤送信", "--holders", "--items", "EMAIL_ADDRESS", "--aware", "2025-04-06", "--format", "json");

        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(3, json.GetProperty("incident").GetProperty("people").GetInt64());
        Assert.True(json.GetProperty("incident").GetProperty("computed").GetBoolean());
        Assert.Equal("none", json.GetProperty("triage").GetProperty("duty").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("deadlines").GetProperty("final_due").ValueKind);
    }

    [Fact]
    public async Task Add_SubjectsFromAFile_CountsOnlyThoseSubjects()
    {
        await using (var platform = await Target.OpenAsync())
        {
            var ids = await platform.Store.ListSubjectIdsAsync(null, 10, TestContext.Current.CancellationToken);
            await File.WriteAllLinesAsync(Target.File("leaked.txt"), ["# 誤送信した2名", .. ids.Take(2)], TestContext.Current.CancellationToken);
        }

        var (exitCode, output, error) = await Target.RunAsync("incidents", "add", "誤送信", "--subjects-file", Target.File("leaked.txt"), "--items", "PERSON_NAME,PHONE_NUMBER", "--format", "json");

        Assert.True(exitCode == 0, error);
        var incident = JsonDocument.Parse(output).RootElement.GetProperty("incident");
        Assert.Equal(2, incident.GetProperty("people").GetInt64());
        Assert.Equal(2, incident.GetProperty("subject_ids").GetArrayLength());
        Assert.Equal(["PERSON_NAME", "PHONE_NUMBER"], incident.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Add_CardsBeforeGoldenWeek_JapaneseOutputWithTheMovedDeadline()
    {
        var (exitCode, output, error) = await RunJapaneseAsync("incidents", "add", "カード情報の漏えい", "--items", "CREDIT_CARD,PERSON_NAME", "--people", "2", "--aware", "2025-04-06T10:00");

        Assert.True(exitCode == 0, error);
        Assert.Contains("事案を記録しました。", output, StringComparison.Ordinal);
        Assert.Contains("[2] 該当", output, StringComparison.Ordinal);
        Assert.Contains("[4] 非該当", output, StringComparison.Ordinal);
        // Day 30 is 2025-05-05 (こどもの日), 05-06 is a substitute holiday: due Wednesday 05-07.
        Assert.Contains("確報: 2025-05-07（水） まで（30日以内。2025-05-05（月） がこどもの日のため翌業務日", output, StringComparison.Ordinal);
        Assert.Contains("速報（速やかに）: 目安 2025-04-08（火）〜2025-04-10（木）", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Markdown_NineItemsInOrderAndOutNeverOverwrites()
    {
        var id = await AddAsync("--items", "SPECIAL_CARE=special_care", "--people", "1", "--unlawful", "insider_theft");
        var path = Target.File("report.md");

        var (exitCode, output, error) = await Target.RunAsync("incidents", "report", id, "--out", path);
        var again = await Target.RunAsync("incidents", "report", id, "--out", path);

        Assert.True(exitCode == 0, error);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var positions = Enumerable.Range(1, 9).Select(n => markdown.IndexOf($"\n## {n}. ", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("## 9. その他参考となる事項", markdown, StringComparison.Ordinal);
        Assert.Contains("60日以内", markdown, StringComparison.Ordinal);
        Assert.Contains("fill in the parts marked", error, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("never overwritten", again.Error, StringComparison.Ordinal);
        Assert.Equal(markdown, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Notice_NoticeImpossible_DraftsTheAnnouncementWithFiveItems()
    {
        var normal = await AddAsync("--items", "CREDIT_CARD", "--people", "4", "--contact", "お客様相談室");
        var unreachable = await AddAsync("--items", "CREDIT_CARD", "--people", "4", "--notice-impossible");

        var notice = await Target.RunAsync("incidents", "notice", normal, "--format", "json");
        var announcement = await Target.RunAsync("incidents", "notice", unreachable);

        Assert.Equal(0, notice.ExitCode);
        var draft = JsonDocument.Parse(notice.Output).RootElement;
        Assert.Equal("notice", draft.GetProperty("kind").GetString());
        Assert.Equal(5, draft.GetProperty("sections").GetArrayLength());
        Assert.Contains("お客様相談室", draft.GetProperty("sections")[4].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, announcement.ExitCode);
        Assert.Contains("（公表）案", announcement.Output, StringComparison.Ordinal);
        Assert.Contains("## 5. その他参考となる事項", announcement.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ContractorsIncident_DraftsTheNoticeToTheEntrustingBusiness()
    {
        var id = await AddAsync("--items", "PERSON_NAME,PHONE_NUMBER", "--people", "1200", "--contractor-for", "株式会社みどり商店");

        var triage = await Target.RunAsync("incidents", "triage", id);
        var report = await Target.RunAsync("incidents", "report", id);

        Assert.Contains("tell the entrusting business (株式会社みどり商店) promptly", triage.Output, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("株式会社みどり商店 御中", report.Output, StringComparison.Ordinal);
        Assert.Contains("委託元への通知", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_PreliminaryReportSent_ShowsItSentAndTheHistory()
    {
        var id = await AddAsync("--items", "CREDIT_CARD", "--people", "1");

        var update = await Target.RunAsync("incidents", "update", id, "--note", "速報を送信した", "--preliminary-reported", "now");
        var show = await Target.RunAsync("incidents", "show", id);
        var list = await Target.RunAsync("incidents", "list", "--format", "json");

        Assert.True(update.ExitCode == 0, update.Error);
        Assert.Contains("status: preliminary report sent", show.Output, StringComparison.Ordinal);
        Assert.Contains("preliminary report (promptly): sent", show.Output, StringComparison.Ordinal);
        Assert.Contains("速報を送信した", show.Output, StringComparison.Ordinal);
        Assert.Equal("preliminary_reported", JsonDocument.Parse(list.Output).RootElement[0].GetProperty("incident").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Incidents_AsAMarketer_Exit1AndNothingRecorded()
    {
        var (exitCode, _, error) = await Target.RunAsync("incidents", "add", "x", "--items", "PERSON_NAME", "--people", "1", "--as", "tanaka");
        var asOfficer = await Target.RunAsync("incidents", "list", "--as", "sato");

        Assert.Equal(1, exitCode);
        Assert.Contains("administrators and privacy officers", error, StringComparison.Ordinal);
        Assert.Equal(0, asOfficer.ExitCode);
        Assert.Contains("No incident is recorded.", asOfficer.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--aware", "yesterday", "--aware is not a time")]
    [InlineData("--holders", "--all", "give only one of")]
    [InlineData("--items", "x=secret", "unknown class")]
    public async Task Add_BadOptions_Exit2WithTheProblem(string option, string value, string message)
    {
        var (exitCode, _, error) = await Target.RunAsync("incidents", "add", "x", option, value, "--people", "1");

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_IncompleteOrUnknown_Exit2FromThePlatform()
    {
        var noItems = await Target.RunAsync("incidents", "add", "x", "--holders");
        var unknown = await Target.RunAsync("incidents", "show", "B0000000000000000000000000000000");

        Assert.Equal(2, noItems.ExitCode);
        Assert.Contains("holders scope names the leaked item types", noItems.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no incident", unknown.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unknown.Error, StringComparison.Ordinal);
    }

    private async Task<string> AddAsync(params string[] options)
    {
        var (exitCode, output, error) = await Target.RunAsync(["incidents", "add", "テスト事案", .. options, "--format", "json"]);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("incident").GetProperty("id").GetString()!;
    }

    private Task<(int ExitCode, string Output, string Error)> RunJapaneseAsync(params string[] args)
    {
        var all = Target.Args(args);
        all[^1] = "ja";
        return CliRunner.RunAsync(all);
    }
}

public sealed class IncidentsCommandSqliteTests : IncidentsCommandTests
{
    protected override Task<GovernTarget> CreateTargetAsync() => Task.FromResult(GovernTarget.Sqlite());
}

public sealed class IncidentsCommandPostgresTests : IncidentsCommandTests
{
    public IncidentsCommandPostgresTests() => TestEnvironment.RequirePostgres();

    protected override Task<GovernTarget> CreateTargetAsync() => GovernTarget.PostgresAsync();
}
