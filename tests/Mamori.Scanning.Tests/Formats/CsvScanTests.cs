using System.Text;
using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class CsvScanTests
{
    private const string Members = """
        会員番号,氏名,メール,携帯電話,性別
        1001,山田太郎,taro@example.com,090-1234-5678,男
        1002,佐藤花子,hanako@example.jp,080-2345-6789,女
        1003,鈴木一郎,ichiro@example.net,070-3456-7890,男

        """;

    public static TheoryData<string, string> Encodings_ => new()
    {
        { "shift_jis", "shift_jis" },
        { "euc-jp", "euc-jp" },
        { "utf-8-bom", "utf-8-bom" },
        { "utf-8", "utf-8" },
    };

    [Theory]
    [MemberData(nameof(Encodings_))]
    public async Task Scan_MembersCsvInEncoding_ReportsRowFieldLineAndColumn(string encodingName, string expectedDetected)
    {
        using var folder = new TempFolder();
        var encoding = encodingName switch
        {
            "shift_jis" => Encodings.ShiftJis,
            "euc-jp" => Encodings.EucJp,
            "utf-8-bom" => Encodings.Utf8Bom,
            _ => new UTF8Encoding(false),
        };
        var path = folder.Write("members.csv", Members.ReplaceLineEndings("\n"), encoding);

        var result = await TestScan.RunAsync(path);

        Assert.Equal(expectedDetected, Assert.Single(result.Files).Encoding);
        var phone = result.Findings.Single(f => f.Type == EntityTypes.PhoneNumber && f.Row == 2);
        Assert.Equal(("携帯電話", 3, 29), (phone.Field, phone.Line, phone.Column));
        var name = result.Findings.Single(f => f.Type == EntityTypes.PersonName && f.Row == 1);
        Assert.Equal(("氏名", 2, 6, 4), (name.Field, name.Line, name.Column, name.Length));
        Assert.Equal(9, result.Findings.Count(f => f.Type is EntityTypes.EmailAddress or EntityTypes.PhoneNumber or EntityTypes.PersonName));
    }

    [Fact]
    public async Task Scan_MembersCsv_ClassifiesColumnsAndFlagsDatabase()
    {
        using var folder = new TempFolder();
        var path = folder.Write("members.csv", Members);

        var result = await TestScan.RunAsync(path);

        var columns = result.Columns.ToDictionary(c => c.Field);
        Assert.Equal(EntityTypes.EmailAddress, columns["メール"].Type);
        Assert.Equal(ColumnEvidence.HeaderAndValues, columns["メール"].Evidence);
        Assert.True(columns["メール"].Confidence >= 0.9);
        Assert.Equal(EntityTypes.PhoneNumber, columns["携帯電話"].Type);
        Assert.Equal(EntityTypes.PersonName, columns["氏名"].Type);
        Assert.Equal(Mamori.Scanning.Tables.ColumnTypes.Gender, columns["性別"].Type);
        Assert.Equal(Mamori.Scanning.Tables.ColumnTypes.MemberId, columns["会員番号"].Type);
        var flag = Assert.Single(result.Databases);
        Assert.Equal(["氏名"], flag.NameFields);
        Assert.Contains("メール", flag.AttributeFields);
        Assert.Equal(3, flag.Rows);
        var file = Assert.Single(result.Files);
        Assert.True(file.PersonalInformationDatabase);
        Assert.Equal(RiskLevel.Medium, file.Risk);
    }

    [Fact]
    public async Task Scan_ColumnWithoutTellingHeader_ClassifiedByValues()
    {
        using var folder = new TempFolder();
        var path = folder.Write("export.csv", "id,x\n1,a@example.com\n2,b@example.com\n3,c@example.com\n4,\n5,none\n");

        var result = await TestScan.RunAsync(path);

        var column = Assert.Single(result.Columns);
        Assert.Equal(("x", EntityTypes.EmailAddress, ColumnEvidence.Values), (column.Field, column.Type, column.Evidence));
        Assert.Equal(4, column.SampledValues);
        Assert.Equal(0.75, column.ValueShare);
        Assert.Empty(result.Databases);
    }

    [Fact]
    public async Task Scan_FewMatchesBelowThreshold_NoValueClassification()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.csv", "id,備考\n1,a@example.com\n2,なし\n3,なし\n4,なし\n");

        var result = await TestScan.RunAsync(path);

        Assert.Empty(result.Columns);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Scan_QuotedCellSpanningLines_PointsAtRawPosition()
    {
        using var folder = new TempFolder();
        var path = folder.Write("quoted.csv", "id,memo\n1,\"first \"\"line\"\"\nthen z@example.com\"\n2,plain\n");

        var result = await TestScan.RunAsync(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((1, "memo", 3, 6), (finding.Row, finding.Field, finding.Line, finding.Column));
        Assert.Equal("z@example.com".Length, finding.Length);
    }

    [Fact]
    public async Task Scan_Tsv_UsesTabSeparator()
    {
        using var folder = new TempFolder();
        var path = folder.Write("list.tsv", "name\tmail\n山田太郎\ttaro@example.com\n");

        var result = await TestScan.RunAsync(path);

        var email = result.Findings.Single(f => f.Type == EntityTypes.EmailAddress);
        Assert.Equal(("mail", 2, 6), (email.Field, email.Line, email.Column));
        Assert.Single(result.Databases);
    }

    [Fact]
    public async Task Scan_EntityFilter_DropsColumnsOfExcludedTypes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("members.csv", Members);
        using var detector = TestScan.Detector(new DetectorOptions { ExcludeEntities = new HashSet<string> { EntityTypes.EmailAddress } });
        var writer = new RecordingWriter();

        await new Scanner(detector).ScanAsync([path], writer, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(writer.Findings, f => f.Type == EntityTypes.EmailAddress);
        Assert.DoesNotContain(writer.Columns, c => c.Type == EntityTypes.EmailAddress);
    }
}
