using Mamori.Core.Calendar;
using Xunit;

namespace Mamori.Core.Tests.Calendar;

public sealed class JapaneseBusinessDaysTests
{
    [Theory]
    [InlineData("2025-12-29", "年末年始")]
    [InlineData("2026-01-02", "年末年始")]
    [InlineData("2026-01-01", "元日")]
    [InlineData("2026-01-03", "年末年始")]
    [InlineData("2026-11-28", "土曜日")]
    [InlineData("2026-11-29", "日曜日")]
    [InlineData("2026-05-06", "振替休日")]
    public void IsClosed_ClosedDay_SaysWhy(string date, string reason)
    {
        Assert.True(JapaneseBusinessDays.IsClosed(Day(date), out var why));
        Assert.Equal(reason, why);
    }

    [Theory]
    [InlineData("2025-12-26")]
    [InlineData("2026-01-05")]
    [InlineData("2026-11-30")]
    public void IsBusinessDay_OrdinaryWeekday_True(string date) => Assert.True(JapaneseBusinessDays.IsBusinessDay(Day(date)));

    [Theory]
    // Day 1 is the day of awareness: 30 days from 2025-04-01 end on 2025-04-30 (a Wednesday).
    [InlineData("2025-04-01", 30, "2025-04-30")]
    // Month end, February of a common year: day 30 is Saturday 2025-03-01, moved to Monday 2025-03-03.
    [InlineData("2025-01-31", 30, "2025-03-03")]
    // Leap year: day 30 is Tuesday 2028-02-29.
    [InlineData("2028-01-31", 30, "2028-02-29")]
    // Golden Week: day 30 is 2025-05-05 (こどもの日), then 振替休日, so Wednesday 2025-05-07.
    [InlineData("2025-04-06", 30, "2025-05-07")]
    // Year end: day 30 is 2025-12-29, closed until 2026-01-03 and 2026-01-04 is a Sunday.
    [InlineData("2025-11-30", 30, "2026-01-05")]
    // 60 days ending in the year-end closure.
    [InlineData("2025-11-01", 60, "2026-01-05")]
    [InlineData("2025-04-01", 60, "2025-05-30")]
    // Silver Week 2026: 敬老の日, 国民の休日, 秋分の日 in a row.
    [InlineData("2026-08-23", 30, "2026-09-24")]
    public void DeadlineCountingFirstDay_Period_EndsOnTheRightBusinessDay(string first, int days, string expected)
    {
        Assert.Equal(Day(expected), JapaneseBusinessDays.DeadlineCountingFirstDay(Day(first), days));
    }

    [Fact]
    public void JapanDate_LateEveningUtc_IsTheNextDayInJapan()
    {
        Assert.Equal(new DateOnly(2025, 4, 1), JapaneseBusinessDays.JapanDate(new DateTimeOffset(2025, 3, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2025, 3, 31), JapaneseBusinessDays.JapanDate(new DateTimeOffset(2025, 3, 31, 14, 59, 0, TimeSpan.Zero)));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
