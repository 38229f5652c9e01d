using Mamori.Scanning.Records;
using Mamori.Scanning.Tables;

namespace Mamori.Scanning.Formats;

/// <summary>Decides how to read a file: by its first bytes (ZIP, PDF, SQLite, fingerprint record, OLE), then by its name.</summary>
internal static class FormatSniffer
{
    public readonly record struct Sniff(FileFormat Format, ScanErrorCode? Refusal = null, string? Reason = null);

    public static Sniff Detect(string physicalPath, string reportedPath)
    {
        Span<byte> head = stackalloc byte[16];
        int read;
        using (var stream = new FileStream(physicalPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return Detect(head[..read], reportedPath);
    }

    public static Sniff Detect(ReadOnlySpan<byte> head, string reportedPath)
    {
        var extension = Extension(reportedPath);
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8) || head.StartsWith("PK\x07\x08"u8))
        {
            return extension switch
            {
                ".xlsx" or ".xlsm" => new Sniff(FileFormat.Xlsx),
                ".docx" or ".docm" => new Sniff(FileFormat.Docx),
                _ => new Sniff(FileFormat.Zip),
            };
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return new Sniff(FileFormat.Pdf);
        }

        if (head.StartsWith("SQLite format 3\0"u8))
        {
            return new Sniff(FileFormat.Sqlite);
        }

        if (FingerprintRecord.IsMatch(head))
        {
            return new Sniff(FileFormat.FingerprintRecord);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // Compound File Binary: a password-protected Office Open XML file, or a legacy .xls/.doc.
            return extension is ".xlsx" or ".xlsm" or ".docx" or ".docm"
                ? new Sniff(FileFormat.Binary, ScanErrorCode.Encrypted, "password-protected Office document; skipped")
                : new Sniff(FileFormat.Binary, ScanErrorCode.Unsupported, "legacy binary Office format (.xls/.doc); skipped, save it as .xlsx/.docx to scan it");
        }

        if (IsKnownBinary(head))
        {
            return new Sniff(FileFormat.Binary);
        }

        return extension switch
        {
            ".csv" => new Sniff(FileFormat.Csv),
            ".tsv" or ".tab" => new Sniff(FileFormat.Tsv),
            ".json" => new Sniff(FileFormat.Json),
            ".jsonl" or ".ndjson" => new Sniff(FileFormat.Jsonl),
            ".xlsx" or ".xlsm" or ".docx" or ".docm" or ".zip" => new Sniff(FileFormat.Binary, ScanErrorCode.Corrupt, "not a valid ZIP-based file"),
            ".pdf" => new Sniff(FileFormat.Pdf),
            _ => new Sniff(FileFormat.Text),
        };
    }

    private static string Extension(string path)
    {
        var name = path;
        var bang = name.LastIndexOf('!');
        if (bang >= 0)
        {
            name = name[(bang + 1)..];
        }

        return System.IO.Path.GetExtension(name).ToLowerInvariant();
    }

    private static bool IsKnownBinary(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8)
        || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) || head.StartsWith("MZ"u8)
        || head.StartsWith("7z"u8) || head.StartsWith("Rar!"u8) || head.StartsWith("BZh"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]);
}
