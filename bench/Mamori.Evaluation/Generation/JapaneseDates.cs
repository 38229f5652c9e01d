using System.Globalization;

namespace Mamori.Evaluation.Generation;

/// <summary>Formats dates in the Gregorian and Japanese-era styles found in forms and records.</summary>
public static class JapaneseDates
{
    private static readonly (string Name, string Letter, DateOnly Start)[] s_eras =
    [
        ("令和", "R", new DateOnly(2019, 5, 1)),
        ("平成", "H", new DateOnly(1989, 1, 8)),
        ("昭和", "S", new DateOnly(1926, 12, 25)),
    ];

    /// <summary>The era name, its letter and the year within the era (1 for the first year) of <paramref name="date"/>.</summary>
    /// <param name="date">A date from 1926-12-25 on.</param>
    public static (string Name, string Letter, int Year) EraOf(DateOnly date)
    {
        foreach (var (name, letter, start) in s_eras)
        {
            if (date >= start)
            {
                return (name, letter, date.Year - start.Year + 1);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(date), "Dates before the Showa era are not generated.");
    }

    /// <summary>Writes <paramref name="date"/> in one of the styles (see <see cref="DateStyle"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="style">The style.</param>
    public static string Format(DateOnly date, DateStyle style)
    {
        var inv = CultureInfo.InvariantCulture;
        var (era, letter, year) = EraOf(date);
        return style switch
        {
            DateStyle.Kanji => string.Create(inv, $"{date.Year}年{date.Month}月{date.Day}日"),
            DateStyle.Slash => string.Create(inv, $"{date.Year}/{date.Month:00}/{date.Day:00}"),
            DateStyle.SlashShort => string.Create(inv, $"{date.Year}/{date.Month}/{date.Day}"),
            DateStyle.Iso => string.Create(inv, $"{date.Year}-{date.Month:00}-{date.Day:00}"),
            DateStyle.Era => string.Create(inv, $"{era}{(year == 1 ? "元" : year.ToString(inv))}年{date.Month}月{date.Day}日"),
            DateStyle.EraLetterDots => string.Create(inv, $"{letter}{year}.{date.Month}.{date.Day}"),
            DateStyle.EraLetterSlash => string.Create(inv, $"{letter}{year}/{date.Month}/{date.Day}"),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
    }
}
