namespace Mamori.Core.Calendar;

/// <summary>
/// Japan's national holidays (国民の祝日に関する法律) for 2000-2099, computed from the rules rather than a list:
/// fixed-date holidays, the Happy Monday days (成人の日, 海の日, 敬老の日, スポーツの日), the vernal and autumnal
/// equinox days by the standard formula (valid 1980-2099; the official dates are fixed in the Official Gazette each
/// February for the next year and have matched it every year so far), substitute holidays (振替休日: since 2007 the
/// next day that is not a holiday when a holiday falls on a Sunday; before, the Monday), citizens' holidays
/// (国民の休日: a weekday between two holidays), and the special years 2019 (enthronement) and 2020-2021 (Tokyo Games).
/// </summary>
public static class JapaneseHolidays
{
    /// <summary>The first year covered.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year covered (the equinox formula's limit).</summary>
    public const int LastYear = 2099;

    private static readonly Lock s_lock = new();
    private static readonly Dictionary<int, IReadOnlyList<NationalHoliday>> s_years = [];

    /// <summary>True when <paramref name="date"/> is a national holiday, substitute holiday or citizens' holiday.</summary>
    /// <param name="date">A date in 2000-2099.</param>
    public static bool IsHoliday(DateOnly date) => TryGetName(date, out _);

    /// <summary>The holiday's Japanese name (e.g. 振替休日), when <paramref name="date"/> is a holiday.</summary>
    /// <param name="date">A date in 2000-2099.</param>
    /// <param name="name">The name, or null.</param>
    public static bool TryGetName(DateOnly date, out string? name)
    {
        foreach (var holiday in Of(date.Year))
        {
            if (holiday.Date == date)
            {
                name = holiday.Name;
                return true;
            }
        }

        name = null;
        return false;
    }

    /// <summary>Every holiday of a year, in date order.</summary>
    /// <param name="year">2000-2099.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2000-2099.</exception>
    public static IReadOnlyList<NationalHoliday> Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        lock (s_lock)
        {
            if (!s_years.TryGetValue(year, out var holidays))
            {
                holidays = Compute(year);
                s_years[year] = holidays;
            }

            return holidays;
        }
    }

    /// <summary>The vernal equinox day (春分の日) of a year, by the formula used for 1980-2099.</summary>
    /// <param name="year">1980-2099.</param>
    public static DateOnly VernalEquinox(int year) => new(year, 3, EquinoxDay(20.8431, year));

    /// <summary>The autumnal equinox day (秋分の日) of a year, by the formula used for 1980-2099.</summary>
    /// <param name="year">1980-2099.</param>
    public static DateOnly AutumnalEquinox(int year) => new(year, 9, EquinoxDay(23.2488, year));

    private static int EquinoxDay(double constant, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1980);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        var elapsed = year - 1980;
        return (int)Math.Floor(constant + (0.242194 * elapsed) - Math.Floor(elapsed / 4.0));
    }

    private static List<NationalHoliday> Compute(int year)
    {
        // 国民の祝日 (Art. 2 of the Act) first; substitute and citizens' holidays are derived from them (Art. 3).
        var days = new SortedDictionary<DateOnly, string>
        {
            [new DateOnly(year, 1, 1)] = "元日",
            [NthMonday(year, 1, 2)] = "成人の日",
            [new DateOnly(year, 2, 11)] = "建国記念の日",
            [VernalEquinox(year)] = "春分の日",
            [new DateOnly(year, 4, 29)] = year >= 2007 ? "昭和の日" : "みどりの日",
            [new DateOnly(year, 5, 3)] = "憲法記念日",
            [new DateOnly(year, 5, 5)] = "こどもの日",
            [AutumnalEquinox(year)] = "秋分の日",
            [new DateOnly(year, 11, 3)] = "文化の日",
            [new DateOnly(year, 11, 23)] = "勤労感謝の日",
        };
        if (year >= 2007)
        {
            days[new DateOnly(year, 5, 4)] = "みどりの日";
        }

        if (year <= 2018)
        {
            days[new DateOnly(year, 12, 23)] = "天皇誕生日";
        }
        else if (year >= 2020)
        {
            days[new DateOnly(year, 2, 23)] = "天皇誕生日";
        }

        // Marine Day, Mountain Day, Sports Day: moved for the Tokyo Games in 2020 and 2021.
        switch (year)
        {
            case 2020:
                days[new DateOnly(2020, 7, 23)] = "海の日";
                days[new DateOnly(2020, 7, 24)] = "スポーツの日";
                days[new DateOnly(2020, 8, 10)] = "山の日";
                break;
            case 2021:
                days[new DateOnly(2021, 7, 22)] = "海の日";
                days[new DateOnly(2021, 7, 23)] = "スポーツの日";
                days[new DateOnly(2021, 8, 8)] = "山の日";
                break;
            default:
                days[year >= 2003 ? NthMonday(year, 7, 3) : new DateOnly(year, 7, 20)] = "海の日";
                if (year >= 2016)
                {
                    days[new DateOnly(year, 8, 11)] = "山の日";
                }

                days[NthMonday(year, 10, 2)] = year >= 2020 ? "スポーツの日" : "体育の日";
                break;
        }

        days[year >= 2003 ? NthMonday(year, 9, 3) : new DateOnly(year, 9, 15)] = "敬老の日";
        if (year == 2019)
        {
            days[new DateOnly(2019, 5, 1)] = "天皇の即位の日";
            days[new DateOnly(2019, 10, 22)] = "即位礼正殿の儀の行われる日";
        }

        var holidays = new SortedDictionary<DateOnly, string>(days);

        // 振替休日 (Art. 3(2)): a holiday on a Sunday moves to the next day that is not a holiday (before 2007: the Monday).
        foreach (var day in days.Keys)
        {
            if (day.DayOfWeek != DayOfWeek.Sunday)
            {
                continue;
            }

            var substitute = day.AddDays(1);
            if (year >= 2007)
            {
                while (days.ContainsKey(substitute))
                {
                    substitute = substitute.AddDays(1);
                }
            }

            if (!holidays.ContainsKey(substitute) && substitute.Year == year)
            {
                holidays[substitute] = "振替休日";
            }
        }

        // 国民の休日 (Art. 3(3)): a day that is not a holiday but whose day before and day after are (2019-04-30, 2019-05-02,
        // 2026-09-22…). A Sunday stays a Sunday; it is a rest day anyway.
        foreach (var day in days.Keys)
        {
            var between = day.AddDays(1);
            if (days.ContainsKey(between.AddDays(1)) && !holidays.ContainsKey(between) && between.DayOfWeek != DayOfWeek.Sunday)
            {
                holidays[between] = "国民の休日";
            }
        }

        return [.. holidays.Select(h => new NationalHoliday(h.Key, h.Value))];
    }

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }
}
