using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Operators;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Mamori.Deidentification.Files;

/// <summary>
/// Undoes the reversible parts of a redaction with the key: every <c>ENC(keyId:…)</c> token, in any
/// format, and FF1 replacements at the positions the run's manifest recorded (text, CSV/TSV, XLSX).
/// Irreversible operators (replace, redact, mask, hash, surrogates, dates) stay as they are. A wrong
/// key or an altered token stops the file with nothing written.
/// </summary>
public sealed class FileRestorer : IDisposable
{
    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private readonly DeterministicEncryptionOperator _tokens;
    private readonly FormatPreservingEncryptionOperator? _fpe;

    /// <summary>Creates the restorer.</summary>
    /// <param name="keys">The key ring holding the keys named in the tokens.</param>
    /// <param name="fpeKeyId">The key FF1 replacements were made with (from the manifest), or null when there are none.</param>
    public FileRestorer(KeyRing keys, string? fpeKeyId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _tokens = new DeterministicEncryptionOperator(keys);
        _fpe = fpeKeyId is null ? null : new FormatPreservingEncryptionOperator(keys, fpeKeyId);
    }

    /// <summary>Restores one file into <paramref name="output"/> (which must not exist).</summary>
    /// <param name="input">A redacted file.</param>
    /// <param name="output">Where the restored copy goes.</param>
    /// <param name="fpe">FF1 positions recorded for this file.</param>
    /// <returns>How many values were restored.</returns>
    /// <exception cref="CryptographicException">A token does not decrypt with the key: wrong key, or altered data.</exception>
    /// <exception cref="KeyRingException">A token names a key the ring does not hold.</exception>
    public int Restore(string input, string output, IReadOnlyList<FpeLocation> fpe)
    {
        ArgumentNullException.ThrowIfNull(fpe);
        if (fpe.Count > 0 && _fpe is null)
        {
            throw new KeyRingException("The manifest records FF1 replacements but no key id for them.");
        }

        return FileRedactor.FormatOf(input) switch
        {
            "csv" or "tsv" => RestoreTable(input, output, fpe),
            "json" => RestoreJson(input, output),
            "jsonl" or "text" => RestoreText(input, output, fpe),
            "xlsx" => RestoreXlsx(input, output, fpe),
            "docx" => RestoreDocx(input, output),
            _ => throw new FormatException("format not restorable"),
        };
    }

    /// <inheritdoc />
    public void Dispose() => _tokens.Dispose();

    private int RestoreText(string input, string output, IReadOnlyList<FpeLocation> fpe)
    {
        var (encoding, bom) = FileRedactor.Sniff(input);
        var byLine = fpe.ToLookup(l => l.Line);
        var restored = 0;
        using var file = new AtomicFile(output);
        using (var reader = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true))
        using (var writer = new StreamWriter(file.Stream, FileRedactor.WithPreamble(encoding, bom), leaveOpen: true))
        {
            var lineNumber = 0;
            foreach (var (line, ending) in FileRedactor.Lines(reader))
            {
                lineNumber++;
                var value = RestorePositions(line, byLine[lineNumber], ref restored);
                writer.Write(RestoreTokens(value, ref restored));
                writer.Write(ending);
            }
        }

