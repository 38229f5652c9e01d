using Mamori.Deidentification.Redaction;
using Mamori.Scanning.Text;

namespace Mamori.Deidentification.Files;

/// <summary>
/// Writes a copy of a file with its personal information transformed, keeping the file's shape:
/// text and logs line by line in their own encoding and line endings; CSV/TSV cell by cell (the
/// header as context); JSON and JSON Lines string by string (the property name as context); XLSX
/// cell by cell on every sheet; DOCX paragraph by paragraph across runs. The output appears only
/// when the whole file succeeded. PDF, archives and binary files are reported, not rewritten.
/// </summary>
public sealed partial class FileRedactor
{
    private readonly TextRedactor _redactor;

    /// <summary>Creates the file redactor.</summary>
    /// <param name="redactor">Transforms each piece of text.</param>
    public FileRedactor(TextRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        _redactor = redactor;
    }

    /// <summary>The format a file is handled as, from its extension and first bytes; null when it cannot be rewritten.</summary>
    /// <param name="path">A file.</param>
    public static string? FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".csv":
                return "csv";
            case ".tsv" or ".tab":
                return "tsv";
            case ".json":
                return "json";
            case ".jsonl" or ".ndjson":
                return "jsonl";
            case ".xlsx":
                return "xlsx";
            case ".docx":
                return "docx";
            case ".pdf" or ".zip" or ".gz" or ".xls" or ".doc" or ".png" or ".jpg" or ".jpeg" or ".gif" or ".sqlite" or ".db" or ".exe" or ".dll":
                return null;
        }

        var sample = new byte[4096];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        }

        return TextEncodingDetector.Detect(sample.AsSpan(0, read), read < sample.Length).IsBinary ? null : "text";
    }

    /// <summary>Redacts <paramref name="input"/> into <paramref name="output"/> (which must not exist).</summary>
    /// <param name="input">The file to read.</param>
    /// <param name="output">The file to write.</param>
    /// <param name="cancellationToken">Stops the work; nothing is written then.</param>
    /// <returns>What was done; a failure is reported in <see cref="FileRedaction.Problem"/>, with no output written.</returns>
    public FileRedaction Redact(string input, string output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var summary = new RedactionSummary();
        var format = FormatOf(input);
        if (format is null)
        {
            return new FileRedaction(input, null, Path.GetExtension(input).TrimStart('.').ToLowerInvariant(), summary)
            {
                Problem = "format not rewritable (PDF, archive, image or binary data); scan it with 'mamori scan' and handle it by hand",
            };
        }

        var fpe = new List<FpeLocation>();
        try
        {
            switch (format)
            {
                case "csv" or "tsv":
                    RedactTable(input, output, summary, fpe, cancellationToken);
                    break;
                case "json":
                    RedactJson(input, output, summary, cancellationToken);
                    break;
                case "jsonl":
                    RedactJsonLines(input, output, summary, cancellationToken);
                    break;
                case "xlsx":
                    RedactXlsx(input, output, summary, fpe, cancellationToken);
                    break;
                case "docx":
                    RedactDocx(input, output, summary, cancellationToken);
                    break;
                default:
                    RedactText(input, output, summary, fpe, cancellationToken);
                    break;
            }
        }
        catch (Exception ex) when (ex is TableFileException or IOException or InvalidDataException or System.Text.Json.JsonException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException or UnauthorizedAccessException)
        {
            return new FileRedaction(input, null, format, new RedactionSummary()) { Problem = Describe(ex) };
        }

        return new FileRedaction(input, output, format, summary) { Fpe = fpe };
    }

    /// <summary>A message for a failure that names the problem, never the file's contents.</summary>
    private static string Describe(Exception ex) => ex switch
    {
        TableFileException => ex.Message,
        System.Text.Json.JsonException json => $"not valid JSON (line {(json.LineNumber ?? 0) + 1}); nothing written",
        InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException => "damaged or not an Office Open XML file; nothing written",
        UnauthorizedAccessException => "permission denied; nothing written",
        _ => $"{ex.GetType().Name}: {ex.Message}; nothing written",
    };
}
