using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Mamori.Scanning.Tests.Support;

/// <summary>Builds small Excel and Word files with the Open XML SDK.</summary>
internal static class OfficeFiles
{
    /// <summary>A workbook with one sheet; the first row is written as shared strings, the rest as inline strings.</summary>
    public static void Workbook(string path, string sheetName, IReadOnlyList<string[]> rows, int firstRow = 1)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
        sharedStrings.SharedStringTable = new SharedStringTable();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var rowIndex = (uint)(firstRow + r);
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{rowIndex}";
                if (r == 0)
                {
                    sharedStrings.SharedStringTable.AppendChild(new SharedStringItem(new CellText(rows[r][c])));
                    row.AppendChild(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.SharedString,
                        CellValue = new CellValue((sharedStrings.SharedStringTable.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    });
                }
                else
                {
                    row.AppendChild(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new CellText(rows[r][c])),
                    });
                }
            }

            data.AppendChild(row);
        }

        worksheetPart.Worksheet = new Worksheet(data);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName });
        workbookPart.Workbook.Save();
    }

    /// <summary>A document with one paragraph per string.</summary>
    public static void Document(string path, params string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body();
        foreach (var text in paragraphs)
        {
            body.AppendChild(new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        }

        main.Document = new W.Document(body);
        main.Document.Save();
    }
}
