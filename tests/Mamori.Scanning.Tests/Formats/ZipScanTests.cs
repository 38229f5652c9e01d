using System.IO.Compression;
using System.Text;
using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class ZipScanTests
{
    [Fact]
    public async Task Scan_NestedZip_ReportsBangPathsWithRowsAndFields()
    {
        using var folder = new TempFolder();
        var inner = Zip(("export/members.csv", Encodings.ShiftJis.GetBytes("氏名,メール\n山田太郎,taro@example.com\n")));
        var path = folder.Write("backup.zip", Zip(("readme.txt", "contact a@example.com"u8.ToArray()), ("nested/inner.zip", inner)));

        var result = await TestScan.RunAsync(path);

        var paths = result.Findings.Select(f => f.Path).Distinct().ToList();
        Assert.Equal([path + "!readme.txt", path + "!nested/inner.zip!export/members.csv"], paths);
        var email = result.Findings.Single(f => f.Path.EndsWith("members.csv", StringComparison.Ordinal) && f.Type == EntityTypes.EmailAddress);
        Assert.Equal((1, "メール", 2, 6), (email.Row, email.Field, email.Line, email.Column));
        Assert.Contains(result.Files, f => f.Path == path + "!nested/inner.zip!export/members.csv" && f.Encoding == "shift_jis" && f.PersonalInformationDatabase);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Scan_ZipBomb_StopsAtCompressionRatio()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bomb.zip", Zip(("zeros.txt", new byte[8 << 20]), ("after.txt", "b@example.com"u8.ToArray())));

        var result = await TestScan.RunAsync(new ScanOptions { Archive = new ArchiveLimits { MaxCompressionRatio = 50 } }, path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((path + "!zeros.txt", ScanErrorCode.LimitExceeded), (error.Path, error.Code));
        Assert.Contains("ratio", error.Message, StringComparison.Ordinal);
        Assert.Equal(path + "!after.txt", Assert.Single(result.Findings).Path);
    }

    [Fact]
    public async Task Scan_ArchiveLargerThanTotalLimit_StopsAndReports()
    {
        using var folder = new TempFolder();
        var random = new Random(7);
        byte[] Noise(int size)
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            return bytes;
        }

        var path = folder.Write("big.zip", Zip(("a.bin", Noise(300_000)), ("b.bin", Noise(300_000)), ("c.txt", "c@example.com"u8.ToArray())));

        var result = await TestScan.RunAsync(new ScanOptions { Archive = new ArchiveLimits { MaxTotalBytes = 400_000 } }, path);

        Assert.Contains(result.Errors, e => e.Code == ScanErrorCode.LimitExceeded);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Scan_NestingDeeperThanLimit_IsSkipped()
    {
        using var folder = new TempFolder();
        var level3 = Zip(("deep.txt", "deep@example.com"u8.ToArray()));
        var level2 = Zip(("l3.zip", level3));
        var path = folder.Write("l1.zip", Zip(("l2.zip", level2), ("top.txt", "top@example.com"u8.ToArray())));

        var result = await TestScan.RunAsync(new ScanOptions { Archive = new ArchiveLimits { MaxDepth = 2 } }, path);

        Assert.Equal([path + "!top.txt"], result.Findings.Select(f => f.Path));
        var error = Assert.Single(result.Errors);
        Assert.Equal((path + "!l2.zip!l3.zip", ScanErrorCode.LimitExceeded), (error.Path, error.Code));
    }

    [Fact]
    public async Task Scan_TooManyEntries_StopsAtLimit()
    {
        using var folder = new TempFolder();
        var path = folder.Write("many.zip", Zip([.. Enumerable.Range(1, 5).Select(i => ($"{i}.txt", Encoding.ASCII.GetBytes($"u{i}@example.com")))]));

        var result = await TestScan.RunAsync(new ScanOptions { Archive = new ArchiveLimits { MaxEntries = 3 } }, path);

        Assert.Equal(3, result.Findings.Count());
        Assert.Equal(ScanErrorCode.LimitExceeded, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Scan_EncryptedEntry_IsReportedAndSkipped()
    {
        using var folder = new TempFolder();
        var bytes = Zip(("secret.txt", "secret@example.com"u8.ToArray()), ("plain.txt", "plain@example.com"u8.ToArray()));
        MarkFirstEntryEncrypted(bytes);
        var path = folder.Write("mixed.zip", bytes);

        var result = await TestScan.RunAsync(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((path + "!secret.txt", ScanErrorCode.Encrypted), (error.Path, error.Code));
        Assert.Equal(path + "!plain.txt", Assert.Single(result.Findings).Path);
    }

    [Fact]
    public async Task Scan_DamagedZip_IsCorruptError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("damaged.zip", [.. "PK\x03\x04"u8, .. Enumerable.Repeat((byte)7, 64)]);

        var result = await TestScan.RunAsync(path);

        Assert.Equal(ScanErrorCode.Corrupt, Assert.Single(result.Errors).Code);
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>Sets bit 0 (encrypted) of the general-purpose flags in the first local header and central directory record.</summary>
    private static void MarkFirstEntryEncrypted(byte[] zip)
    {
        // Local file header: signature PK\3\4, version (2 bytes), then flags at offset 6.
        Assert.True(zip[0] == 'P' && zip[1] == 'K' && zip[2] == 3 && zip[3] == 4);
        zip[6] |= 1;

        // Central directory header: signature PK\1\2, versions (4 bytes), then flags at offset 8.
        for (var i = 0; i < zip.Length - 4; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                zip[i + 8] |= 1;
                return;
            }
        }

        Assert.Fail("No central directory record found.");
    }
}
