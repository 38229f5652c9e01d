using System.IO.Compression;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans ZIP archives entry by entry, nested archives included, reporting entries as
/// <c>archive.zip!inner/file.csv</c>. Each entry is inflated to a private temporary file while the
/// bytes actually produced are counted against <see cref="ArchiveLimits"/> (total size, compression
/// ratio, depth, entry count), so a ZIP bomb stops at a limit with an error record. Encrypted entries
/// are reported and skipped.
/// </summary>
internal static class ZipFileScanner
{
    private const int CopyBuffer = 81920;

    public static void Scan(FileScan file, Action<FileScan> scanEntry)
    {
        var limits = file.Session.Options.Archive;
        var depth = file.Depth + 1;
        if (depth > limits.MaxDepth)
        {
            file.Error(ScanErrorCode.LimitExceeded, $"archive nested deeper than {limits.MaxDepth} levels; skipped");
            return;
        }

        var budget = file.Budget ?? new ArchiveBudget(limits.MaxTotalBytes);
        using var stream = FileStreams.OpenRead(file.PhysicalPath);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        var entries = 0;
        foreach (var entry in archive.Entries)
        {
            file.Session.Cancellation.ThrowIfCancellationRequested();
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                continue; // a directory
            }

            var path = file.Path + "!" + entry.FullName.Replace('\\', '/');
            if (++entries > limits.MaxEntries)
            {
                file.Error(ScanErrorCode.LimitExceeded, $"archive has more than {limits.MaxEntries} entries; the rest were skipped");
                return;
            }

            if (entry.IsEncrypted)
            {
                file.ErrorFor(path, ScanErrorCode.Encrypted, "encrypted archive entry; skipped");
                continue;
            }

            if (budget.Exhausted)
            {
                file.Error(ScanErrorCode.LimitExceeded, $"archive inflates to more than {limits.MaxTotalBytes} bytes; the rest were skipped");
                return;
            }

            var temp = file.Session.NewTempFile(Path.GetExtension(entry.Name));
            try
            {
                var outcome = Extract(entry, temp, limits, budget, file.Session.Cancellation);
                if (outcome is { } refusal)
                {
                    file.ErrorFor(path, refusal.Code, refusal.Message);
                    if (refusal.StopArchive)
                    {
                        return;
                    }

                    continue;
                }

                scanEntry(file.ForEntry(path, temp, budget));
            }
            finally
            {
                TryDelete(temp);
            }
        }
    }

    private readonly record struct Refusal(ScanErrorCode Code, string Message, bool StopArchive);

    private static Refusal? Extract(ZipArchiveEntry entry, string target, ArchiveLimits limits, ArchiveBudget budget, CancellationToken cancellation)
    {
        Stream source;
        try
        {
            source = entry.Open();
        }
        catch (InvalidDataException)
        {
            return new Refusal(ScanErrorCode.Corrupt, "archive entry uses an unsupported compression method or is damaged; skipped", false);
        }

        using (source)
        using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBuffer))
        {
            var buffer = new byte[CopyBuffer];
            long written = 0;
            var compressed = Math.Max(1, entry.CompressedLength);
            int read;
            try
            {
                while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                    written += read;
                    if (!budget.TryTake(read))
                    {
                        return new Refusal(ScanErrorCode.LimitExceeded, $"archive inflates to more than {limits.MaxTotalBytes} bytes; skipped from here on", true);
                    }

                    if (written > limits.RatioExemptBytes && written / (double)compressed > limits.MaxCompressionRatio)
                    {
                        return new Refusal(ScanErrorCode.LimitExceeded, $"compression ratio above {limits.MaxCompressionRatio} (possible ZIP bomb); skipped", false);
                    }

                    output.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException)
            {
                return new Refusal(ScanErrorCode.Corrupt, "archive entry is damaged; skipped", false);
            }
        }

        return null;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The session removes its whole temporary folder at the end.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
