using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mamori.Cli.Tests.Govern;

/// <summary>
/// Synthetic member exports shaped like a Japanese EC platform's (futureshop-like headers: 会員ID, 姓, 名, セイ,
/// メイ, メールアドレス, 電話番号, 郵便番号, 都道府県, 市区町村, 番地, 建物名, 生年月日, 性別, 保有ポイント, メルマガ配信).
/// Every value is made up: e-mail addresses under example.jp, numbers from a counter.
/// </summary>
internal static class Members
{
    public static readonly string[] Header =
        ["会員ID", "姓", "名", "セイ", "メイ", "メールアドレス", "電話番号", "郵便番号", "都道府県", "市区町村", "番地", "建物名", "生年月日", "性別", "保有ポイント", "メルマガ配信"];

    private static readonly (string Kanji, string Kana)[] s_surnames = [("山田", "ヤマダ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("田中", "タナカ"), ("伊藤", "イトウ")];
    private static readonly (string Kanji, string Kana)[] s_given = [("太郎", "タロウ"), ("花子", "ハナコ"), ("健太", "ケンタ"), ("美咲", "ミサキ")];
    private static readonly (string Prefecture, string City, string Street, string Postal)[] s_places =
    [
        ("東京都", "千代田区", "千代田1-1", "100-0001"), ("大阪府", "大阪市北区", "梅田3-1-1", "530-0001"), ("北海道", "札幌市中央区", "北一条西2-1", "060-0001"),
    ];

    /// <summary>Member <paramref name="n"/>'s row (1-based), with member id <c>M{offset+n}</c>.</summary>
    public static string[] Row(int n, int offset = 0)
    {
        var id = n + offset;
        var surname = s_surnames[id % s_surnames.Length];
        var given = s_given[id % s_given.Length];
        var place = s_places[id % s_places.Length];
        return
        [
            "M" + id.ToString("D6", CultureInfo.InvariantCulture), surname.Kanji, given.Kanji, surname.Kana, given.Kana,
            $"member{id}@example.jp", "090-" + (1000 + (id % 9000)).ToString(CultureInfo.InvariantCulture) + "-" + (id % 10000).ToString("D4", CultureInfo.InvariantCulture),
            place.Postal, place.Prefecture, place.City, place.Street, id % 2 == 0 ? "メゾン" + (id % 100).ToString(CultureInfo.InvariantCulture) : string.Empty,
            new DateOnly(1960 + (id % 40), 1 + (id % 12), 1 + (id % 28)).ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
            id % 2 == 0 ? "女" : "男", (id * 10).ToString(CultureInfo.InvariantCulture), id % 3 == 0 ? "希望する" : "希望しない",
        ];
    }

    public static List<string[]> Rows(int count, int offset = 0) => [.. Enumerable.Range(1, count).Select(n => Row(n, offset))];

    /// <summary>Writes a CSV (quoted where needed, CRLF) in an encoding, with or without a byte-order mark.</summary>
    public static string WriteCsv(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows, Encoding? encoding = null, bool byteOrderMark = false)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend([.. header]))
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text.ToString());
        File.WriteAllBytes(path, byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return path;
    }

    /// <summary>Writes a one-sheet workbook; a cell given as a number is stored as a number, as Excel stores dates and dropped-zero phone numbers.</summary>
    public static string WriteXlsx(string path, IReadOnlyList<string> header, IEnumerable<object[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 0;
        foreach (var values in rows.Prepend([.. header]))
        {
            var row = new Row { RowIndex = ++index };
            foreach (var value in values)
            {
                row.Append(value is double or int or long
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)value)) });
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "会員" }));
        return path;
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
