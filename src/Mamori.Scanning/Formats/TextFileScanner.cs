using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Text;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans text and log files block by block (<see cref="TextChunker"/>): bounded memory whatever the
/// size, chunks of one file detected in parallel and reported in order.
/// </summary>
internal static class TextFileScanner
{
    /// <summary>Scans on the calling thread (inside archives, or when a worker slot is already held).</summary>
    public static void Scan(FileScan file)
    {
        using var opened = Open(file);
        if (opened is null)
        {
            return;
        }

        using var chunker = new TextChunker(opened.Reader, file.Session.Options.TextChunkChars);
        while (chunker.Next() is { } chunk)
        {
            file.Session.Cancellation.ThrowIfCancellationRequested();
            foreach (var finding in Detect(file, chunk))
            {
                file.Emit(finding);
            }
        }
    }

    /// <summary>Scans with up to the scan's degree of parallelism across chunks, taking a worker slot per chunk.</summary>
    public static async Task ScanParallelAsync(FileScan file)
    {
        var session = file.Session;
        using var opened = Open(file);
        if (opened is null)
        {
            return;
        }

        using var chunker = new TextChunker(opened.Reader, session.Options.TextChunkChars);
        var pending = new Queue<Task<List<ScanFinding>>>();
        var window = Math.Max(1, session.Options.MaxParallelism);
        try
        {
            while (chunker.Next() is { } chunk)
            {
                await session.Workers.WaitAsync(session.Cancellation).ConfigureAwait(false);
                pending.Enqueue(Task.Run(
                    () =>
                    {
                        try
                        {
                            return Detect(file, chunk);
                        }
                        finally
                        {
                            session.Workers.Release();
                        }
                    },
                    session.Cancellation));

                while (pending.Count > window || (pending.Count > 0 && pending.Peek().IsCompleted))
                {
                    Emit(file, await pending.Dequeue().ConfigureAwait(false));
                }
            }

            while (pending.Count > 0)
            {
                Emit(file, await pending.Dequeue().ConfigureAwait(false));
            }
        }
        finally
        {
            // Let chunk tasks still running finish before the reader goes away.
            while (pending.Count > 0)
            {
                try
                {
                    await pending.Dequeue().ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    /// <summary>Scans an already decoded text (a PDF page, a paragraph) as one block, lines counted from 1.</summary>
    public static List<(Finding Finding, int Line, int Column)> Locate(PiiDetector detector, string text, string? fieldName = null)
    {
        var chunk = new TextChunk(text, 1, 0);
        var results = new List<(Finding, int, int)>();
        foreach (var finding in detector.Detect(text, fieldName))
        {
            var (line, column) = chunk.Locate(finding.Start);
            results.Add((finding, line, column));
        }

        return results;
    }

    private static void Emit(FileScan file, List<ScanFinding> findings)
    {
        foreach (var finding in findings)
        {
            file.Emit(finding);
        }
    }

    private static List<ScanFinding> Detect(FileScan file, TextChunk chunk)
    {
        var findings = file.Detector.Detect(chunk.Text);
        var records = new List<ScanFinding>(findings.Count);
        foreach (var finding in findings)
        {
            var (line, column) = chunk.Locate(finding.Start);
            records.Add(file.CreateFinding(finding, chunk.Text, line, column));
        }

        return records;
    }

    private static OpenedText? Open(FileScan file)
    {
        var stream = FileStreams.OpenRead(file.PhysicalPath);
        try
        {
            var encoding = TextEncodingDetector.Detect(stream);
            if (encoding.Encoding is null)
            {
                file.Format = FileFormat.Binary;
                file.Skipped = true;
                stream.Dispose();
                return null;
            }

            file.Encoding = encoding.Name;
            stream.Position = encoding.PreambleLength;
            return new OpenedText(stream, new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>A decoded text file; disposing closes the file.</summary>
    internal sealed class OpenedText(FileStream stream, StreamReader reader) : IDisposable
    {
        public StreamReader Reader { get; } = reader;

        public void Dispose()
        {
            Reader.Dispose();
            stream.Dispose();
        }
    }

    /// <summary>Opens and decodes a text-based file (CSV, JSON Lines) with encoding detection; null for binary data.</summary>
    internal static OpenedText? OpenDecoded(FileScan file) => Open(file);

    /// <summary>Marks a file that could not be decoded.</summary>
    internal static void RefuseBinary(FileScan file) => file.Error(ScanErrorCode.Unsupported, "binary data where text was expected; skipped");
}
