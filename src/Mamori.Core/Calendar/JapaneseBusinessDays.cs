namespace Mamori.Core.Calendar;

/// <summary>
/// The days Japanese government offices are closed (行政機関の休日に関する法律 Art. 1): Saturdays, Sundays, national
/// holidays (<see cref="JapaneseHolidays"/>) and the year-end closure from 29 December to 3 January. Deadlines to a
/// ministry or the PPC that fall on such a day move to the next day that is not one. Dates are Japanese calendar days
/// (<see cref="JapanDate"/>).
/// </summary>
public static class JapaneseBusinessDays
{
    /// <summary>Japan Standard Time (UTC+9, no daylight saving).</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>The calendar day in Japan of an instant.</summary>
    /// <param name="instant">Any instant.</param>
    public static DateOnly JapanDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(JapanOffset).DateTime);

    /// <summary>True when offices are closed on <paramref name="date"/>; <paramref name="reason"/> says why (土曜日, 元日, 年末年始…).</summary>
    /// <param name="date">A date in 2000-2099.</param>
    /// <param name="reason">Why it is closed, in Japanese, or null.</param>
    public static bool IsClosed(DateOnly date, out string? reason)
    {
        if (JapaneseHolidays.TryGetName(date, out var holiday))
        {
            reason = holiday;
            return true;
        }

        if ((date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3))
        {
            reason = "年末年始";
            return true;
        }

        reason = date.DayOfWeek switch
        {
            DayOfWeek.Saturday => "土曜日",
            DayOfWeek.Sunday => "日曜日",
            _ => null,
        };
        return reason is not null;
    }

    /// <summary>True when offices are open on <paramref name="date"/>.</summary>
    /// <param name="date">A date in 2000-2099.</param>
    public static bool IsBusinessDay(DateOnly date) => !IsClosed(date, out _);

    /// <summary><paramref name="date"/> itself when it is a business day, otherwise the next business day.</summary>
    /// <param name="date">A date in 2000-2099.</param>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The last day of a period of <paramref name="days"/> days in which <paramref name="first"/> is day 1 (初日算入), moved
    /// to the next business day when it falls on a closed day: the PPC's rule for the 30- and 60-day final report.
    /// </summary>
    /// <param name="first">Day 1 of the period.</param>
    /// <param name="days">The period's length in days (1 or more).</param>
    public static DateOnly DeadlineCountingFirstDay(DateOnly first, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return OnOrAfter(first.AddDays(days - 1));
    }
}
