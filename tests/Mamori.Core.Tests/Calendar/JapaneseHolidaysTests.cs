using Mamori.Core.Calendar;
using Xunit;

namespace Mamori.Core.Tests.Calendar;

public sealed class JapaneseHolidaysTests
{
    // The Cabinet Office's published lists (国民の祝日について).
    public static TheoryData<int, string[]> PublishedYears => new()
    {
        {
            2025,
            [
                "2025-01-01 元日", "2025-01-13 成人の日", "2025-02-11 建国記念の日", "2025-02-23 天皇誕生日", "2025-02-24 振替休日",
                "2025-03-20 春分の日", "2025-04-29 昭和の日", "2025-05-03 憲法記念日", "2025-05-04 みどりの日", "2025-05-05 こどもの日",
                "2025-05-06 振替休日", "2025-07-21 海の日", "2025-08-11 山の日", "2025-09-15 敬老の日", "2025-09-23 秋分の日",
                "2025-10-13 スポーツの日", "2025-11-03 文化の日", "2025-11-23 勤労感謝の日", "2025-11-24 振替休日",
            ]
        },
        {
            2026,
            [
                "2026-01-01 元日", "2026-01-12 成人の日", "2026-02-11 建国記念の日", "2026-02-23 天皇誕生日", "2026-03-20 春分の日",
                "2026-04-29 昭和の日", "2026-05-03 憲法記念日", "2026-05-04 みどりの日", "2026-05-05 こどもの日", "2026-05-06 振替休日",
                "2026-07-20 海の日", "2026-08-11 山の日", "2026-09-21 敬老の日", "2026-09-22 国民の休日", "2026-09-23 秋分の日",
                "2026-10-12 スポーツの日", "2026-11-03 文化の日", "2026-11-23 勤労感謝の日",
            ]
        },
        {
            2019,
            [
                "2019-01-01 元日", "2019-01-14 成人の日", "2019-02-11 建国記念の日", "2019-03-21 春分の日", "2019-04-29 昭和の日",
                "2019-04-30 国民の休日", "2019-05-01 天皇の即位の日", "2019-05-02 国民の休日", "2019-05-03 憲法記念日", "2019-05-04 みどりの日",
                "2019-05-05 こどもの日", "2019-05-06 振替休日", "2019-07-15 海の日", "2019-08-11 山の日", "2019-08-12 振替休日",
                "2019-09-16 敬老の日", "2019-09-23 秋分の日", "2019-10-14 体育の日", "2019-10-22 即位礼正殿の儀の行われる日",
                "2019-11-03 文化の日", "2019-11-04 振替休日", "2019-11-23 勤労感謝の日",
            ]
        },
        {
            2020,
            [
                "2020-01-01 元日", "2020-01-13 成人の日", "2020-02-11 建国記念の日", "2020-02-23 天皇誕生日", "2020-02-24 振替休日",
                "2020-03-20 春分の日", "2020-04-29 昭和の日", "2020-05-03 憲法記念日", "2020-05-04 みどりの日", "2020-05-05 こどもの日",
                "2020-05-06 振替休日", "2020-07-23 海の日", "2020-07-24 スポーツの日", "2020-08-10 山の日", "2020-09-21 敬老の日",
                "2020-09-22 秋分の日", "2020-11-03 文化の日", "2020-11-23 勤労感謝の日",
            ]
        },
        {
            2021,
            [
                "2021-01-01 元日", "2021-01-11 成人の日", "2021-02-11 建国記念の日", "2021-02-23 天皇誕生日", "2021-03-20 春分の日",
                "2021-04-29 昭和の日", "2021-05-03 憲法記念日", "2021-05-04 みどりの日", "2021-05-05 こどもの日", "2021-07-22 海の日",
                "2021-07-23 スポーツの日", "2021-08-08 山の日", "2021-08-09 振替休日", "2021-09-20 敬老の日", "2021-09-23 秋分の日",
                "2021-11-03 文化の日", "2021-11-23 勤労感謝の日",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void Of_PublishedYear_MatchesTheCabinetOfficeList(int year, string[] expected)
    {
        var actual = JapaneseHolidays.Of(year).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}");

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2009, "2009-09-22")]
    [InlineData(2015, "2015-09-22")]
    [InlineData(2026, "2026-09-22")]
    [InlineData(2032, "2032-09-21")]
    public void TryGetName_DayBetweenRespectForTheAgedAndTheEquinox_IsACitizensHoliday(int year, string date)
    {
        Assert.True(JapaneseHolidays.TryGetName(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out var name), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("国民の休日", name);
    }

    [Theory]
    [InlineData(2000, 20, 23)]
    [InlineData(2012, 20, 22)]
    [InlineData(2024, 20, 22)]
    [InlineData(2025, 20, 23)]
    [InlineData(2026, 20, 23)]
    [InlineData(2027, 21, 23)]
    [InlineData(2030, 20, 23)]
    public void Equinoxes_KnownYears_FallOnThePublishedDays(int year, int vernal, int autumnal)
    {
        Assert.Equal(new DateOnly(year, 3, vernal), JapaneseHolidays.VernalEquinox(year));
        Assert.Equal(new DateOnly(year, 9, autumnal), JapaneseHolidays.AutumnalEquinox(year));
    }

    [Fact]
    public void TryGetName_SundayHolidayBefore2007_SubstituteIsTheMonday()
    {
        // 2006-01-01 was a Sunday: 2006-01-02 was the substitute holiday.
        Assert.True(JapaneseHolidays.TryGetName(new DateOnly(2006, 1, 2), out var name));
        Assert.Equal("振替休日", name);
        Assert.True(JapaneseHolidays.TryGetName(new DateOnly(2006, 4, 29), out var greenery));
        Assert.Equal("みどりの日", greenery);
    }

    [Fact]
    public void IsHoliday_OrdinaryWeekdayAndSaturday_False()
    {
        Assert.False(JapaneseHolidays.IsHoliday(new DateOnly(2026, 11, 30)));
        Assert.False(JapaneseHolidays.IsHoliday(new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public void Of_YearOutsideTheCoveredRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.Of(1999));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.Of(2100));
    }
}
