using System.Text.Json;
using Mamori.Detection;
using Mamori.Scanning.Reporting;
using Mamori.Scanning.Tests.Support;
using Xunit;

namespace Mamori.Scanning.Tests.Reporting;

public sealed class ReportWriterTests
{
    private const string Csv = "氏名,メール,携帯\n山田太郎,taro@example.com,090-1234-5678\n佐藤花子,hanako@example.jp,080-2345-6789\n";

    [Fact]
    public async Task Jsonl_Finding_HasContractKeysFirstAndNoValue()
    {
        var lines = await ScanLinesAsync(new ScanOptions());

        var finding = lines.First(l => !l.RootElement.TryGetProperty("kind", out _) && l.RootElement.GetProperty("type").GetString() == EntityTypes.PhoneNumber).RootElement;
        var keys = finding.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["path", "line", "column", "length", "type", "category", "confidence", "row", "field"], keys.Take(9));
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal(23, finding.GetProperty("column").GetInt32());
        Assert.Equal(13, finding.GetProperty("length").GetInt32());
        Assert.Equal("personal", finding.GetProperty("category").GetString());
        Assert.Equal(0.9, finding.GetProperty("confidence").GetDouble());
        Assert.Equal(1, finding.GetProperty("row").GetInt32());
        Assert.Equal("携帯", finding.GetProperty("field").GetString());
        Assert.Equal("090-****-5678", finding.GetProperty("masked").GetString());
        Assert.False(finding.TryGetProperty("value", out _));
    }

    [Fact]
    public async Task Jsonl_Column_IsKindColumnWithContractKeys()
    {
        var lines = await ScanLinesAsync(new ScanOptions());

        var column = lines.Select(l => l.RootElement).First(e => e.TryGetProperty("kind", out var k) && k.GetString() == "column");
        Assert.Equal(["kind", "path", "field", "type", "category", "confidence"], column.EnumerateObject().Select(p => p.Name).Take(6));
        var database = lines.Select(l => l.RootElement).Single(e => e.TryGetProperty("kind", out var k) && k.GetString() == "database");
        Assert.Equal("氏名", database.GetProperty("name_fields")[0].GetString());
    }

    [Fact]
    public async Task Jsonl_ShowValues_AddsValue()
    {
        var lines = await ScanLinesAsync(new ScanOptions { ShowValues = true });

        Assert.Contains(lines, l => l.RootElement.TryGetProperty("value", out var v) && v.GetString() == "090-1234-5678");
    }

    [Fact]
    public async Task Jsonl_JapaneseText_IsNotEscaped()
    {
        var text = await ScanAsync(output => new JsonlReportWriter(output), new ScanOptions());

        Assert.Contains("\"field\":\"携帯\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("taro@example.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_Document_HasSectionsAndSummary()
    {
        var text = await ScanAsync(output => new JsonReportWriter(output), new ScanOptions());

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal(6, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(3, root.GetProperty("columns").GetArrayLength());
        Assert.Equal(1, root.GetProperty("databases").GetArrayLength());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        var file = root.GetProperty("files")[0];
        Assert.Equal("csv", file.GetProperty("format").GetString());
        Assert.Equal("medium", file.GetProperty("risk").GetString());
        Assert.True(file.GetProperty("personal_information_database").GetBoolean());
        var summary = root.GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("findings").GetInt32());
        Assert.Equal(6, summary.GetProperty("by_category").GetProperty("personal").GetInt32());
        Assert.DoesNotContain("hanako@example.jp", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_Log_HasRulesResultsAndUtf16Regions()
    {
        var text = await ScanAsync(output => new SarifReportWriter(output, new EntityCatalog(TestScan.Recognizers)), new ScanOptions());

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(EntityTypes.MyNumber, rules);
        Assert.Contains(EntityTypes.PhoneNumber, rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var phone = results.First(r => r.GetProperty("ruleId").GetString() == EntityTypes.PhoneNumber && r.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal("warning", phone.GetProperty("level").GetString());
        Assert.Equal(rules.IndexOf(EntityTypes.PhoneNumber), phone.GetProperty("ruleIndex").GetInt32());
        var region = phone.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 23, 13), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("charLength").GetInt32()));
        Assert.DoesNotContain("090-1234-5678", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PiiCategory.SpecialCare, "error")]
    [InlineData(PiiCategory.IdentificationCode, "error")]
    [InlineData(PiiCategory.Personal, "warning")]
    [InlineData(PiiCategory.PersonalRelated, "note")]
    public void Sarif_Level_FollowsCategory(PiiCategory category, string level) =>
        Assert.Equal(level, SarifReportWriter.LevelOf(category));

    [Fact]
    public void Sarif_Uri_EscapesSegmentsAndKeepsPostgres()
    {
        Assert.Equal("data/%E4%BC%9A%E5%93%A1.csv", SarifReportWriter.ToUri("data/会員.csv"));
        Assert.Equal("file:///tmp/a%20b.txt", SarifReportWriter.ToUri("/tmp/a b.txt"));
        Assert.Equal("postgres://h/db/public.t", SarifReportWriter.ToUri("postgres://h/db/public.t"));
    }

    [Fact]
    public async Task Html_Report_IsSelfContainedJapaneseSummaryWithMaskedExamples()
    {
        var text = await ScanAsync(output => new HtmlReportWriter(output), new ScanOptions());

        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", text, StringComparison.Ordinal);
        Assert.Contains("個人情報スキャン結果", text, StringComparison.Ordinal);
        Assert.Contains("総合リスク", text, StringComparison.Ordinal);
        Assert.Contains("class=\"risk medium\">中<", text, StringComparison.Ordinal);
        Assert.Contains("個人情報データベース等", text, StringComparison.Ordinal);
        Assert.Contains("090-****-5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("090-1234-5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_English_UsesEnglishLabels()
    {
        var text = await ScanAsync(output => new HtmlReportWriter(output, ReportLanguage.English), new ScanOptions());

        Assert.Contains("Personal information scan", text, StringComparison.Ordinal);
        Assert.Contains("Overall risk", text, StringComparison.Ordinal);
    }

    private static async Task<List<JsonDocument>> ScanLinesAsync(ScanOptions options)
    {
        var text = await ScanAsync(output => new JsonlReportWriter(output), options);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line))];
    }

    private static async Task<string> ScanAsync(Func<TextWriter, IScanReportWriter> create, ScanOptions options)
    {
        using var folder = new TempFolder();
        var path = folder.Write("members.csv", Csv);
        using var output = new StringWriter();
        var writer = create(output);
        using var detector = TestScan.Detector();
        await new Scanner(detector, options).ScanAsync([path], writer, TestContext.Current.CancellationToken);
        (writer as IDisposable)?.Dispose();
        return output.ToString();
    }
}
