using System.Text;
using Mamori.Detection;
using Mamori.Scanning.Formats;
using Mamori.Scanning.Tests.Support;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class TextScanTests
{
    [Fact]
    public async Task Scan_TextFile_ReportsOneBasedLineAndUtf16Column()
    {
        using var folder = new TempFolder();
        var path = folder.Write("log.txt", "first line\r\n連絡先: taro@example.com と 090-1234-5678\n");

        var result = await TestScan.RunAsync(path);

        var findings = result.Findings.ToList();
        Assert.Equal(2, findings.Count);
        var email = findings[0];
        Assert.Equal((EntityTypes.EmailAddress, 2, 6, 16), (email.Type, email.Line, email.Column, email.Length));
        Assert.Equal(PiiCategory.Personal, email.Category);
        Assert.Null(email.Row);
        Assert.Null(email.Field);
        var phone = findings[1];
        Assert.Equal((EntityTypes.PhoneNumber, 2, 25), (phone.Type, phone.Line, phone.Column));
        Assert.Equal("090-****-5678", phone.Masked);
        Assert.Null(phone.Value);
    }

    [Fact]
    public async Task Scan_SurrogatePairBeforeFinding_CountsTwoCodeUnits()
    {
        using var folder = new TempFolder();
        var path = folder.Write("emoji.txt", "😀 a@example.com\n");

        var result = await TestScan.RunAsync(path);

        Assert.Equal(4, Assert.Single(result.Findings).Column);
    }

    [Fact]
    public async Task Scan_ShiftJisLog_DecodesAndLocates()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sjis.log", "お問い合わせ\n電話は 080-1111-2222 まで\n", Encodings.ShiftJis);

        var result = await TestScan.RunAsync(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((2, 5), (finding.Line, finding.Column));
        Assert.Equal("shift_jis", Assert.Single(result.Files).Encoding);
    }

    [Fact]
    public async Task Scan_LargeFileInSmallChunks_KeepsLineNumbersAndOrder()
    {
        using var folder = new TempFolder();
        var builder = new StringBuilder();
        for (var i = 1; i <= 2000; i++)
        {
            builder.Append(i % 100 == 0 ? $"line {i} user{i}@example.com\n" : $"line {i} nothing here\n");
        }

        var path = folder.Write("big.log", builder.ToString());

        var result = await TestScan.RunAsync(new ScanOptions { TextChunkChars = 512, MaxParallelism = 4 }, path);

        var lines = result.Findings.Select(f => f.Line).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 100), lines);
        Assert.All(result.Findings, f => Assert.Equal(f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 7, f.Column));
    }

    [Fact]
    public async Task Scan_LineLongerThanChunk_ContinuesColumns()
    {
        using var folder = new TempFolder();
        var prefix = new string('x', 300) + " ";
        var path = folder.Write("long.txt", "start\n" + prefix + "z@example.com tail\n");

        var result = await TestScan.RunAsync(new ScanOptions { TextChunkChars = 64 }, path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((2, prefix.Length + 1), (finding.Line, finding.Column));
    }

    [Fact]
    public async Task Scan_BinaryFile_IsSkippedWithoutFindings()
    {
        using var folder = new TempFolder();
        var path = folder.Write("data.bin", [0x00, 0x01, .. "a@example.com"u8, 0x00]);

        var result = await TestScan.RunAsync(path);

        Assert.Empty(result.Findings);
        var file = Assert.Single(result.Files);
        Assert.True(file.Skipped);
        Assert.Equal(FileFormat.Binary, file.Format);
    }

    [Fact]
    public async Task Scan_FingerprintRecord_IsBiometricIdentificationCode()
    {
        using var folder = new TempFolder();
        var path = folder.Write("finger.fmr", [.. "FMR\0"u8, .. " 20\0"u8, 0x00, 0x00, 0x01, 0x00]);

        var result = await TestScan.RunAsync(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(EntityTypes.Biometric, finding.Type);
        Assert.Equal(PiiCategory.IdentificationCode, finding.Category);
        Assert.Equal(Records.RiskLevel.High, Assert.Single(result.Files).Risk);
    }

    [Fact]
    public async Task Scan_Folder_WalksSortedAndSkipsGit()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("b"));
        Directory.CreateDirectory(folder.File(".git"));
        folder.Write("b/2.txt", "b@example.com");
        folder.Write("a.txt", "a@example.com");
        folder.Write(".git/config", "git@example.com");

        var result = await TestScan.RunAsync(folder.Path);

        Assert.Equal([folder.File("a.txt"), folder.File("b/2.txt")], result.Findings.Select(f => f.Path));
    }

    [Fact]
    public async Task Scan_MissingPath_IsErrorRecordAndScanContinues()
    {
        using var folder = new TempFolder();
        var present = folder.Write("ok.txt", "ok@example.com");

        var result = await TestScan.RunAsync(folder.File("missing.txt"), present);

        var error = Assert.Single(result.Errors);
        Assert.Equal(Records.ScanErrorCode.NotFound, error.Code);
        Assert.Single(result.Findings);
        Assert.Equal(1, result.Summary!.Errors);
    }
}
