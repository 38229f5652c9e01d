using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Mamori.Scanning.Text;
using Xunit;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Mamori.Cli.Tests;

/// <summary><c>mamori redact</c>, <c>restore</c>, <c>pseudonymize</c> and <c>keys</c> in-process, on files made by the tests.</summary>
public sealed class ProtectCommandTests : IDisposable
{
    private static readonly string[] s_identifying =
    [
        "PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_MY_NUMBER", "CREDIT_CARD", "JP_ADDRESS", "JP_POSTAL_CODE", "JP_PASSPORT", "JP_DRIVERS_LICENSE",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("mamori-protect-").FullName;
    private readonly string _keys;

    public ProtectCommandTests()
    {
        _keys = Path.Combine(_folder, "keys.json");
        Assert.Equal(0, CliRunner.RunAsync("keys", "create", _keys).GetAwaiter().GetResult().ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Redact_FolderOfEveryFormat_RescanFindsNothingIdentifying()
    {
        var input = MakeInputs();
        var output = Path.Combine(_folder, "out");

        var (exitCode, _, error) = await CliRunner.RunAsync("redact", input, "--out", output);

        Assert.True(exitCode == 0, error);
        Assert.Equal(
            ["docs/memo.docx", "docs/notes.txt", "mamori-redaction.json", "members.csv", "members.jsonl", "members.xlsx", "profile.json"],
            Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Order(StringComparer.Ordinal));
        var remaining = await FindingsAsync(output);
        Assert.Empty(remaining.Where(r => s_identifying.Contains(r.Type)).Select(r => $"{r.Path}:{r.Type}"));
        Assert.Contains("<氏名>", File.ReadAllText(Path.Combine(output, "docs", "notes.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_ShiftJisCsv_KeepsEncodingAndShape()
    {
        var input = Path.Combine(_folder, "sjis");
        Directory.CreateDirectory(input);
        var content = "氏名,電話番号,商品\r\n山田太郎,090-1234-5678,緑茶\r\n";
        File.WriteAllBytes(Path.Combine(input, "orders.csv"), TextEncodingDetector.ShiftJis.GetBytes(content));
        var output = Path.Combine(_folder, "sjis-out");

        var (exitCode, _, error) = await CliRunner.RunAsync("redact", input, "--out", output, "--operator", "PHONE_NUMBER=mask:4");

        Assert.True(exitCode == 0, error);
        var written = TextEncodingDetector.ShiftJis.GetString(File.ReadAllBytes(Path.Combine(output, "orders.csv")));
        Assert.Equal("氏名,電話番号,商品\r\n<氏名>,***-****-5678,緑茶\r\n", written);
    }

    [Fact]
    public async Task Restore_EncryptAndFpe_GiveTheOriginalValuesBack()
    {
        var input = MakeInputs();
        var output = Path.Combine(_folder, "enc");
        var back = Path.Combine(_folder, "back");

        var redact = await CliRunner.RunAsync("redact", input, "--out", output, "--key-file", _keys,
            "--default-operator", "encrypt", "--operator", "PHONE_NUMBER=fpe", "--operator", "JP_MY_NUMBER=fpe");
        var restore = await CliRunner.RunAsync("restore", output, "--out", back, "--key-file", _keys);

        Assert.True(redact.ExitCode == 0, redact.Error);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.DoesNotContain("090-1234-5678", File.ReadAllText(Path.Combine(output, "members.csv")), StringComparison.Ordinal);
        foreach (var name in new[] { "members.csv", "docs/notes.txt" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(input, name)), File.ReadAllText(Path.Combine(back, name)));
        }

        // JSON keeps no FF1 positions (documented): its encrypted values come back, its FF1 values stay encrypted.
        var json = File.ReadAllText(Path.Combine(back, "members.jsonl"));
        Assert.Contains("\"taro@example.jp\"", json, StringComparison.Ordinal);
        Assert.Contains("\"山田太郎\"", json, StringComparison.Ordinal);

        Assert.Equal(ReadXlsxCells(Path.Combine(input, "members.xlsx")), ReadXlsxCells(Path.Combine(back, "members.xlsx")));
    }

    [Fact]
    public async Task Restore_WrongKey_FailsAndWritesNothing()
    {
        var input = MakeInputs();
        var output = Path.Combine(_folder, "enc");
        var back = Path.Combine(_folder, "back");
        var otherKeys = Path.Combine(_folder, "other.json");
        await CliRunner.RunAsync("keys", "create", otherKeys);
        await CliRunner.RunAsync("redact", input, "--out", output, "--key-file", _keys, "--default-operator", "encrypt");

        var (exitCode, stdout, _) = await CliRunner.RunAsync("restore", output, "--out", back, "--key-file", otherKeys, "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("file(s) failed", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(back) && Directory.EnumerateFiles(back, "*", SearchOption.AllDirectories).Any());
    }

    [Theory]
    [InlineData("--operator", "PHONE=mask:4")]
    [InlineData("--operator", "PHONE_NUMBER=scramble")]
    [InlineData("--default-operator", "hash")]
    public async Task Redact_BadOperatorOrMissingKey_Exits2AndWritesNothing(string option, string value)
    {
        var input = MakeInputs();
        var output = Path.Combine(_folder, "bad");

        var (exitCode, _, error) = await CliRunner.RunAsync("redact", input, "--out", output, option, value, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Redact_NonEmptyOutputFolder_IsRefused()
    {
        var input = MakeInputs();
        var output = Path.Combine(_folder, "used");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "x");

        var (exitCode, _, error) = await CliRunner.RunAsync("redact", input, "--out", output, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("never overwrites", error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Redact_DamagedWorkbook_IsReportedOthersAreWritten()
    {
        var input = MakeInputs();
        File.WriteAllBytes(Path.Combine(input, "broken.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var output = Path.Combine(_folder, "partial");

        var (exitCode, _, error) = await CliRunner.RunAsync("redact", input, "--out", output);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(Path.Combine(output, "broken.xlsx")));
        Assert.True(File.Exists(Path.Combine(output, "members.csv")), error);
        Assert.Empty(Directory.GetFiles(output, "*.partial", SearchOption.AllDirectories));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "mamori-redaction.json")));
        var broken = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("input").GetString() == "broken.xlsx");
        Assert.Equal("failed", broken.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Pseudonymize_CustomersAndPurchases_JoinOnPseudonymsAndFollowArticle31()
    {
        var customers = Path.Combine(_folder, "customers.csv");
        var purchases = Path.Combine(_folder, "purchases.csv");
        File.WriteAllText(customers,
            "会員番号,氏名,メール,携帯,マイナンバー,カード番号,生年月日,都道府県,備考\n" +
            "M0001,山田太郎,taro@example.jp,090-1234-5678,621498320257,4111111111111111,1985-04-01,東京都,折返しは 090-1234-5678 へ\n" +
            "M0002,佐藤花子,hanako@example.com,080-2345-6789,123456789018,5555555555554444,1990-12-24,大阪府,\n");
        File.WriteAllText(purchases, "会員番号,商品,金額\nM0001,緑茶,1980\nM0002,抹茶,3000\nM0001,煎茶,800\n");
        var output = Path.Combine(_folder, "pseudo");

        var (exitCode, _, error) = await CliRunner.RunAsync("pseudonymize", customers, purchases, "--out", output, "--key-file", _keys);

        Assert.True(exitCode == 0, error);
        var outCustomers = File.ReadAllLines(Path.Combine(output, "customers.csv"));
        var outPurchases = File.ReadAllLines(Path.Combine(output, "purchases.csv"));
        Assert.Equal("会員番号,生年月日,都道府県,備考", outCustomers[0]);
        Assert.Equal(outCustomers[1].Split(',')[0], outPurchases[1].Split(',')[0]);
        Assert.Equal(outCustomers[1].Split(',')[0], outPurchases[3].Split(',')[0]);
        Assert.DoesNotContain("M0001", string.Join('\n', outCustomers.Concat(outPurchases)), StringComparison.Ordinal);
        Assert.Empty((await FindingsAsync(output)).Where(r => s_identifying.Contains(r.Type)).Select(r => r.Type));

        var deleted = output + ".削除情報等.json";
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(deleted));
        using var json = JsonDocument.Parse(File.ReadAllText(deleted));
        Assert.Equal("M0001", json.RootElement.GetProperty("pseudonyms").GetProperty(outCustomers[1].Split(',')[0]).GetString());
    }

    [Fact]
    public async Task Pseudonymize_EvaluationCorpusTables_RescanFindsNothingIdentifying()
    {
        // The member and customer exports of the dev corpus (comma- and tab-separated, all named .csv as exports often
        // are), pseudonymised in one run: Art. 31 leaves no name, contact, code or card behind. Birth dates stay by design.
        var tables = Directory.CreateDirectory(Path.Combine(_folder, "exports")).FullName;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "bench", "corpus", "dev", "labels.jsonl")))
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.GetProperty("kind").GetString()!.StartsWith("csv", StringComparison.Ordinal))
            {
                File.WriteAllText(Path.Combine(tables, document.RootElement.GetProperty("doc").GetString() + ".csv"), document.RootElement.GetProperty("text").GetString());
            }
        }

        var output = Path.Combine(_folder, "pseudo");

        var (exitCode, _, error) = await CliRunner.RunAsync(["pseudonymize", .. Directory.GetFiles(tables), "--out", output, "--key-file", _keys]);

        Assert.True(exitCode == 0, error);
        Assert.True(Directory.GetFiles(output).Length >= 30);
        Assert.Empty((await FindingsAsync(output)).Where(r => s_identifying.Contains(r.Type)).Select(r => $"{Path.GetFileName(r.Path)}: {r.Type}"));
    }

    [Fact]
    public async Task Pseudonymize_UnknownColumn_Exits2AndWritesNothing()
    {
        var customers = Path.Combine(_folder, "customers.csv");
        File.WriteAllText(customers, "会員番号,氏名\nM0001,山田太郎\n");
        var output = Path.Combine(_folder, "pseudo");

        var (exitCode, _, error) = await CliRunner.RunAsync("pseudonymize", customers, "--out", output, "--key-file", _keys, "--key-column", "顧客コード", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("顧客コード", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.False(File.Exists(output + ".削除情報等.json"));
    }

    [Fact]
    public async Task Pseudonymize_MalformedRow_NamesTheLineAndWritesNothing()
    {
        var customers = Path.Combine(_folder, "customers.csv");
        File.WriteAllText(customers, "会員番号,氏名,金額\nM0001,山田太郎,100\nM0002,200\n");
        var output = Path.Combine(_folder, "pseudo");

        var (exitCode, _, error) = await CliRunner.RunAsync("pseudonymize", customers, "--out", output, "--key-file", _keys, "--lang", "en");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(output) ? Directory.GetFiles(output) : []);
        Assert.False(File.Exists(output + ".削除情報等.json"));
    }

    [Fact]
    public async Task KeysCreate_ExistingFile_IsRefused()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("keys", "create", _keys, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("never overwritten", error, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_keys));
    }

    private string MakeInputs()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(Path.Combine(input, "docs"));
        File.WriteAllText(Path.Combine(input, "members.csv"),
            "会員番号,氏名,メール,電話番号,住所,マイナンバー\n" +
            "M0001,山田太郎,taro@example.jp,090-1234-5678,東京都千代田区永田町1-6-1,621498320257\n" +
            "M0002,佐藤花子,hanako@example.com,080-2345-6789,大阪府大阪市北区梅田3-1-1,123456789018\n");
        File.WriteAllText(Path.Combine(input, "members.jsonl"),
            "{\"name\":\"山田太郎\",\"email\":\"taro@example.jp\",\"tel\":\"090-1234-5678\"}\n" +
            "{\"name\":\"佐藤花子\",\"email\":\"hanako@example.com\",\"tel\":\"080-2345-6789\"}\n");
        File.WriteAllText(Path.Combine(input, "profile.json"),
            "{\n  \"customer\": {\"name\": \"山田太郎\", \"contacts\": [\"taro@example.jp\", \"090-1234-5678\"], \"points\": 120}\n}\n");
        File.WriteAllText(Path.Combine(input, "docs", "notes.txt"),
            "担当の山田太郎様から連絡あり。携帯は090-1234-5678、メールはtaro@example.jp。\r\nマイナンバー 6214 9832 0257 を受領済み。\r\n");
        MakeXlsx(Path.Combine(input, "members.xlsx"));
        MakeDocx(Path.Combine(input, "docs", "memo.docx"));
        return input;
    }

    private static void MakeXlsx(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var rows = new[] { new[] { "氏名", "メール", "電話番号" }, ["山田太郎", "taro@example.jp", "090-1234-5678"], ["佐藤花子", "hanako@example.com", "080-2345-6789"] };
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new Spreadsheet.SharedStringTable();
        var data = new Spreadsheet.SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Spreadsheet.Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                shared.SharedStringTable.AppendChild(new Spreadsheet.SharedStringItem(new Spreadsheet.Text(rows[r][c])));
                row.AppendChild(new Spreadsheet.Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}",
                    DataType = Spreadsheet.CellValues.SharedString,
                    CellValue = new Spreadsheet.CellValue((shared.SharedStringTable.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                });
            }

            data.AppendChild(row);
        }

        sheet.Worksheet = new Spreadsheet.Worksheet(data);
        workbook.Workbook = new Spreadsheet.Workbook(new Spreadsheet.Sheets(new Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "会員" }));
    }

