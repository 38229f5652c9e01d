using System.Text.Json;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Mamori.Detection;
using Mamori.Scanning.Records;
using Microsoft.Data.Sqlite;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Picks the reader for a file and turns every failure into an error record with a fixed, content-free
/// message (never an exception message, which may quote the file, and never a stack trace).
/// </summary>
internal static class FileDispatcher
{
    /// <summary>Scans a top-level file; text files spread their chunks over the worker slots.</summary>
    public static async Task ScanAsync(FileScan file)
    {
        var session = file.Session;
        var sniff = Sniff(file);
        if (sniff is { Format: FileFormat.Text } && !file.HoldsWorker)
        {
            file.Format = FileFormat.Text;
            await GuardAsync(file, () => TextFileScanner.ScanParallelAsync(file)).ConfigureAwait(false);
            file.Complete();
            return;
        }

        await session.Workers.WaitAsync(session.Cancellation).ConfigureAwait(false);
        try
        {
            await Task.Run(() => ScanWith(file, sniff), session.Cancellation).ConfigureAwait(false);
        }
        finally
        {
            session.Workers.Release();
        }
    }

    /// <summary>Scans on the calling thread, which holds a worker slot (archive entries).</summary>
    public static void Scan(FileScan file) => ScanWith(file, Sniff(file));

    private static FormatSniffer.Sniff? Sniff(FileScan file)
    {
        try
        {
            return FormatSniffer.Detect(file.PhysicalPath, file.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file.Error(ex is FileNotFoundException or DirectoryNotFoundException ? ScanErrorCode.NotFound : ScanErrorCode.Unreadable, ReadFailure(ex));
            return null;
        }
    }

    private static void ScanWith(FileScan file, FormatSniffer.Sniff? sniff)
    {
        if (sniff is not { } found)
        {
            file.Complete();
            return;
        }

        file.Format = found.Format;
        if (found.Refusal is { } refusal)
        {
            file.Error(refusal, found.Reason ?? "skipped");
            file.Complete();
            return;
        }

        Guard(file, () =>
        {
            switch (found.Format)
            {
                case FileFormat.Text:
                    TextFileScanner.Scan(file);
                    break;
                case FileFormat.Csv:
                    CsvFileScanner.Scan(file, separator: null);
                    break;
                case FileFormat.Tsv:
                    CsvFileScanner.Scan(file, separator: '\t');
                    break;
                case FileFormat.Json:
                    JsonFileScanner.ScanDocument(file);
                    break;
                case FileFormat.Jsonl:
                    JsonFileScanner.ScanLines(file);
                    break;
                case FileFormat.Xlsx:
                    XlsxFileScanner.Scan(file);
                    break;
                case FileFormat.Docx:
                    DocxFileScanner.Scan(file);
                    break;
                case FileFormat.Pdf:
                    PdfFileScanner.Scan(file);
                    break;
                case FileFormat.Zip:
                    ZipFileScanner.Scan(file, Scan);
                    break;
                case FileFormat.Sqlite:
                    SqliteFileScanner.Scan(file);
                    break;
                case FileFormat.FingerprintRecord:
                    ReportFingerprint(file);
                    break;
                default:
                    file.Skipped = true;
                    break;
            }
        });
        file.Complete();
    }

    private static void ReportFingerprint(FileScan file)
    {
        if (file.Detector.Options.Reports(EntityTypes.Biometric))
        {
            file.Emit(new ScanFinding(file.Path, 1, 1, 4, EntityTypes.Biometric, PiiCategory.IdentificationCode, DatabaseTableScanner.FingerprintConfidence)
            {
                Masked = "FMR*",
            });
        }
    }

    private static async Task GuardAsync(FileScan file, Func<Task> scan)
    {
        try
        {
            await scan().ConfigureAwait(false);
        }
        catch (Exception ex) when (Failure(file, ex) is { } failure)
        {
            file.Error(failure.Code, failure.Message);
        }
    }

    private static void Guard(FileScan file, Action scan)
    {
        try
        {
            scan();
        }
        catch (Exception ex) when (Failure(file, ex) is { } failure)
        {
            file.Error(failure.Code, failure.Message);
        }
    }

    /// <summary>The error record for an exception; null for cancellation, which must propagate.</summary>
    private static (ScanErrorCode Code, string Message)? Failure(FileScan file, Exception ex)
    {
        var format = file.Format switch
        {
            FileFormat.Xlsx => "Excel workbook",
            FileFormat.Docx => "Word document",
            FileFormat.Pdf => "PDF",
            FileFormat.Zip => "ZIP archive",
            FileFormat.Sqlite => "SQLite database",
            FileFormat.Json or FileFormat.Jsonl => "JSON",
            FileFormat.Csv or FileFormat.Tsv => "CSV",
            _ => "file",
        };

        return ex switch
        {
            OperationCanceledException => null,
            PdfDocumentEncryptedException => (ScanErrorCode.Encrypted, "encrypted PDF that needs a password; skipped"),
            FileNotFoundException or DirectoryNotFoundException => (ScanErrorCode.NotFound, "the file disappeared before it was read"),
            UnauthorizedAccessException => (ScanErrorCode.Unreadable, "permission denied"),
            SqliteException { SqliteErrorCode: 26 } => (ScanErrorCode.Corrupt, "not a valid SQLite database (damaged or encrypted)"),
            SqliteException { SqliteErrorCode: 11 } => (ScanErrorCode.Corrupt, "the SQLite database is damaged"),
            SqliteException sqlite => (ScanErrorCode.Unreadable, $"the SQLite database could not be read (SQLite error {sqlite.SqliteErrorCode})"),
            InvalidDataException or OpenXmlPackageException or FileFormatException or XmlException or JsonException
                or PdfDocumentFormatException or InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException
                or KeyNotFoundException or NullReferenceException or InvalidCastException or NotSupportedException
                => (ScanErrorCode.Corrupt, $"damaged or not a valid {format}; skipped"),
            IOException => (ScanErrorCode.Unreadable, ReadFailure(ex)),
            _ => (ScanErrorCode.Corrupt, $"could not be read as a {format} ({ex.GetType().Name}); skipped"),
        };
    }

    private static string ReadFailure(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => "an I/O error occurred while reading",
    };
}
