using Mamori.Detection.Text;
using Mamori.Evaluation.Generation;
using Xunit;

namespace Mamori.Evaluation.Tests.Generation;

public sealed class JapaneseDatesTests
{
    [Theory]
    [InlineData(1988, 1, 1, DateStyle.Era, "昭和63年1月1日")]
    [InlineData(1988, 1, 1, DateStyle.EraLetterDots, "S63.1.1")]
    [InlineData(1989, 1, 7, DateStyle.Era, "昭和64年1月7日")]
    [InlineData(1989, 1, 8, DateStyle.Era, "平成元年1月8日")]
    [InlineData(2019, 4, 30, DateStyle.EraLetterSlash, "H31/4/30")]
    [InlineData(2019, 5, 1, DateStyle.Era, "令和元年5月1日")]
    [InlineData(2005, 4, 1, DateStyle.Slash, "2005/04/01")]
    [InlineData(2005, 4, 1, DateStyle.Kanji, "2005年4月1日")]
    public void Format_EraBoundaries_AreWrittenAsJapaneseDocumentsDo(int year, int month, int day, DateStyle style, string expected) =>
        Assert.Equal(expected, JapaneseDates.Format(new DateOnly(year, month, day), style));

    [Fact]
    public void ToFullWidth_Phone_FoldsBackToAscii()
    {
        const string ascii = "090-1234-5678";

        var wide = Widths.ToFullWidth(ascii);

        Assert.Equal("０９０－１２３４－５６７８", wide);
        Assert.Equal(ascii, JapaneseTextNormalizer.Normalize(wide).Text);
        Assert.Equal(ascii, JapaneseTextNormalizer.Normalize(Widths.ToFullWidthWithChoonpu(ascii)).Text);
    }
}
