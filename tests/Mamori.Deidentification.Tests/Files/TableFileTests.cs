using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Mamori.Deidentification.Files;
using Mamori.Scanning.Text;
using Xunit;

namespace Mamori.Deidentification.Tests.Files;

public sealed class TableFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mamori-tables-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    public void CopyThrough_Csv_KeepsEncodingLineEndingsAndQuoting(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "shift_jis" => TextEncodingDetector.ShiftJis,
            _ => TextEncodingDetector.EucJp,
        };
        const string content = "会員番号,氏名,備考\r\nM0001,山田太郎,\"東京都, 千代田区\"\r\nM0002,佐藤花子,\"改行\r\nあり\"\r\n";
        var source = Path.Combine(_folder, "in.csv");
        File.WriteAllBytes(source, [.. encoding.GetPreamble(), .. encoding.GetBytes(content)]);

        var reader = TableReader.Open(source);
        var target = Path.Combine(_folder, "out", "in.csv");
        using (var writer = new TableWriter(target, reader))
        {
            foreach (var row in reader.ReadRows())
            {
                writer.WriteRow(row.Values);
            }

            writer.Commit();
        }

        Assert.Equal(encodingName, reader.EncodingName);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(target));
    }

    [Theory]
    [InlineData("会員番号\t氏名\t備考\nM0001\t山田太郎\t来店, 購入\n", TableFormat.Tsv, 3)]
    [InlineData("会員番号,氏名,備考\nM0001,山田太郎,\"来店\t購入\"\n", TableFormat.Csv, 3)]
    public void Open_CsvNamedFile_ReadsTabsWhenTheHeaderIsTabSeparated(string content, TableFormat expected, int width)
    {
        var source = Path.Combine(_folder, "export.csv");
        File.WriteAllText(source, content);

        var reader = TableReader.Open(source);

        Assert.Equal(expected, reader.Format);
        Assert.All(reader.ReadRows(), row => Assert.Equal(width, row.Values.Length));
    }

    [Fact]
    public void ReadRows_RowOfWrongWidth_NamesTheLineAndWritesNothing()
    {
        var source = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(source, "a,b,c\n1,2,3\n4,5\n");
        var reader = TableReader.Open(source);
        var target = Path.Combine(_folder, "out", "bad.csv");

        var ex = Assert.Throws<TableFileException>(() =>
        {
            using var writer = new TableWriter(target, reader);
            foreach (var row in reader.ReadRows())
            {
                writer.WriteRow(row.Values);
            }

            writer.Commit();
        });

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void TableWriter_ExistingTarget_IsNeverOverwritten()
    {
        var source = Path.Combine(_folder, "a.csv");
        File.WriteAllText(source, "x\n1\n");

        var ex = Assert.Throws<TableFileException>(() => new TableWriter(source, TableReader.Open(source)));
        Assert.Contains("never overwrites", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyThrough_Xlsx_KeepsSheetNameHeaderAndSparseCells()
    {
        var source = Path.Combine(_folder, "in.xlsx");
        File.WriteAllText(Path.Combine(_folder, "seed.csv"), "会員番号,氏名,金額\nM0001,山田太郎,1980\nM0002,,500\n");
        var seed = TableReader.Open(Path.Combine(_folder, "seed.csv"));
        using (var xlsx = new TableWriter(source, WithSheet(seed)))
        {
            foreach (var row in seed.ReadRows())
            {
                xlsx.WriteRow(row.Values);
            }

            xlsx.Commit();
        }

        var reader = TableReader.Open(source);
        var rows = reader.ReadRows().Select(r => r.Values).ToList();

        Assert.Equal(TableFormat.Xlsx, reader.Format);
        Assert.Equal(["会員番号", "氏名", "金額"], rows[0]);
        Assert.Equal(["M0002", "", "500"], rows[2]);
        using var document = SpreadsheetDocument.Open(source, false);
        Assert.NotNull(document.WorkbookPart);
    }

    [Theory]
    [InlineData("data.json")]
    [InlineData("noext")]
    public void Open_NotATableFile_SaysWhichExtensionsWork(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "{}");

        var ex = Assert.Throws<TableFileException>(() => TableReader.Open(path));
        Assert.Contains(".csv, .tsv or .xlsx", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A reader of the CSV whose output format is XLSX (written through a temporary .xlsx path).</summary>
    private TableReader WithSheet(TableReader csv)
    {
        var empty = Path.Combine(_folder, "empty.xlsx");
        using (var document = SpreadsheetDocument.Create(empty, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "会員" }));
        }

        _ = csv;
        return TableReader.Open(empty);
    }
}
