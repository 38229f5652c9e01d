using System.Text;
using System.Text.Json;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans JSON documents with a streaming <see cref="Utf8JsonReader"/> (memory bounded by the largest
/// single token, not the file) and JSON Lines files line by line. A line that is not JSON is scanned as
/// plain text and reported once as an error.
/// </summary>
internal static class JsonFileScanner
{
    private const int InitialBuffer = 64 * 1024;
    private const int MaxTokenBytes = 256 * 1024 * 1024;

    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 512,
    };

    public static void ScanDocument(FileScan file)
    {
        using var stream = FileStreams.OpenRead(file.PhysicalPath);
        var encoding = Text.TextEncodingDetector.Detect(stream);
        if (encoding.IsBinary)
        {
            file.Format = FileFormat.Binary;
            file.Skipped = true;
            return;
        }

        if (encoding.Name is not ("utf-8" or "utf-8-bom"))
        {
            // JSON is UTF-8 by definition (RFC 8259); anything else is read as plain text.
            stream.Dispose();
            file.Format = FileFormat.Text;
            TextFileScanner.Scan(file);
            return;
        }

        file.Encoding = encoding.Name;
        stream.Position = encoding.PreambleLength;
        var walker = new JsonWalker(file, lines: false);
        var position = new Utf8Position();
        var buffer = new byte[InitialBuffer];
        var length = 0;
        var final = false;
        var state = new JsonReaderState(s_options);
        try
        {
            while (true)
            {
                file.Session.Cancellation.ThrowIfCancellationRequested();
                var read = stream.Read(buffer, length, buffer.Length - length);
                final = read == 0;
                length += read;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                while (reader.Read())
                {
                    walker.OnToken(ref reader, buffer.AsSpan(0, length), position);
                }

                var consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
                position.AdvanceTo(buffer.AsSpan(0, length), consumed);
                position.Rebase(consumed);
                Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
                length -= consumed;
                if (final)
                {
                    break;
                }

                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxTokenBytes)
                    {
                        file.Error(ScanErrorCode.LimitExceeded, "a single JSON value is larger than 256 MiB; the rest of the file was skipped");
                        return;
                    }

                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        catch (JsonException)
        {
            file.Error(ScanErrorCode.Corrupt, $"not valid JSON after line {position.Line}; the rest of the file was skipped");
            return;
        }

        walker.Complete();
    }

    public static void ScanLines(FileScan file)
    {
        using var opened = TextFileScanner.OpenDecoded(file);
        if (opened is null)
        {
            return;
        }

        var walker = new JsonWalker(file, lines: true);
        var lineNumber = 0;
        var invalidLines = 0;
        var firstInvalid = 0;
        while (opened.Reader.ReadLine() is { } line)
        {
            lineNumber++;
            file.Session.Cancellation.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(line);
            if (IsValidJson(bytes))
            {
                var position = new Utf8Position(lineNumber);
                walker.BeginLine(lineNumber);
                var reader = new Utf8JsonReader(bytes, isFinalBlock: true, new JsonReaderState(s_options));
                while (reader.Read())
                {
                    walker.OnToken(ref reader, bytes, position);
                }

                continue;
            }

            invalidLines++;
            if (firstInvalid == 0)
            {
                firstInvalid = lineNumber;
            }

            foreach (var (finding, _, column) in TextFileScanner.Locate(file.Detector, line))
            {
                file.Emit(file.CreateFinding(finding, line, lineNumber, column));
            }
        }

        walker.Complete();
        if (invalidLines > 0)
        {
            file.Error(ScanErrorCode.Corrupt, $"{invalidLines} line(s) are not valid JSON (first: line {firstInvalid}); they were scanned as plain text");
        }
    }

    private static bool IsValidJson(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, isFinalBlock: true, new JsonReaderState(s_options));
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
