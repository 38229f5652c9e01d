using System.Text;
using System.Text.Json;
using Mamori.Scanning.Text;
using Xunit;

namespace Mamori.Cli.Tests.Anonymize;

/// <summary><c>mamori anonymize</c> in-process, on a generated 300-row member table.</summary>
public sealed class AnonymizeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mamori-anonymize-cli-").FullName;
    private readonly List<string[]> _rows = MemberTable.Rows();
    private readonly string _input;

    public AnonymizeCommandTests()
    {
        _input = MemberTable.Write(Path.Combine(_folder, "members.csv"), MemberTable.Header, _rows);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    private string OutTable => Path.Combine(Out, "members.csv");

    private string OutReport => OutTable + ".anonymization-report.json";

    private string OutItems => OutTable + ".published-items.md";

    [Fact]
    public async Task Anonymize_AutoClassification_RemovesIdentifiersAndReachesK()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--out", Out, "--seed", "7", "--format", "json");

        Assert.True(exitCode == 0, error);
        var table = OutputTable.Read(OutTable);
        Assert.Equal(["生年月日", "性別", "住所", "郵便番号", "購入金額", "病歴"], table.Header);
        var (k, _, groups) = table.Measure(MemberTable.QuasiIdentifiers);
        Assert.True(k >= 5, $"smallest class {k}");
        using var report = JsonDocument.Parse(File.ReadAllText(OutReport));
        Assert.Equal(5, report.RootElement.GetProperty("k").GetProperty("required").GetInt32());
        Assert.Equal(k, report.RootElement.GetProperty("k").GetProperty("achieved").GetInt32());
        Assert.Equal(groups, report.RootElement.GetProperty("equivalence_classes").GetProperty("count").GetInt32());
        var rows = report.RootElement.GetProperty("rows");
        Assert.Equal(table.Rows.Count, rows.GetProperty("output").GetInt32());
        Assert.Equal(300, rows.GetProperty("output").GetInt32() + rows.GetProperty("suppressed").GetInt32());
        var roles = report.RootElement.GetProperty("column_roles").EnumerateArray()
            .ToDictionary(c => c.GetProperty("column").GetString()!, c => c.GetProperty("role").GetString());
        Assert.All(MemberTable.Identifiers, c => Assert.Equal("identifier", roles[c]));
        Assert.All(MemberTable.QuasiIdentifiers, c => Assert.Equal("quasi_identifier", roles[c]));
        Assert.Equal(("sensitive", "insensitive"), (roles["病歴"], roles["購入金額"]));

        using var summary = JsonDocument.Parse(output);
        Assert.Equal(k, summary.RootElement.GetProperty("k").GetProperty("achieved").GetInt32());
        Assert.Equal(OutTable, summary.RootElement.GetProperty("outputs").GetProperty("table").GetString());
        Assert.Contains("生年月日", File.ReadAllText(OutItems), StringComparison.Ordinal);
        Assert.DoesNotContain("氏名", File.ReadAllText(OutItems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymize_LDiversity_EveryClassHoldsLDistinctSensitiveValues()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "4", "--l", "3", "--sensitive", "病歴", "--out", Out, "--seed", "7");

        Assert.True(exitCode == 0, error);
        var (k, l, _) = OutputTable.Read(OutTable).Measure(MemberTable.QuasiIdentifiers, "病歴");
        Assert.True(k >= 4, $"smallest class {k}");
        Assert.True(l >= 3, $"fewest distinct diagnoses {l}");
        using var report = JsonDocument.Parse(File.ReadAllText(OutReport));
        Assert.Equal(l, report.RootElement.GetProperty("l").GetProperty("achieved").GetInt32());
    }

    [Fact]
    public async Task Anonymize_RareSensitiveValue_RecodedAsUnusual()
    {
        _rows[10][10] = "希少疾患";
        _rows[20][10] = "希少疾患";
        var input = MemberTable.Write(Path.Combine(_folder, "rare.csv"), MemberTable.Header, _rows);

        var (exitCode, output, error) = await CliRunner.RunAsync("anonymize", input, "--k", "3", "--out", Out, "--format", "json");

        Assert.True(exitCode == 0, error);
        var diagnoses = OutputTable.Read(Path.Combine(Out, "rare.csv")).Column("病歴").ToHashSet();
        Assert.DoesNotContain("希少疾患", diagnoses);
        Assert.Contains("その他（少数）", diagnoses);
        Assert.Superset(new HashSet<string>(MemberTable.Diseases), diagnoses);
        using var summary = JsonDocument.Parse(output);
        var column = summary.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "病歴");
        Assert.Contains("34(4)", column.GetProperty("reason_en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymize_OutputRescanned_FindsNoIdentifyingEntity()
    {
        string[] forbidden = ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"];
        var before = await ScanTypesAsync(_input);
        Assert.Superset(new HashSet<string>([.. forbidden, "JP_MY_NUMBER"]), before.Types);
        Assert.Contains("identification_code", before.Categories);

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--out", Out, "--seed", "3");
        Assert.True(exitCode == 0, error);
        var after = await ScanTypesAsync(Out);

        Assert.Equal(3, Directory.GetFiles(Out).Length);
        Assert.Empty(after.Types.Intersect(forbidden));
        Assert.DoesNotContain("identification_code", after.Categories);
    }

    [Fact]
    public async Task Anonymize_DecisionTable_JapaneseByDefaultEnglishOnRequest()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--out", Out);
        var (exitCodeEn, outputEn, errorEn) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--out", Path.Combine(_folder, "en"), "--lang", "en");

        Assert.True(exitCode == 0, error);
        Assert.True(exitCodeEn == 0, errorEn);
        Assert.Contains("列の役割", output, StringComparison.Ordinal);
        Assert.Contains("識別子（削除）", output, StringComparison.Ordinal);
        Assert.Contains("PERSON_NAME", output, StringComparison.Ordinal);
        Assert.Contains("施行規則第34条第2号", output, StringComparison.Ordinal);
        Assert.Contains("JapaneseAddressHierarchy", output, StringComparison.Ordinal);
        Assert.Contains("k（最小の同値クラス）", output, StringComparison.Ordinal);
        Assert.Contains("identifier (removed)", outputEn, StringComparison.Ordinal);
        Assert.Contains("Prosecutor risk", outputEn, StringComparison.Ordinal);
        Assert.DoesNotContain(_rows[0][1], output + error + outputEn + errorEn, StringComparison.Ordinal);
        Assert.DoesNotContain(_rows[0][3], output + error + outputEn + errorEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymize_ExplicitQuasi_OtherCandidatesRemovedAndExplained()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            "anonymize", _input, "--k", "5", "--quasi", "生年月日,住所", "--keep", "購入金額", "--out", Out, "--format", "json", "--lang", "en");

        Assert.True(exitCode == 0, error);
        Assert.Equal(["生年月日", "住所", "購入金額", "病歴"], OutputTable.Read(OutTable).Header);
        using var summary = JsonDocument.Parse(output);
        var columns = summary.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("column").GetString()!);
        Assert.True(columns["生年月日"].GetProperty("explicit").GetBoolean());
        Assert.True(columns["購入金額"].GetProperty("explicit").GetBoolean());
        Assert.Equal("identifier", columns["性別"].GetProperty("role").GetString());
        Assert.Contains("--quasi", columns["郵便番号"].GetProperty("reason_en").GetString(), StringComparison.Ordinal);
        Assert.True(OutputTable.Read(OutTable).Measure(["生年月日", "住所"]).K >= 5);
    }

    [Fact]
    public async Task Anonymize_EveryRoleGiven_NoClassificationNeeded()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            "anonymize", _input, "--k", "10", "--identifiers", "会員番号,氏名,電話番号,メール,マイナンバー,生年月日,郵便番号",
            "--quasi", "性別", "--quasi", "住所", "--keep", "購入金額", "--sensitive", "病歴", "--out", Out, "--format", "json");

        Assert.True(exitCode == 0, error);
        using var summary = JsonDocument.Parse(output);
        Assert.All(summary.RootElement.GetProperty("columns").EnumerateArray(), c => Assert.True(c.GetProperty("explicit").GetBoolean()));
        var table = OutputTable.Read(OutTable);
        Assert.Equal(["性別", "住所", "購入金額", "病歴"], table.Header);
        Assert.True(table.Measure(["性別", "住所"]).K >= 10);
    }

    [Fact]
    public async Task Anonymize_UserHierarchy_GeneralisesAlongTheFile()
    {
        var hierarchy = Path.Combine(_folder, "diseases.csv");
        File.WriteAllText(hierarchy, """
            高血圧症;生活習慣病
            糖尿病;生活習慣病
            喘息;アレルギー・呼吸器
            花粉症;アレルギー・呼吸器
            胃炎;その他
            腰痛症;その他
            なし;その他
            """);

        var (exitCode, output, error) = await CliRunner.RunAsync(
            "anonymize", _input, "--k", "60", "--quasi", "病歴", "--hierarchy", "病歴=" + hierarchy, "--keep", "購入金額", "--out", Out, "--format", "json");

        Assert.True(exitCode == 0, error);
        var table = OutputTable.Read(OutTable);
        Assert.Equal(["購入金額", "病歴"], table.Header);
        Assert.Subset(new HashSet<string>(["生活習慣病", "アレルギー・呼吸器", "その他"]), table.Column("病歴").ToHashSet());
        Assert.True(table.Measure(["病歴"]).K >= 60);
        using var summary = JsonDocument.Parse(output);
        var disease = summary.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "病歴");
        Assert.Contains("diseases.csv", disease.GetProperty("hierarchy").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, summary.RootElement.GetProperty("transformation")[0].GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task Anonymize_ShiftJisCsv_WritesShiftJisWithCrLf()
    {
        var input = MemberTable.Write(Path.Combine(_folder, "sjis.csv"), MemberTable.Header, _rows, TextEncodingDetector.ShiftJis, "\r\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", input, "--k", "5", "--out", Out);

        Assert.True(exitCode == 0, error);
        var output = Path.Combine(Out, "sjis.csv");
        var table = OutputTable.Read(output);
        Assert.Equal("shift_jis", table.Reader.EncodingName);
        Assert.Equal("\r\n", table.Reader.NewLine);
        var bytes = File.ReadAllBytes(output);
        Assert.StartsWith("生年月日,性別,住所", TextEncodingDetector.ShiftJis.GetString(bytes), StringComparison.Ordinal);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    [Fact]
    public async Task Anonymize_Xlsx_WritesXlsxWithTheSheetName()
    {
        var input = Workbook.Write(Path.Combine(_folder, "members.xlsx"), "会員", MemberTable.Header, _rows);

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", input, "--k", "5", "--out", Out);

        Assert.True(exitCode == 0, error);
        var table = OutputTable.Read(Path.Combine(Out, "members.xlsx"));
        Assert.Equal(("xlsx", "会員"), (table.Reader.EncodingName, table.Reader.SheetName));
        Assert.Equal(["生年月日", "性別", "住所", "郵便番号", "購入金額", "病歴"], table.Header);
        Assert.True(table.Measure(MemberTable.QuasiIdentifiers).K >= 5);
    }

    [Fact]
    public async Task Anonymize_MaskSuppression_KeepsEveryRow()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(
            "anonymize", _input, "--k", "12", "--suppression", "mask", "--max-suppression", "0.2", "--out", Out, "--seed", "1");

        Assert.True(exitCode == 0, error);
        var table = OutputTable.Read(OutTable);
        Assert.Equal(300, table.Rows.Count);
        var released = table.Rows.Where(r => !MemberTable.QuasiIdentifiers.All(q => r[Array.IndexOf(table.Header, q)] == "*")).ToList();
        var groups = released.GroupBy(r => string.Join('|', MemberTable.QuasiIdentifiers.Select(q => r[Array.IndexOf(table.Header, q)])));
        Assert.All(groups, g => Assert.True(g.Count() >= 12));
    }

    [Fact]
    public async Task Anonymize_CodeHeaderAndNamesInFreeText_RemovedWithReasons()
    {
        var header = new[] { "注文番号", "生年月日", "性別", "備考", "店舗コード" };
        var rows = _rows.Select((r, i) => new[] { $"A{i + 100000}", r[5], r[6], i % 10 == 0 ? $"{r[1]}様より電話あり" : "特になし", $"S{i % 4}" }).ToList();
        var input = MemberTable.Write(Path.Combine(_folder, "orders.csv"), header, rows);

        var (exitCode, output, error) = await CliRunner.RunAsync("anonymize", input, "--k", "5", "--out", Out, "--format", "json");

        Assert.True(exitCode == 0, error);
        using var summary = JsonDocument.Parse(output);
        var columns = summary.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("column").GetString()!);
        Assert.Equal("identifier", columns["注文番号"].GetProperty("role").GetString());
        Assert.Contains("34(3)", columns["注文番号"].GetProperty("reason_en").GetString(), StringComparison.Ordinal);
        Assert.Equal("identifier", columns["備考"].GetProperty("role").GetString());
        Assert.Contains("PERSON_NAME", columns["備考"].GetProperty("reason_en").GetString(), StringComparison.Ordinal);
        Assert.Equal("insensitive", columns["店舗コード"].GetProperty("role").GetString());
        Assert.Equal(["生年月日", "性別", "店舗コード"], OutputTable.Read(Path.Combine(Out, "orders.csv")).Header);
    }

    [Fact]
    public async Task Anonymize_ExistingOutputFile_NotOverwrittenAndNothingElseWritten()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(OutReport, "mine");

        var (exitCode, output, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--out", Out);

        Assert.Equal(2, exitCode);
        Assert.Contains("上書きはしません", error, StringComparison.Ordinal);
        Assert.Contains(OutReport, error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(OutReport));
        Assert.Equal([OutReport], Directory.GetFiles(Out));
        Assert.Empty(output);
    }

    public static TheoryData<string, string[], int, string> ErrorCases() => new()
    {
        { "unknown column", ["--quasi", "年令"], 2, "表にない列が指定されています: --quasi 年令" },
        { "unknown column in --keep", ["--keep", "memo"], 2, "--keep memo" },
        { "k below 2", ["--k", "1"], 2, "k は 2 以上" },
        { "k above the rows", ["--k", "301"], 1, "表の行数は 300" },
        { "two roles", ["--quasi", "性別", "--identifiers", "性別"], 2, "複数の役割" },
        { "l without a sensitive column", ["--l", "2"], 2, "--sensitive" },
        { "impossible l", ["--l", "8", "--sensitive", "病歴"], 1, "7 種類" },
        { "missing hierarchy file", ["--hierarchy", "性別=missing.csv"], 2, "missing.csv（列 性別）" },
        { "hierarchy without '='", ["--hierarchy", "性別"], 2, "列=値" },
        { "bad max level", ["--max-level", "住所=street"], 2, "3=prefecture" },
        { "no solution", ["--k", "50", "--max-level", "住所=prefecture", "--max-level", "性別=0", "--max-suppression", "0.01"], 1, "上限内で達成できる最大の k は" },
        { "max suppression out of range", ["--max-suppression", "1.5"], 2, "--max-suppression" },
    };

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Anonymize_BadInput_ExitCodeMessageAndNoOutput(string name, string[] options, int expectedExitCode, string expectedMessage)
    {
        var args = new List<string> { "anonymize", _input, "--out", Out };
        if (!options.Contains("--k"))
        {
            args.AddRange(["--k", "5"]);
        }

        args.AddRange(options.Select(o => o.Replace("missing.csv", Path.Combine(_folder, "missing.csv"), StringComparison.Ordinal)));

        var (exitCode, output, error) = await CliRunner.RunAsync([.. args]);

        Assert.True(expectedExitCode == exitCode, $"{name}: exit {exitCode}, {error}");
        Assert.Contains(expectedMessage, error, StringComparison.Ordinal);
        Assert.StartsWith("エラー: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out), $"{name}: --out was created");
        foreach (var value in _rows[0].Concat(_rows[1]))
        {
            Assert.DoesNotContain(value, output + error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymize_MalformedRow_NamesTheLineAndWritesNothing()
    {
        var lines = File.ReadAllLines(_input).ToList();
        lines[42] = string.Join(',', _rows[41].Take(5));
        File.WriteAllLines(_input, lines);

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--out", Out, "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("line 43", error, StringComparison.Ordinal);
        Assert.Contains("5 values", error, StringComparison.Ordinal);
        Assert.DoesNotContain(_rows[41][1], error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("生年月日,性別,生年月日\n1980-01-01,男性,1980-01-01\n", "生年月日")]
    [InlineData("生年月日,性別\n", "データ行がありません")]
    public async Task Anonymize_UnusableTable_DataErrorAndNoOutput(string content, string expectedMessage)
    {
        var input = Path.Combine(_folder, "odd.csv");
        File.WriteAllText(input, content);

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", input, "--k", "2", "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Contains(expectedMessage, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Anonymize_AgeColumn_GeneralisedWithTopCoding()
    {
        var header = new[] { "年齢", "性別", "購入金額" };
        var rows = _rows.Select((r, i) => new[] { (20 + (i % 60)).ToString(System.Globalization.CultureInfo.InvariantCulture), r[6], r[9] }).ToList();
        (rows[5][0], rows[6][0], rows[7][0]) = ("95", "101", "104");
        (rows[5][1], rows[6][1], rows[7][1]) = ("女性", "女性", "女性");
        var input = MemberTable.Write(Path.Combine(_folder, "ages.csv"), header, rows);

        var (exitCode, output, error) = await CliRunner.RunAsync("anonymize", input, "--k", "2", "--out", Out, "--format", "json");

        Assert.True(exitCode == 0, error);
        using var summary = JsonDocument.Parse(output);
        var age = summary.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "年齢");
        Assert.Equal("quasi_identifier", age.GetProperty("role").GetString());
        Assert.Contains("AgeHierarchy", age.GetProperty("hierarchy").GetString(), StringComparison.Ordinal);
        var ages = OutputTable.Read(Path.Combine(Out, "ages.csv")).Column("年齢").ToList();
        Assert.Empty(ages.Intersect(["95", "101", "104"]));
        Assert.Equal(3, ages.Count(a => a == "90以上"));
        Assert.True(OutputTable.Read(Path.Combine(Out, "ages.csv")).Measure(["年齢", "性別"]).K >= 2);
    }

    [Fact]
    public async Task Anonymize_MalformedHierarchyFile_NamesTheLine()
    {
        var hierarchy = Path.Combine(_folder, "gender.csv");
        File.WriteAllText(hierarchy, "男性;人\n女性;人;*\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--hierarchy", "性別=" + hierarchy, "--out", Out);

        Assert.Equal(2, exitCode);
        Assert.Contains("gender.csv", error, StringComparison.Ordinal);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Anonymize_ValueOutsideUserHierarchy_DataErrorAndNoOutput()
    {
        var hierarchy = Path.Combine(_folder, "gender.csv");
        File.WriteAllText(hierarchy, "男性;*\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--hierarchy", "性別=" + hierarchy, "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Contains("性別", error, StringComparison.Ordinal);
        Assert.DoesNotContain("女性", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Anonymize_MissingRequiredOptions_UsageErrors()
    {
        var noK = await CliRunner.RunAsync("anonymize", _input, "--out", Out);
        var noOut = await CliRunner.RunAsync("anonymize", _input, "--k", "5", "--lang", "en");
        var noTable = await CliRunner.RunAsync("anonymize", Path.Combine(_folder, "none.csv"), "--k", "5", "--out", Out);

        Assert.Equal((2, 2, 2), (noK.ExitCode, noOut.ExitCode, noTable.ExitCode));
        Assert.Contains("--k", noK.Error, StringComparison.Ordinal);
        Assert.Contains("Give the output folder with --out", noOut.Error, StringComparison.Ordinal);
        Assert.Contains("表ファイルが見つかりません", noTable.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Anonymize_Help_DescribesRulesAndExitCodes()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("anonymize", "--help");

        Assert.Equal(0, exitCode);
        foreach (var expected in new[] { "--quasi", "--hierarchy", "--max-suppression", "--suppression", "--seed", "--identifiers", "--keep", "--max-level", "終了コード", "施行規則第34条" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    private static async Task<(HashSet<string> Types, HashSet<string> Categories)> ScanTypesAsync(string path)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("scan", path, "--format", "jsonl");
        Assert.True(exitCode == 0, error);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var relevant = records.Where(r => !r.TryGetProperty("kind", out var kind) || kind.GetString() == "column").ToList();
        return ([.. relevant.Select(r => r.GetProperty("type").GetString()!)], [.. relevant.Select(r => r.GetProperty("category").GetString()!)]);
    }
}
