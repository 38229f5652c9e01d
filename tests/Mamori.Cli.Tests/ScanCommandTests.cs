using System.Text;
using System.Text.Json;
using Xunit;

namespace Mamori.Cli.Tests;

/// <summary>
/// <c>mamori scan</c> in-process. The custom recognizers of a --config file run beside the built-in ones
/// (which add the two person names of the sample table).
/// </summary>
public sealed class ScanCommandTests : IDisposable
{
    private const string Config = """
        recognizers:
          - name: test_email
            type: EMAIL_ADDRESS
            category: personal
            regex: "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"
            score: 0.9
          - name: test_mobile
            type: PHONE_NUMBER
            category: personal
            regex: "(?<![0-9])0[789]0-[0-9]{4}-[0-9]{4}(?![0-9])"
            score: 0.9
          - name: test_my_number
            type: JP_MY_NUMBER
            category: identification_code
            regex: "(?<![0-9])[0-9]{4} [0-9]{4} [0-9]{4}(?![0-9])"
            validator: my_number
            score: 0.95
        """;

    // The built-in person-name recognizer also reads the 氏名 column (when MeCab is installed): counts below are of the
    // configured recognizers' findings only.
    private const string ExcludedBuiltIns = "PERSON_NAME";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mamori-cli-" + Guid.NewGuid().ToString("N"))).FullName;
    private readonly string _config;
    private readonly string _csv;

    public ScanCommandTests()
    {
        _config = Write("mamori.yaml", Config);
        _csv = Write("members.csv", "氏名,メール,携帯\n山田太郎,taro@example.com,090-1234-5678\n佐藤花子,hanako@example.jp,080-2345-6789\n");
    }

    [Fact]
    public async Task Scan_Jsonl_PrintsContractFindings()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("scan", _csv, "--format", "jsonl", "--config", _config);

