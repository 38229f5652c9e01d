using Mamori.Detection;
using Mamori.Scanning.Formats;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class OfficeScanTests
{
    [Fact]
    public async Task Scan_Xlsx_ReportsSheetCellRowAndField()
    {
        using var folder = new TempFolder();
        var path = folder.File("会員.xlsx");
        OfficeFiles.Workbook(path, "会員一覧", [
            ["氏名", "メールアドレス", "電話"],
            ["山田太郎", "taro@example.com", "090-1234-5678"],
            ["佐藤花子", "連絡は hanako@example.jp へ", "080-2345-6789"],
        ], firstRow: 3);

        var result = await TestScan.RunAsync(path);

        Assert.Equal(FileFormat.Xlsx, Assert.Single(result.Files).Format);
        var email = result.Findings.Single(f => f.Type == EntityTypes.EmailAddress && f.Row == 2);
        Assert.Equal(("会員一覧", "B5", "メールアドレス", 5, 5), (email.Sheet, email.Cell, email.Field, email.Line, email.Column));
        Assert.Equal(6, result.Findings.Count());
        Assert.Contains(result.Columns, c => c.Field == "電話" && c.Type == EntityTypes.PhoneNumber && c.Table == "会員一覧");
        Assert.Equal("会員一覧", Assert.Single(result.Databases).Table);
    }

    [Fact]
    public async Task Scan_CorruptXlsx_IsErrorAndScanContinues()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("broken.xlsx", [.. "PK\x03\x04"u8, .. new byte[200]]);
        var good = folder.Write("ok.txt", "ok@example.com");

        var result = await TestScan.RunAsync(bad, good);

        var error = Assert.Single(result.Errors);
        Assert.Equal((bad, ScanErrorCode.Corrupt), (error.Path, error.Code));
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Scan_PasswordProtectedOfficeFile_IsEncryptedError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("secret.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[100]]);

        var result = await TestScan.RunAsync(path);

        Assert.Equal(ScanErrorCode.Encrypted, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Scan_Docx_LineIsParagraphNumber()
    {
        using var folder = new TempFolder();
        var path = folder.File("letter.docx");
        OfficeFiles.Document(path, "拝啓", string.Empty, "ご連絡先: 山田太郎 090-1234-5678");

        var result = await TestScan.RunAsync(path);

        var phone = result.Findings.Single(f => f.Type == EntityTypes.PhoneNumber);
        Assert.Equal((3, 12), (phone.Line, phone.Column));
        var name = result.Findings.Single(f => f.Type == EntityTypes.PersonName);
        Assert.Equal((3, 7), (name.Line, name.Column));
    }
}
