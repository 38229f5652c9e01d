using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mamori.Detection;
using Mamori.Scanning.Tables;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans Excel workbooks sheet by sheet with the Open XML SAX reader (one row in memory at a time).
/// The first non-empty row of a sheet is its header; findings carry the sheet, the cell reference, the
/// data row and the header. <c>line</c> is the sheet row number and <c>column</c> the position in the cell.
/// </summary>
internal static class XlsxFileScanner
{
    public static void Scan(FileScan file)
    {
        using var document = SpreadsheetDocument.Open(file.PhysicalPath, isEditable: false, new OpenSettings { AutoSave = false });
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook part is missing.");
        var sharedStrings = ReadSharedStrings(workbookPart.SharedStringTablePart);
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [];
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheetPart)
            {
                continue;
            }

            ScanSheet(file, sheet.Name?.Value ?? id, worksheetPart, sharedStrings);
        }
    }

    private static void ScanSheet(FileScan file, string sheetName, WorksheetPart part, List<string> sharedStrings)
    {
        var table = new TableAccumulator(file, sheetName);
        Dictionary<int, ColumnStats>? header = null;
        var headerRow = 0;
        var results = new List<Finding>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            file.Session.Cancellation.ThrowIfCancellationRequested();
            var row = (Row)reader.LoadCurrentElement()!;
            var rowNumber = (int)(row.RowIndex?.Value ?? (uint)(headerRow + 1));
            var cells = new List<(int Column, string Reference, string Text)>();
            foreach (var cell in row.Elements<Cell>())
            {
                var text = CellValue(cell, sharedStrings);
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                var reference = cell.CellReference?.Value ?? string.Empty;
                cells.Add((ColumnIndex(reference, cells.Count), reference, text));
            }

            if (cells.Count == 0)
            {
                continue;
            }

            if (header is null)
            {
                header = [];
                headerRow = rowNumber;
                foreach (var (column, _, text) in cells)
                {
                    header[column] = table.Column(text.Trim());
                }

                continue;
            }

            table.Rows++;
            foreach (var (column, reference, text) in cells)
            {
                if (!header.TryGetValue(column, out var stats))
                {
                    stats = table.Column(ColumnLetters(column));
                    header[column] = stats;
                }

                file.DetectCell(stats, text, results);
                foreach (var finding in results)
                {
                    file.Emit(file.CreateFinding(finding, text, rowNumber, finding.Start + 1) with
                    {
                        Row = rowNumber - headerRow,
                        Field = stats.Field,
                        Sheet = sheetName,
                        Cell = reference.Length > 0 ? reference : null,
                    });
                }
            }
        }

        table.Complete();
    }

    private static string CellValue(Cell cell, List<string> sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? StringItemText(inline) : string.Empty;
        }

        return cell.CellValue?.Text ?? string.Empty;
    }

    /// <summary>Reads the shared strings with the SAX reader; phonetic guides (ルビ) are left out.</summary>
    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(StringItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    private static string StringItemText(OpenXmlElement item)
    {
        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is DocumentFormat.OpenXml.Spreadsheet.Text text)
            {
                builder.Append(text.Text);
            }
            else if (child is Run run)
            {
                foreach (var t in run.Elements<DocumentFormat.OpenXml.Spreadsheet.Text>())
                {
                    builder.Append(t.Text);
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>0-based column of a reference such as <c>AB12</c>; the position in the row when there is no reference.</summary>
    private static int ColumnIndex(string reference, int fallback)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }

        return letters == 0 ? fallback : index - 1;
    }

    private static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
