using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class JsonScanTests
{
    [Fact]
    public async Task Scan_JsonArrayOfObjects_IsTableWithRowsAndFields()
    {
        using var folder = new TempFolder();
        var path = folder.Write("members.json", """
            [
              {"name": "山田太郎", "contact": {"email": "taro@example.com"}},
              {"name": "佐藤花子", "contact": {"email": "hanako@example.jp", "tel": ["090-1234-5678"]}}
            ]
            """);

        var result = await TestScan.RunAsync(path);

        var email = result.Findings.Single(f => f.Type == EntityTypes.EmailAddress && f.Row == 2);
        Assert.Equal(("contact.email", 3, 42), (email.Field, email.Line, email.Column));
        var phone = Assert.Single(result.Findings, f => f.Type == EntityTypes.PhoneNumber);
        Assert.Equal(("contact.tel[]", 2), (phone.Field, phone.Row));
        Assert.Contains(result.Columns, c => c.Field == "contact.email" && c.Type == EntityTypes.EmailAddress);
        Assert.Single(result.Databases);
    }

    [Fact]
    public async Task Scan_JsonEscapedString_MapsToRawColumns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("escaped.json", """{"note": "\u3042\"x\" a@example.com"}""");

        var result = await TestScan.RunAsync(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("note", 1), (finding.Field, finding.Line));
        Assert.Equal(23, finding.Column); // the value starts at column 11; the 12 raw characters before the address hold escapes
        Assert.Null(finding.Row);
    }

    [Fact]
    public async Task Scan_JsonLines_RowIsLineNumber()
    {
        using var folder = new TempFolder();
        var path = folder.Write("events.jsonl", """
            {"user": {"mail": "a@example.com"}, "n": 1}

            {"user": {"mail": "b@example.com"}, "n": 2}
            not json but c@example.com
            """);

        var result = await TestScan.RunAsync(path);

        var findings = result.Findings.ToList();
        Assert.Equal([1, 3, 4], findings.Select(f => f.Line));
        Assert.Equal([1, 3], findings.Where(f => f.Row is not null).Select(f => f.Row!.Value));
        Assert.Equal("user.mail", findings[0].Field);
        Assert.Equal(20, findings[0].Column);
        Assert.Equal(14, findings[2].Column);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ScanErrorCode.Corrupt, error.Code);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_InvalidJson_ReportsErrorWithoutContent()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.json", "{\"a\": \"secret@example.com\",\n oops");

        var result = await TestScan.RunAsync(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ScanErrorCode.Corrupt, error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_LargeJsonAcrossBufferRefills_KeepsLines()
    {
        using var folder = new TempFolder();
        var items = Enumerable.Range(1, 3000).Select(i => $"  {{\"id\": {i}, \"mail\": \"user{i}@example.com\"}}");
        var path = folder.Write("big.json", "[\n" + string.Join(",\n", items) + "\n]\n");

        var result = await TestScan.RunAsync(path);

        var findings = result.Findings.ToList();
        Assert.Equal(3000, findings.Count);
        Assert.All(findings, f => Assert.Equal(f.Row + 1, f.Line));
        Assert.All(findings, f => Assert.Equal(21 + f.Row!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, f.Column));
    }
}
