using System.Text;
using Mamori.Deidentification.Redaction;
using Mamori.Scanning.Text;

namespace Mamori.Deidentification.Files;

/// <summary>Text and logs: streamed line by line in the file's own encoding, byte-order mark and line endings.</summary>
public sealed partial class FileRedactor
{
    private void RedactText(string input, string output, RedactionSummary summary, List<FpeLocation> fpe, CancellationToken cancellationToken)
    {
        var (encoding, bom) = Sniff(input);
        using var file = new AtomicFile(output);
        using (var reader = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true))
        using (var writer = new StreamWriter(file.Stream, WithPreamble(encoding, bom), bufferSize: 1 << 16, leaveOpen: true))
        {
            var restorable = new List<(int Start, int Length, string Type)>();
            var lineNumber = 0;
            foreach (var (line, ending) in Lines(reader))
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNumber++;
                restorable.Clear();
                writer.Write(_redactor.Redact(line, null, summary, restorable));
                writer.Write(ending);
                foreach (var (start, length, type) in restorable)
                {
                    fpe.Add(new FpeLocation(lineNumber, null, null, start, length, type));
                }
            }
        }

        file.Commit();
    }

    /// <summary>Lines with their own ending ("\r\n", "\n" or none at the end of the file), without loading the file.</summary>
    internal static IEnumerable<(string Line, string Ending)> Lines(TextReader reader)
    {
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c != '\n')
            {
                line.Append((char)c);
                continue;
            }

            var ending = line.Length > 0 && line[^1] == '\r' ? "\r\n" : "\n";
            if (ending.Length == 2)
            {
                line.Length--;
            }

            yield return (line.ToString(), ending);
            line.Clear();
        }

        if (line.Length > 0)
        {
            yield return (line.ToString(), string.Empty);
        }
    }

    internal static (Encoding Encoding, bool ByteOrderMark) Sniff(string path)
    {
        var sample = new byte[TextEncodingDetector.SampleSize];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        }

        var detected = TextEncodingDetector.Detect(sample.AsSpan(0, read), read < sample.Length);
        return (detected.Encoding ?? TextEncodingDetector.Utf8, detected.PreambleLength > 0);
    }

    internal static Encoding WithPreamble(Encoding encoding, bool byteOrderMark) => encoding switch
    {
        UTF8Encoding => new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark),
        UnicodeEncoding when encoding.CodePage == 1201 => new UnicodeEncoding(bigEndian: true, byteOrderMark: byteOrderMark),
        UnicodeEncoding => new UnicodeEncoding(bigEndian: false, byteOrderMark: byteOrderMark),
        _ => encoding,
    };
}
