using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mamori.Cli.Tests.Anonymize;

/// <summary>Writes a one-sheet XLSX workbook of inline strings, for tests.</summary>
internal static class Workbook
{
    public static string Write(string path, string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 0;
        foreach (var values in rows.Prepend([.. header]))
        {
            var row = new Row { RowIndex = ++index };
            foreach (var value in values)
            {
                row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        return path;
    }
}
