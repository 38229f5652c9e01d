using Mamori.Deidentification.Dates;
using Xunit;

namespace Mamori.Deidentification.Tests.Dates;

public sealed class JapaneseDateTests
{
    [Theory]
    [InlineData("1985-04-01", 1985, 4, 1)]
    [InlineData("1985/4/1", 1985, 4, 1)]
    [InlineData("1985年4月1日", 1985, 4, 1)]
    [InlineData("昭和60年4月1日", 1985, 4, 1)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    [InlineData("S60.4.1", 1985, 4, 1)]
    [InlineData("R5/4/1", 2023, 4, 1)]
    [InlineData("１９８５－０４－０１", 1985, 4, 1)]
    public void TryParse_KnownForms_GiveTheCalendarDate(string text, int year, int month, int day)
    {
        Assert.True(JapaneseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date!.Date);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("昭和65年1月1日")]
    [InlineData("平成元年1月7日")]
    [InlineData("1985-04")]
    [InlineData("abc")]
    public void TryParse_ImpossibleOrPartialDates_AreRejected(string text) => Assert.False(JapaneseDate.TryParse(text, out _));

    [Theory]
    [InlineData("1985/04/01", "1985/04/11")]
    [InlineData("1985年4月1日", "1985年4月11日")]
    [InlineData("平成31年4月25日", "令和元年5月5日")]
    [InlineData("H31.4.25", "R1.5.5")]
    public void Format_ShiftedDate_KeepsTheStyle(string text, string expected)
    {
        Assert.True(JapaneseDate.TryParse(text, out var date));

        Assert.Equal(expected, date!.Format(date.Date.AddDays(10)));
    }
}