    private static void MakeDocx(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Word.Document(new Word.Body(
            new Word.Paragraph(
                new Word.Run(new Word.Text("ご担当：山田")),
                new Word.Run(new Word.RunProperties(new Word.Bold()), new Word.Text("太郎様")),
                new Word.Run(new Word.Text("（携帯 090-1234-"), new Word.Text("5678）") { Space = SpaceProcessingModeValues.Preserve })),
            new Word.Paragraph(new Word.Run(new Word.Text("メール taro@example.jp までご連絡ください。")))));
    }

    private static List<string> ReadXlsxCells(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<Spreadsheet.SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        return [.. workbook.WorksheetParts.Single().Worksheet.Descendants<Spreadsheet.Cell>().Select(c =>
            c.DataType?.Value == Spreadsheet.CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == Spreadsheet.CellValues.InlineString ? c.InlineString!.InnerText
            : c.CellValue?.Text ?? string.Empty)];
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "Mamori.slnx")))
        {
            dir = dir.Parent ?? throw new InvalidOperationException("The repository root (Mamori.slnx) was not found.");
        }

        return dir.FullName;
    }

    private static async Task<List<(string Path, string Type)>> FindingsAsync(string folder)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("scan", folder, "--format", "jsonl");
        Assert.True(exitCode == 0, error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(r => !r.TryGetProperty("kind", out _))
            .Select(r => (r.GetProperty("path").GetString()!, r.GetProperty("type").GetString()!))];
    }
}
