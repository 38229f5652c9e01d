using System.Globalization;
using Mamori.Cli.Commands.Anonymize;
using Mamori.Deidentification.Anonymization;
using Xunit;

namespace Mamori.Cli.Tests.Anonymize;

/// <summary>The header and value rules behind the automatic roles and hierarchies.</summary>
public sealed class ColumnRuleTests
{
    [Theory]
    [InlineData("年齢", true)]
    [InlineData("満年齢", true)]
    [InlineData("age", true)]
    [InlineData("customer_age", true)]
    [InlineData("customerAge", true)]
    [InlineData("page", false)]
    [InlineData("usage", false)]
    [InlineData("年代", false)]
    public void IsAge_Header_MatchesWholeWordsOnly(string header, bool expected) => Assert.Equal(expected, HeaderWords.IsAge(header));

    [Theory]
    [InlineData("注文番号", true)]
    [InlineData("顧客コード", true)]
    [InlineData("会員ＩＤ", true)]
    [InlineData("order_id", true)]
    [InlineData("ticketNo", true)]
    [InlineData("paid", false)]
    [InlineData("video", false)]
    [InlineData("備考", false)]
    public void IsCodeLike_Header_NamesNumbersAndCodes(string header, bool expected) => Assert.Equal(expected, HeaderWords.IsCodeLike(header));

    [Theory]
    [InlineData("郵便番号", true, false)]
    [InlineData("zip_code", true, false)]
    [InlineData("住所", false, true)]
    [InlineData("mail_address", false, true)]
    public void PostalAndAddress_Header_TellApart(string header, bool postal, bool address) =>
        Assert.Equal((postal, address), (HeaderWords.IsPostalCode(header), HeaderWords.IsAddress(header)));

    [Fact]
    public void TryCreate_NumbersWithAnOutlier_NestedIntervalsAndTopCode()
    {
        var values = Enumerable.Range(1, 999).Select(i => (i * 100).ToString(CultureInfo.InvariantCulture)).Append("5000000");
        var column = Column(values);

        var hierarchy = NumericBands.TryCreate(column, out var description);

        Assert.NotNull(hierarchy);
        Assert.Equal("100000以上", hierarchy.Generalize("5000000", 0));
        Assert.Equal("99900", hierarchy.Generalize("99900", 0));
        Assert.Equal("*", hierarchy.Generalize("12300", hierarchy.LevelCount - 1));
        Assert.Contains("トップコーディング", description.Japanese, StringComparison.Ordinal);
        Assert.NotEqual(hierarchy.Generalize("12300", 1), hierarchy.Generalize("62300", 1));
    }

    [Fact]
    public void TryCreate_Text_NotNumeric()
    {
        var column = Column(["ゴールド", "シルバー", "1200", "ブロンズ"]);

        Assert.Null(NumericBands.TryCreate(column, out _));
    }

    private static EncodedColumn Column(IEnumerable<string> values) =>
        ColumnarTable.FromRows(["amount"], values.Select(v => (IReadOnlyList<string>)[v])).Columns[0];
}