        Assert.True(exitCode == 0, error);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var phone = records.First(r => r.TryGetProperty("type", out var t) && t.GetString() == "PHONE_NUMBER" && !r.TryGetProperty("kind", out _));
        Assert.Equal(_csv, phone.GetProperty("path").GetString());
        Assert.Equal((2, 23, 13), (phone.GetProperty("line").GetInt32(), phone.GetProperty("column").GetInt32(), phone.GetProperty("length").GetInt32()));
        Assert.Equal(("personal", 1, "携帯"), (phone.GetProperty("category").GetString(), phone.GetProperty("row").GetInt32(), phone.GetProperty("field").GetString()));
        Assert.Contains(records, r => r.TryGetProperty("kind", out var k) && k.GetString() == "column" && r.GetProperty("field").GetString() == "メール");
        Assert.Contains(records, r => r.TryGetProperty("kind", out var k) && k.GetString() == "database");
    }

    [Fact]
    public async Task Scan_Default_ValuesNeverPrinted()
    {
        foreach (var format in new[] { "table", "jsonl", "json", "sarif", "html" })
        {
            var (exitCode, output, _) = await CliRunner.RunAsync("scan", _csv, "--format", format, "--config", _config);

            Assert.Equal(0, exitCode);
            Assert.DoesNotContain("taro@example.com", output, StringComparison.Ordinal);
            Assert.DoesNotContain("090-1234-5678", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Scan_ShowValues_PrintsValues()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("scan", _csv, "--format", "jsonl", "--config", _config, "--show-values");

        Assert.Equal(0, exitCode);
        Assert.Contains("\"value\":\"090-1234-5678\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Table_ShowsJapaneseSummaryWithRisk()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("scan", _csv, "--config", _config, "--exclude-entities", ExcludedBuiltIns);

        Assert.Equal(0, exitCode);
        Assert.Contains("ファイルごとの検出", output, StringComparison.Ordinal);
        Assert.Contains("合計: 1 ファイル、検出 4 件", output, StringComparison.Ordinal); // 2 e-mails + 2 phones
        Assert.Contains("総合リスク: 中", output, StringComparison.Ordinal);
        Assert.Contains("個人情報データベース等", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TableLangEn_IsEnglish()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("scan", _csv, "--config", _config, "--lang", "en", "--exclude-entities", ExcludedBuiltIns);

        Assert.Equal(0, exitCode);
        Assert.Contains("Total: 1 files, 4 findings", output, StringComparison.Ordinal);
        Assert.Contains("Overall risk: Medium", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_NothingFound_SaysSo()
    {
        var clean = Write("clean.txt", "nothing personal here\n");

        var (exitCode, output, _) = await CliRunner.RunAsync("scan", clean, "--config", _config);

        Assert.Equal(0, exitCode);
        Assert.Contains("個人情報は見つかりませんでした", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("personal", 1)]
    [InlineData("PHONE_NUMBER", 1)]
    [InlineData("any", 1)]
    [InlineData("identification_code", 0)]
    [InlineData("special_care,JP_MY_NUMBER", 0)]
    [InlineData("error", 0)]
    public async Task Scan_FailOn_ExitCodeFollowsMatch(string failOn, int expected)
    {
        var (exitCode, _, _) = await CliRunner.RunAsync("scan", _csv, "--format", "jsonl", "--config", _config, "--fail-on", failOn);

        Assert.Equal(expected, exitCode);
    }

    [Fact]
    public async Task Scan_FailOnIdentificationCode_MyNumberFound_Exits1()
    {
        var file = Write("note.txt", "マイナンバー 6214 9832 0257\n");

        var (exitCode, _, _) = await CliRunner.RunAsync("scan", file, "--config", _config, "--fail-on", "identification_code");

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Scan_FailOnError_UnreadableFileFound_Exits1()
    {
        var broken = Write("broken.xlsx", "not a workbook");

        var (exitCode, output, _) = await CliRunner.RunAsync("scan", broken, "--format", "jsonl", "--fail-on", "error");

        Assert.Equal(1, exitCode);
        Assert.Contains("\"kind\":\"error\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingPath_Exits2WithClearMessage()
    {
        var missing = Path.Combine(_folder, "nope.csv");

        var (exitCode, output, error) = await CliRunner.RunAsync("scan", missing);
        var (_, _, english) = await CliRunner.RunAsync("scan", missing, "--lang", "en");

        Assert.Equal(MamoriCli.UsageError, exitCode);
        Assert.Contains("パスが見つかりません: " + missing, error, StringComparison.Ordinal);
        Assert.Contains("No such file or folder: " + missing, english, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Scan_NoPath_Exits2()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("scan");

        Assert.Equal(MamoriCli.UsageError, exitCode);
        Assert.Contains("--postgres", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_UnknownEntity_Exits2AndListsKnownIds()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("scan", _csv, "--entities", "EMAIL,PHONE_NUMBER", "--lang", "en");

        Assert.Equal(MamoriCli.UsageError, exitCode);
        Assert.Contains("EMAIL", error, StringComparison.Ordinal);
        Assert.Contains("JP_MY_NUMBER", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_UnknownFormat_Exits2()
    {
        var (exitCode, _, _) = await CliRunner.RunAsync("scan", _csv, "--format", "xml");

        Assert.Equal(MamoriCli.UsageError, exitCode);
    }

    [Fact]
    public async Task Scan_InvalidConfig_Exits2WithReason()
    {
        var bad = Write("bad.yaml", "recognizers:\n  - name: x\n    type: X\n    regex: \"[\"\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("scan", _csv, "--config", bad, "--lang", "en");

        Assert.Equal(MamoriCli.UsageError, exitCode);
        Assert.Contains("regex is not a valid", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Entities_LimitsTypes()
    {
        var (_, output, _) = await CliRunner.RunAsync("scan", _csv, "--format", "jsonl", "--config", _config, "--entities", "EMAIL_ADDRESS");

        Assert.Contains("EMAIL_ADDRESS", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PHONE_NUMBER", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MinConfidenceAboveScores_ReportsNoFindings()
    {
        var (_, output, _) = await CliRunner.RunAsync("scan", _csv, "--format", "json", "--config", _config, "--min-confidence", "0.995");

        using var document = JsonDocument.Parse(output);
        Assert.Equal(0, document.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Scan_Out_WritesReportToFile()
    {
        var report = Path.Combine(_folder, "report.sarif");

        var (exitCode, output, error) = await CliRunner.RunAsync("scan", _csv, "--format", "sarif", "--config", _config, "--out", report, "--exclude-entities", ExcludedBuiltIns);

        Assert.Equal(0, exitCode);
        Assert.Empty(output);
        Assert.Contains(report, error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(report, Encoding.UTF8));
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Equal(4, document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Count(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _)));
    }

    [Fact]
    public async Task Scan_Html_ContainsSummary()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("scan", _csv, "--format", "html", "--config", _config);

        Assert.Equal(0, exitCode);
        Assert.Contains("個人情報スキャン結果", output, StringComparison.Ordinal);
        Assert.Contains("090-****-5678", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Help_ListsOptions()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("scan", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--format", "--out", "--entities", "--exclude-entities", "--min-confidence", "--config", "--show-values", "--fail-on", "--postgres", "--sample-rows", "--parallel" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

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

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
