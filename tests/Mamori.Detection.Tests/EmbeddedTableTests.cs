using Mamori.Detection.Recognizers;
using Mamori.Detection.Text;
using Xunit;

namespace Mamori.Detection.Tests;

public sealed class EmbeddedTableTests
{
    private const string MemberTable =
        "会員一覧を送ります。\n" +
        "会員番号,氏名,電話番号,生年月日,登録日\n" +
        "M9930064,加藤愛菜,022-501-5395,1988/4/14,2023/04/26\n" +
        "M2889233,青木勇気,,2007/01/17,令和6年4月26日\n" +
        "以上です。";

    [Fact]
    public void Detect_CsvTableInText_DateUnderTheBirthColumnIsADateOfBirth()
    {
        var found = DetectorHarness.Find(MemberTable, EntityTypes.DateOfBirth);

        Assert.Equal([(EntityTypes.DateOfBirth, "1988/4/14"), (EntityTypes.DateOfBirth, "2007/01/17")], found);
    }

    [Theory]
    [InlineData("M9930064,,,,")]
    [InlineData("M9930064,<氏名>,<電話番号>,<生年月日>,")]
    public void Detect_BirthColumnEmptied_OtherDateColumnIsNotADateOfBirth(string rowStart)
    {
        var text = "会員一覧を送ります。\n会員番号,氏名,電話番号,生年月日,登録日\n" + rowStart + "2023/04/26\n";

        Assert.Empty(DetectorHarness.Find(text, EntityTypes.DateOfBirth));
    }

    [Fact]
    public void Detect_BirthLabelInsideACell_StillADateOfBirth()
    {
        const string text = "会員番号,備考,登録日\nM9930064,生年月日 1988/4/14 本人申告,2023/04/26\n";

        Assert.Equal([(EntityTypes.DateOfBirth, "1988/4/14")], DetectorHarness.Find(text, EntityTypes.DateOfBirth));
    }

    [Fact]
    public void Detect_TabSeparatedTableWithQuotedCells_ReadsEachCellUnderItsHeader()
    {
        const string text =
            "顧客番号\t住所\t誕生日\t最終購入日\n" +
            "39258288\t\"東京都江東区大通西9-23-2\"\t1976/5/9\t2023/10/18\n";

        var found = DetectorHarness.Find(text, EntityTypes.DateOfBirth, EntityTypes.Address);

        Assert.Equal([(EntityTypes.Address, "東京都江東区大通西9-23-2"), (EntityTypes.DateOfBirth, "1976/5/9")], found);
    }

    [Fact]
    public void Detect_QuotedCellHoldingTheDelimiter_KeepsTheRowAligned()
    {
        const string text =
            "番号,備考,生年月日,登録日\n" +
            "1,\"転居予定, 要確認\",1990-02-03,2024-01-05\n";

        Assert.Equal([(EntityTypes.DateOfBirth, "1990-02-03")], DetectorHarness.Find(text, EntityTypes.DateOfBirth));
    }

    [Fact]
    public void Detect_FullWidthTable_OffsetsPointAtTheOriginalCharacters()
    {
        const string text = "氏名,生年月日,登録日\n山田,１９８８／４／１４,２０２３／０４／２６\n";

        Assert.Equal([(EntityTypes.DateOfBirth, "１９８８／４／１４")], DetectorHarness.Find(text, EntityTypes.DateOfBirth));
    }

    [Fact]
    public void Detect_HeaderLineOfNameColumns_ReportsNothingInIt()
    {
        const string text = "顧客番号\tお名前\tフリガナ\t携帯\n32246962\t中村杏\tナカムラ アン\t090-4765-2464\n";
        using var detector = new PiiDetector(new DetectorOptions { Entities = new HashSet<string> { EntityTypes.PersonName } });

        var names = detector.Detect(text).Select(f => text.Substring(f.Start, f.Length));

        Assert.Equal(["中村杏", "ナカムラ アン"], names);
    }

    [Fact]
    public void Detect_LinesWithCommasButNoHeader_AreNotReadAsATable()
    {
        const string text = "2023/04/26,1988/4/14,100\n2023/04/27,1990/5/1,200\n";

        Assert.Empty(DetectorHarness.Find(text, EntityTypes.DateOfBirth));
    }

    [Theory]
    [InlineData("生年月日", true)]
    [InlineData("Birthday", true)]
    [InlineData("登録日", false)]
    [InlineData("備考", false)]
    public void ReadsField_DateOfBirthRecognizer_ReadsOnlyHeadersWithItsContextWords(string header, bool reads)
    {
        IRecognizer recognizer = new DateOfBirthRecognizer();

        Assert.Equal(reads, recognizer.ReadsField(header, new ContextCatalog(BuiltInContextWords.Create(), 40, 20)));
    }

    [Theory]
    [InlineData("既往歴", true)]
    [InlineData("宗教", true)]
    [InlineData("備考", false)]
    public void ReadsField_SpecialCareRecognizer_ReadsTopicHeaders(string header, bool reads)
    {
        IRecognizer recognizer = new SpecialCareRecognizer();

        Assert.Equal(reads, recognizer.ReadsField(header, new ContextCatalog(BuiltInContextWords.Create(), 40, 20)));
    }

    [Fact]
    public void Detect_TableWithASpecialCareColumn_ReadsItsCellsAsTopicValues()
    {
        const string text = "会員番号,氏名,既往歴\nM1,山田太郎,骨粗鬆症\nM2,佐藤花子,なし\n";

        Assert.Equal([(EntityTypes.SpecialCare, "骨粗鬆症")], DetectorHarness.Find(text, EntityTypes.SpecialCare));
    }

    [Fact]
    public void Find_HeaderFollowedByRowsWithOtherFieldCounts_FindsNoCells()
    {
        var headers = new List<string>();
        var cells = new List<TableCell>();

        EmbeddedTables.Find("氏名,電話,住所\n山田,090-1234-5678\n", headers, cells, []);

        Assert.Empty(cells);
        Assert.Empty(headers);
    }

    [Fact]
    public void Find_TableBetweenProse_ReportsDataCellsWithTheirHeaders()
    {
        const string text = "前文です、よろしく。\n氏名,電話,住所\n山田,090-1234-5678,\"東京都\"\n\n後書き,です,ね";
        var headers = new List<string>();
        var cells = new List<TableCell>();

        EmbeddedTables.Find(text, headers, cells, []);

        Assert.Equal(["氏名", "電話", "住所"], headers);
        Assert.Equal(
            [("氏名", "山田"), ("電話", "090-1234-5678"), ("住所", "東京都")],
            cells.Select(c => (headers[c.Header], text.Substring(c.Start, c.Length))));
    }
}
