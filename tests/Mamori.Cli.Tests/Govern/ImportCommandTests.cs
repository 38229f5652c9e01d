using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Scanning.Text;
using Mamori.Testing;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori import customers</c> on SQLite (<see cref="ImportCommandSqliteTests"/>) and PostgreSQL (<see cref="ImportCommandPostgresTests"/>).</summary>
public abstract class ImportCommandTests : IAsyncLifetime
{
    protected GovernTarget Target { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Target = await CreateTargetAsync();
        await Target.DefineCrmAsync();
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
    public async Task Import_ShiftJisCsv_ImportsEveryMemberEncryptedWithJoinedNameAndAddress()
    {
        var rows = Members.Rows(12);
        var file = Members.WriteCsv(Target.File("members.csv"), Members.Header, rows, TextEncodingDetector.ShiftJis);

        var (exitCode, output, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "futureshop-2025-04");

        Assert.True(exitCode == 0, error);
        Assert.Contains("shift_jis", output, StringComparison.Ordinal);
        Assert.Contains("Imported 12 people", output, StringComparison.Ordinal);
        Assert.Contains("PERSON_NAME is one value joined from 姓 + 名", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.jp", output + error, StringComparison.Ordinal);
        Assert.Equal(12, await CountAsync());
        var member = await FindAsync(rows[1][0]);
        Assert.Equal(rows[1][1] + " " + rows[1][2], Value(member, EntityTypes.PersonName));
        Assert.Equal(rows[1][3] + " " + rows[1][4], Value(member, ItemTypes.NameKana));
        Assert.Equal(rows[1][8] + rows[1][9] + rows[1][10] + " " + rows[1][11], Value(member, EntityTypes.Address));
        Assert.Equal(rows[1][5], Value(member, EntityTypes.EmailAddress));
        Assert.Equal("futureshop-2025-04", member.Items[0].Provenance.Source);
        Assert.Null(member.Items.FirstOrDefault(i => i.Value == rows[1][14])); // 保有ポイント is not the person's data
    }

    [Fact]
    public async Task Import_Utf8BomCsv_ReadsTheFirstHeaderWithoutTheMark()
    {
        var rows = Members.Rows(3);
        var file = Members.WriteCsv(Target.File("members-bom.csv"), Members.Header, rows, byteOrderMark: true);

        var (exitCode, output, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "base");

        Assert.True(exitCode == 0, error);
        Assert.Contains("utf-8-bom", output, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync());
        Assert.Equal(rows[2][0], Value(await FindAsync(rows[2][0]), ItemTypes.MemberId));
    }

    [Fact]
    public async Task Import_Xlsx_ReadsDateSerialsAndRestoresDroppedZeros()
    {
        string[] header = ["会員番号", "氏名", "メールアドレス", "携帯電話", "郵便番号", "住所", "生年月日"];
        var file = Members.WriteXlsx(Target.File("members.xlsx"), header,
        [
            ["A-001", "山田 太郎", "taro@example.jp", 9012345678d, 600001d, "北海道札幌市中央区北一条西2-1", new DateTime(1985, 4, 1).ToOADate()],
            ["A-002", "佐藤 花子", "hanako@example.jp", "080-2345-6789", "530-0001", "大阪府大阪市北区梅田3-1-1", "1990/12/24"],
        ]);

        var (exitCode, output, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "makeshop");

        Assert.True(exitCode == 0, error);
        Assert.Contains("XLSX", output, StringComparison.Ordinal);
        var first = await FindAsync("A-001");
        Assert.Equal("1985-04-01", Value(first, EntityTypes.DateOfBirth));
        Assert.Equal("09012345678", Value(first, EntityTypes.PhoneNumber));
        Assert.Equal("0600001", Value(first, EntityTypes.PostalCode));
        Assert.Equal("1990/12/24", Value(await FindAsync("A-002"), EntityTypes.DateOfBirth));
    }

    [Fact]
    public async Task Import_BadRows_NamesLinesAndColumnsWithoutValuesAndImportsNothing()
    {
        var rows = Members.Rows(6);
        rows[2][5] = "member3-at-example.jp"; // data row 3: line 4
        rows[4][12] = "1990/13/45";           // data row 5: line 6
        var file = Members.WriteCsv(Target.File("bad.csv"), Members.Header, rows);

        var (exitCode, output, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop");

        Assert.Equal(2, exitCode);
        Assert.Contains("line 4 (メールアドレス): not an e-mail address", error, StringComparison.Ordinal);
        Assert.Contains("line 6 (生年月日): not a date", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", error, StringComparison.Ordinal);
        Assert.DoesNotContain("member3-at-example.jp", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("1990/13/45", output + error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_BadRowJapanese_NamesLineAndColumnInJapanese()
    {
        var rows = Members.Rows(3);
        rows[1][12] = "昭和65年1月1日"; // data row 2: line 3; 昭和 ended in its 64th year
        var file = Members.WriteCsv(Target.File("bad-ja.csv"), Members.Header, rows);
        string[] args = ["import", "customers", file, "--purpose", "crm", "--source", "shop", "--data", Target.Folder];

        var (exitCode, _, error) = await CliRunner.RunAsync(Target.Postgres is null ? args : [.. args, "--postgres", Target.Postgres]);

        Assert.Equal(2, exitCode);
        Assert.Contains("3 行目（生年月日）: 日付ではありません", error, StringComparison.Ordinal);
        Assert.Contains("何も取り込んでいません", error, StringComparison.Ordinal);
        Assert.DoesNotContain("昭和65年", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RaggedRow_NamesItsLineAndImportsNothing()
    {
        var file = Target.File("ragged.csv");
        await File.WriteAllTextAsync(file, "会員ID,氏名,メールアドレス\r\nM1,山田 太郎,taro@example.jp\r\nM2,佐藤 花子\r\n", Ct);

        var (exitCode, _, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop");

        Assert.Equal(2, exitCode);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_DuplicateMemberIdInFile_NamesBothLinesAndImportsNothing()
    {
        var rows = Members.Rows(4);
        rows[3][0] = rows[1][0]; // line 5 repeats line 3's member id
        var file = Members.WriteCsv(Target.File("dup.csv"), Members.Header, rows);

        var (exitCode, _, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop");

        Assert.Equal(2, exitCode);
        Assert.Contains("line 5 (会員ID): the same 会員ID as line 3 (duplicate member)", error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_MemberIdAlreadyOnPlatform_RefusedUnlessSkipped()
    {
        var first = Members.WriteCsv(Target.File("first.csv"), Members.Header, Members.Rows(3));
        var second = Members.WriteCsv(Target.File("second.csv"), Members.Header, Members.Rows(3, offset: 2)); // M000003 again, then M000004, M000005
        Assert.Equal(0, (await Target.RunAsync("import", "customers", first, "--purpose", "crm", "--source", "shop")).ExitCode);

        var refused = await Target.RunAsync("import", "customers", second, "--purpose", "crm", "--source", "shop");
        var countAfterRefusal = await CountAsync();
        var skipped = await Target.RunAsync("import", "customers", second, "--purpose", "crm", "--source", "shop", "--on-duplicate", "skip");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("line 2 (会員ID): a subject with this 会員ID is already on the platform", refused.Error, StringComparison.Ordinal);
        Assert.Equal(3, countAfterRefusal);
        Assert.True(skipped.ExitCode == 0, skipped.Error);
        Assert.Contains("1 rows already on the platform are left out", skipped.Output, StringComparison.Ordinal);
        Assert.Equal(5, await CountAsync());
    }

    [Fact]
    public async Task Import_MapOverrides_HeaderAndDetectorMappingAndIgnore()
    {
        string[] header = ["No", "氏名", "連絡先", "電話番号", "メモ"];
        var rows = Enumerable.Range(1, 8).Select(n => new[] { $"X{n:D4}", "山田 太郎", $"contact{n}@example.jp", $"03-1234-{n:D4}", "電話は夕方" }).ToList();
        var file = Members.WriteCsv(Target.File("custom.csv"), header, rows);

        var (exitCode, output, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "sheet",
            "--map", "No=MEMBER_ID", "--map", "電話番号=ignore");

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"│ 1 │ No\s+│ MEMBER_ID\s+│ --map", output);
        Assert.Matches(@"│ 3 │ 連絡先\s+│ EMAIL_ADDRESS\s+│ values \(detector\)", output);
        Assert.Matches(@"│ 4 │ 電話番号\s+│ \(left out\)\s+│ --map", output);
        var member = await FindAsync("X0003");
        Assert.Equal("contact3@example.jp", Value(member, EntityTypes.EmailAddress));
        Assert.DoesNotContain(member.Items, i => i.Type == EntityTypes.PhoneNumber);
        Assert.Equal(3, member.Items.Count);
    }

    [Fact]
    public async Task Import_BadMapAndUnknownPurpose_Exit2WithSpecificMessages()
    {
        var file = Members.WriteCsv(Target.File("members.csv"), Members.Header, Members.Rows(2));

        var column = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "s", "--map", "ない列=EMAIL_ADDRESS");
        var type = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "s", "--map", "姓=SURNAME");
        var purpose = await Target.RunAsync("import", "customers", file, "--purpose", "no-such-purpose", "--source", "s");

        Assert.Equal(2, column.ExitCode);
        Assert.Contains("ない列", column.Error, StringComparison.Ordinal);
        Assert.Equal(2, type.ExitCode);
        Assert.Contains("SURNAME is not an item type", type.Error, StringComparison.Ordinal);
        Assert.Equal(2, purpose.ExitCode);
        Assert.Contains("'no-such-purpose' is not registered", purpose.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_InterruptedAfterFirstBatch_ResumesWhereItStopped()
    {
        var rows = Members.Rows(25);
        var file = Members.WriteCsv(Target.File("big.csv"), Members.Header, rows);
        string[] args = ["import", "customers", file, "--purpose", "crm", "--source", "shop", "--batch-size", "10"];
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Commands.Import.ImportRun.AfterBatch.Value = _ => interrupt.Cancel();
        var stopped = await CliRunner.RunAsync(interrupt.Token, Target.Args(args));
        Commands.Import.ImportRun.AfterBatch.Value = null;
        var afterStop = await CountAsync();
        var resumed = await Target.RunAsync(args);

        Assert.Equal(130, stopped.ExitCode);
        Assert.Contains("run the same command again", stopped.Output + stopped.Error, StringComparison.Ordinal);
        Assert.Equal(10, afterStop);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("Resuming the interrupted import", resumed.Output, StringComparison.Ordinal);
        Assert.Contains("Imported 15 people", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(25, await CountAsync());
        await using var platform = await Target.OpenAsync();
        foreach (var row in rows)
        {
            Assert.Single(await platform.Subjects.SearchAsync(Caller.LocalOperator, ItemTypes.MemberId, row[0], "crm", Ct));
        }
    }

    [Fact]
    public async Task Import_SpecialCareColumnWithoutConsent_RefusedNamingTheColumn()
    {
        string[] header = ["会員ID", "氏名", "既往歴"];
        var rows = Enumerable.Range(1, 6).Select(n => new[] { $"P{n:D3}", "山田 太郎", n % 2 == 0 ? "糖尿病" : "高血圧症" }).ToList();
        var file = Members.WriteCsv(Target.File("care.csv"), header, rows);
        await using (var platform = await Target.OpenAsync())
        {
            await platform.Purposes.DefineAsync(Caller.LocalOperator, new Purpose("care", 0, DateTimeOffset.UtcNow.AddDays(-1), "診療", "診療と健康相談",
                [EntityTypes.PersonName, ItemTypes.MemberId, EntityTypes.SpecialCare], 1825, true), Ct);
        }

        var notice = await Target.PublishNoticeAsync("care");
        var refused = await Target.RunAsync("import", "customers", file, "--purpose", "care", "--source", "clinic");
        var countAfterRefusal = await CountAsync();
        var consented = await Target.RunAsync("import", "customers", file, "--purpose", "care", "--source", "clinic", "--consent", "--notice", notice);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("column 既往歴: Special care-required information may only be imported with the people's prior consent", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Art. 20(2)", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("糖尿病", refused.Output + refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, countAfterRefusal);
        Assert.True(consented.ExitCode == 0, consented.Error);
        await using var check = await Target.OpenAsync();
        var ids = await check.Subjects.SearchAsync(Caller.LocalOperator, ItemTypes.MemberId, "P002", "care", Ct);
        var consents = await check.Store.GetConsentsAsync(Assert.Single(ids), Ct);
        Assert.Equal(notice, Assert.Single(consents).NoticeId);
        Assert.Equal("糖尿病", Value(await check.Subjects.GetAsync(Caller.LocalOperator, ids[0], "care", Ct), EntityTypes.SpecialCare));
    }

    [Fact]
    public async Task Import_DryRun_ShowsMappingAndCheckAndImportsNothing()
    {
        var file = Members.WriteCsv(Target.File("members.csv"), Members.Header, Members.Rows(5));

        var (exitCode, output, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop", "--dry-run");

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"│ メルマガ配信\s+│ \(left out\)\s+│ header: a consent flag", output);
        Assert.Contains("Checked 5 rows: no problems", output, StringComparison.Ordinal);
        Assert.Contains("--dry-run: nothing was imported", output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunRefused()
    {
        var file = Members.WriteCsv(Target.File("members.csv"), Members.Header, Members.Rows(3));
        Assert.Equal(0, (await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop")).ExitCode);

        var (exitCode, _, error) = await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop");

        Assert.Equal(2, exitCode);
        Assert.Contains("imported already", error, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync());
    }

    private async Task<long> CountAsync()
    {
        await using var platform = await Target.OpenAsync();
        return await platform.Store.CountSubjectsAsync(Ct);
    }

    private async Task<SubjectView> FindAsync(string memberId)
    {
        await using var platform = await Target.OpenAsync();
        var ids = await platform.Subjects.SearchAsync(Caller.LocalOperator, ItemTypes.MemberId, memberId, "crm", Ct);
        Assert.True(ids.Count == 1, $"{ids.Count} subjects with the member id");
        return await platform.Subjects.GetAsync(Caller.LocalOperator, ids[0], "crm", Ct);
    }

    private static string? Value(SubjectView subject, string type) => subject.Items.FirstOrDefault(i => i.Type == type)?.Value;
}

public sealed class ImportCommandSqliteTests : ImportCommandTests
{
    protected override Task<GovernTarget> CreateTargetAsync() => Task.FromResult(GovernTarget.Sqlite());
}

public sealed class ImportCommandPostgresTests : ImportCommandTests
{
    public ImportCommandPostgresTests() => TestEnvironment.RequirePostgres();

    protected override Task<GovernTarget> CreateTargetAsync() => GovernTarget.PostgresAsync();
}