        file.Commit();
        return restored;
    }

    private int RestoreTable(string input, string output, IReadOnlyList<FpeLocation> fpe)
    {
        var reader = TableReader.Open(input);
        var byCell = fpe.ToLookup(l => (l.Line, l.Field));
        var restored = 0;
        using var writer = new TableWriter(output, reader);
        string[] header = [];
        foreach (var row in reader.ReadRows())
        {
            if (row.Row == 0)
            {
                header = row.Values;
                writer.WriteRow(row.Values);
                continue;
            }

            var values = new string[row.Values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = RestoreTokens(RestorePositions(row.Values[i], byCell[(row.Row, header[i])], ref restored), ref restored);
            }

            writer.WriteRow(values);
        }

        writer.Commit();
        return restored;
    }

    private int RestoreJson(string input, string output)
    {
        var (encoding, bom) = FileRedactor.Sniff(input);
        var text = File.ReadAllText(input, encoding);
        var node = JsonNode.Parse(text);
        var restored = 0;
        node = Walk(node, ref restored);
        using var file = new AtomicFile(output);
        using (var writer = new StreamWriter(file.Stream, FileRedactor.WithPreamble(encoding, bom), leaveOpen: true))
        {
            writer.Write(node?.ToJsonString(text.Contains('\n') ? s_indented : s_compact) ?? "null");
            if (text.EndsWith('\n'))
            {
                writer.Write('\n');
            }
        }

        file.Commit();
        return restored;
    }

    private JsonNode? Walk(JsonNode? node, ref int restored)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[name];
                    var replaced = Walk(child, ref restored);
                    if (!ReferenceEquals(child, replaced))
                    {
                        obj[name] = replaced;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    var replaced = Walk(child, ref restored);
                    if (!ReferenceEquals(child, replaced))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var before = restored;
                var result = RestoreTokens(text, ref restored);
                return restored == before ? value : JsonValue.Create(result);
            default:
                return node;
        }
    }

    private int RestoreXlsx(string input, string output, IReadOnlyList<FpeLocation> fpe)
    {
        var restored = 0;
        var bySheetCell = fpe.ToLookup(l => (l.Sheet, l.Line, l.Field));
        using var file = new AtomicFile(output);
        file.CopyFrom(input);
        using (var document = SpreadsheetDocument.Open(file.Stream, isEditable: true))
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                var header = new Dictionary<string, string>(StringComparer.Ordinal);
                var headerRead = false;
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    foreach (var cell in row.Elements<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString))
                    {
                        var column = new string([.. (cell.CellReference?.Value ?? string.Empty).TakeWhile(char.IsAsciiLetterUpper)]);
                        var text = cell.InlineString?.InnerText ?? string.Empty;
                        if (!headerRead)
                        {
                            header[column] = text;
                            continue;
                        }

                        var locations = bySheetCell[(sheet.Name?.Value, (int)(row.RowIndex?.Value ?? 0), header.GetValueOrDefault(column))];
                        var value = RestoreTokens(RestorePositions(text, locations, ref restored), ref restored);
                        if (value != text)
                        {
                            cell.InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve });
                        }
                    }

                    headerRead |= row.Elements<Cell>().Any();
                }

                part.Worksheet.Save();
            }
        }

        file.Commit();
        return restored;
    }

    private int RestoreDocx(string input, string output)
    {
        var restored = 0;
        using var file = new AtomicFile(output);
        file.CopyFrom(input);
        using (var document = WordprocessingDocument.Open(file.Stream, isEditable: true))
        {
            foreach (var root in FileRedactor.TextRoots(document))
            {
                foreach (var text in root.Descendants<Word.Text>())
                {
                    text.Text = RestoreTokens(text.Text, ref restored);
                }

                root.Save();
            }
        }

        file.Commit();
        return restored;
    }

    private string RestoreTokens(string text, ref int restored)
    {
        if (!text.Contains("ENC(", StringComparison.Ordinal))
        {
            return text;
        }

        var count = 0;
        var result = DeterministicEncryptionOperator.TokenPattern().Replace(text, match =>
        {
            count++;
            return _tokens.Restore(match.Value, new OperatorContext("RESTORE"));
        });
        restored += count;
        return result;
    }

    private string RestorePositions(string text, IEnumerable<FpeLocation> locations, ref int restored)
    {
        foreach (var location in locations)
        {
            if (location.Start < 0 || location.Start + location.Length > text.Length)
            {
                throw new FormatException($"line {location.Line}: the recorded FF1 position lies outside the text; the file changed after redaction.");
            }

            var original = _fpe!.Restore(text.Substring(location.Start, location.Length), new OperatorContext(location.Type));
            text = string.Concat(text.AsSpan(0, location.Start), original, text.AsSpan(location.Start + location.Length));
            restored++;
        }

        return text;
    }
}
