using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mamori.Scanning.Text;
using nietras.SeparatedValues;

namespace Mamori.Deidentification.Files;

/// <summary>
/// Reads a table file — CSV or TSV in any encoding Mamori detects (UTF-8 with or without BOM,
/// Shift_JIS, EUC-JP), or the first worksheet of an XLSX workbook — as a header and a stream of
/// rows, remembering the encoding, separator and line ending so <see cref="TableWriter"/> can write
/// the output the same way. A data row whose width differs from the header's is an error naming its line.
/// </summary>
public sealed class TableReader
{
    private TableReader(string path, TableFormat format, Encoding encoding, string encodingName, bool byteOrderMark, string newLine, string sheetName)
    {
        Path = path;
        Format = format;
        Encoding = encoding;
        EncodingName = encodingName;
        ByteOrderMark = byteOrderMark;
        NewLine = newLine;
        SheetName = sheetName;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The format, from the extension (.csv, .tsv/.tab, .xlsx).</summary>
    public TableFormat Format { get; }

    /// <summary>The text encoding (CSV/TSV).</summary>
    public Encoding Encoding { get; }

    /// <summary>A stable name of the encoding (<c>utf-8</c>, <c>utf-8-bom</c>, <c>shift_jis</c>, <c>euc-jp</c>…).</summary>
    public string EncodingName { get; }

    /// <summary>Whether the file began with a byte-order mark.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>The line ending used (<c>\r\n</c> or <c>\n</c>).</summary>
    public string NewLine { get; }

    /// <summary>The worksheet read (XLSX).</summary>
    public string SheetName { get; }

    /// <summary>Opens a table file and sniffs how it is written.</summary>
    /// <param name="path">A .csv, .tsv or .xlsx file.</param>
    /// <exception cref="TableFileException">The file is missing, of another kind, or binary.</exception>
    public static TableReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TableFileException($"'{path}' does not exist.");
        }

        var format = System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => TableFormat.Csv,
            ".tsv" or ".tab" => TableFormat.Tsv,
            ".xlsx" => TableFormat.Xlsx,
            var other => throw new TableFileException($"'{path}' is not a table file Mamori reads ({(other.Length == 0 ? "no extension" : other)}): use .csv, .tsv or .xlsx."),
        };

        if (format == TableFormat.Xlsx)
        {
            return new TableReader(path, format, Encoding.UTF8, "xlsx", false, "\n", FirstSheetName(path));
        }

        var sample = new byte[TextEncodingDetector.SampleSize];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        }

        var detected = TextEncodingDetector.Detect(sample.AsSpan(0, read), read < sample.Length);
        if (detected.Encoding is null)
        {
            throw new TableFileException($"'{path}' holds binary data, not {format.ToString().ToUpperInvariant()} text.");
        }

        var newLine = sample.AsSpan(0, read).IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";
        if (format == TableFormat.Csv && IsTabSeparated(detected.Encoding.GetString(sample, detected.PreambleLength, read - detected.PreambleLength)))
        {
            format = TableFormat.Tsv; // many exports name tab-separated files .csv; the output keeps the tabs
        }

        return new TableReader(path, format, detected.Encoding, detected.Name, detected.PreambleLength > 0, newLine, string.Empty);
    }

    /// <summary>A header line with tabs and no comma: the file is tab-separated whatever its extension.</summary>
    private static bool IsTabSeparated(string sample)
    {
        var end = sample.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? sample.AsSpan() : sample.AsSpan(0, end);
        return header.Contains('\t') && !header.Contains(',');
    }

    /// <summary>Reads the header and the rows, streaming.</summary>
    /// <returns>The header first, then each data row (1-based data row numbers in <see cref="TableRow.Row"/>).</returns>
    /// <exception cref="TableFileException">A row's width differs from the header's, or the file is damaged.</exception>
    public IEnumerable<TableRow> ReadRows() => Format == TableFormat.Xlsx ? ReadXlsx() : ReadDelimited();

    private IEnumerable<TableRow> ReadDelimited()
    {
        using var reader = new StreamReader(Path, Encoding, detectEncodingFromByteOrderMarks: true);
        var options = new SepReaderOptions(new Sep(Format == TableFormat.Tsv ? '\t' : ','))
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        };
        using var sep = options.From(reader);
        var width = -1;
        var row = 0;
        while (sep.MoveNext())
        {
            var current = sep.Current;
            var values = new string[current.ColCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = current[i].ToString();
            }

            if (width < 0)
            {
                width = values.Length;
                yield return new TableRow(0, current.LineNumberFrom, values);
                continue;
            }

            if (values.Length == 1 && values[0].Length == 0)
            {
                continue; // blank line
            }

            if (values.Length != width)
            {
                throw new TableFileException(
                    $"'{Path}' line {current.LineNumberFrom}: the row has {values.Length} values but the header has {width}. Fix the row (quotes around values holding '{(Format == TableFormat.Tsv ? "\\t" : ",")}'?) and run again.");
            }

            yield return new TableRow(++row, current.LineNumberFrom, values);
        }

        if (width < 0)
        {
            throw new TableFileException($"'{Path}' is empty: a table needs a header row.");
        }
    }

    private IEnumerable<TableRow> ReadXlsx()
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(Path, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException)
        {
            throw new TableFileException($"'{Path}' is not a readable XLSX workbook ({ex.GetType().Name}).", ex);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new TableFileException($"'{Path}' has no workbook.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new TableFileException($"'{Path}' has no worksheet.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            using var reader = OpenXmlReader.Create(part);
            var width = -1;
            var dataRow = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(CellText(cell, shared));
                }

                var sheetRow = (int)(row.RowIndex?.Value ?? (uint)(dataRow + 2));
                if (width < 0)
                {
                    if (cells.All(c => c.Length == 0))
                    {
                        continue;
                    }

                    width = cells.Count;
                    yield return new TableRow(0, sheetRow, [.. cells]);
                    continue;
                }

                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (cells.Count > width)
                {
                    throw new TableFileException($"'{Path}' sheet '{sheet.Name}' row {sheetRow}: values beyond the header's {width} columns. Give them a header and run again.");
                }

                while (cells.Count < width)
                {
                    cells.Add(string.Empty);
                }

                yield return new TableRow(++dataRow, sheetRow, [.. cells]);
            }

            if (width < 0)
            {
                throw new TableFileException($"'{Path}' sheet '{sheet.Name}' is empty: a table needs a header row.");
            }
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index >= 0 && index < shared.Length
            ? shared[index]
            : raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static string FirstSheetName(string path)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            return document.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Name?.Value ?? "Sheet1";
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException)
        {
            throw new TableFileException($"'{path}' is not a readable XLSX workbook ({ex.GetType().Name}).", ex);
        }
    }
}
