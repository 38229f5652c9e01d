using System.Globalization;
using System.Text.RegularExpressions;
using Mamori.Detection.Text;

namespace Mamori.Deidentification.Dates;

/// <summary>
/// A date as written in Japanese data — <c>1985-04-01</c>, <c>1985/4/1</c>, <c>1985.4.1</c>,
/// <c>1985年4月1日</c>, <c>昭和60年4月1日</c>, <c>平成元年1月8日</c>, <c>S60.4.1</c>, <c>R5/4/1</c> — with its
/// style, so a changed date can be written back the same way.
/// </summary>
public sealed partial class JapaneseDate
{
    private static readonly (string Name, char Letter, DateOnly Start)[] s_eras =
    [
        ("令和", 'R', new DateOnly(2019, 5, 1)),
        ("平成", 'H', new DateOnly(1989, 1, 8)),
        ("昭和", 'S', new DateOnly(1926, 12, 25)),
        ("大正", 'T', new DateOnly(1912, 7, 30)),
        ("明治", 'M', new DateOnly(1868, 1, 25)),
    ];

    private JapaneseDate(DateOnly date, string style, char separator, bool padded)
    {
        Date = date;
        Style = style;
        Separator = separator;
        Padded = padded;
    }

    /// <summary>The calendar date.</summary>
    public DateOnly Date { get; }

    /// <summary><c>gregorian</c>, <c>kanji</c>, <c>era</c> or <c>era-letter</c>.</summary>
    public string Style { get; }

    private char Separator { get; }

    private bool Padded { get; }

    /// <summary>Parses a whole value (surrounding spaces allowed; full-width digits folded).</summary>
    /// <param name="value">The text.</param>
    /// <param name="result">The date when the value is one.</param>
    /// <returns>True for a real calendar date in a known form.</returns>
    public static bool TryParse(string value, out JapaneseDate? result)
    {
        result = null;
        var text = JapaneseTextNormalizer.Normalize(value ?? string.Empty).Text.Trim();
        var match = Gregorian().Match(text);
        if (match.Success)
        {
            var separator = match.Groups["sep"].Success ? match.Groups["sep"].Value[0] : '年';
            return TryCreate(Int(match, "y"), Int(match, "m"), Int(match, "d"), match.Groups["sep"].Success ? "gregorian" : "kanji",
                separator, match.Groups["m"].Value.Length == 2, out result);
        }

        match = EraForm().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var era = match.Groups["era"].Value;
        var index = Array.FindIndex(s_eras, e => e.Name == era || (era.Length == 1 && char.ToUpperInvariant(era[0]) == e.Letter));
        if (index < 0)
        {
            return false;
        }

        var eraYear = match.Groups["ey"].Value == "元" ? 1 : int.Parse(match.Groups["ey"].Value, CultureInfo.InvariantCulture);
        var year = s_eras[index].Start.Year + eraYear - 1;
        var letter = era.Length == 1;
        if (!TryCreate(year, Int(match, "m"), Int(match, "d"), letter ? "era-letter" : "era",
                letter && match.Groups["sep"].Success ? match.Groups["sep"].Value[0] : '.', match.Groups["m"].Value.Length == 2, out result))
        {
            return false;
        }

        // The date must fall inside the era it names (昭和65年 does not exist).
        var start = s_eras[index].Start;
        var end = index == 0 ? DateOnly.MaxValue : s_eras[index - 1].Start.AddDays(-1);
        return result!.Date >= start && result.Date <= end;
    }

    /// <summary>Writes <paramref name="date"/> in this value's style (an era style uses the era of the new date).</summary>
    /// <param name="date">The date to write.</param>
    public string Format(DateOnly date)
    {
        var month = Padded ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        var day = Padded ? date.Day.ToString("00", CultureInfo.InvariantCulture) : date.Day.ToString(CultureInfo.InvariantCulture);
        switch (Style)
        {
            case "gregorian":
                return $"{date.Year:0000}{Separator}{month}{Separator}{day}";
            case "kanji":
                return $"{date.Year}年{month}月{day}日";
        }

        var era = Array.Find(s_eras, e => date >= e.Start);
        if (era.Name is null)
        {
            return $"{date.Year}年{month}月{day}日";
        }

        var eraYear = date.Year - era.Start.Year + 1;
        return Style == "era-letter"
            ? $"{era.Letter}{eraYear}{Separator}{month}{Separator}{day}"
            : $"{era.Name}{(eraYear == 1 ? "元" : eraYear.ToString(CultureInfo.InvariantCulture))}年{month}月{day}日";
    }

    private static bool TryCreate(int year, int month, int day, string style, char separator, bool padded, out JapaneseDate? result)
    {
        result = null;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = new JapaneseDate(new DateOnly(year, month, day), style, separator, padded);
        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})|年 ?(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?日)$")]
    private static partial Regex Gregorian();

    [GeneratedRegex(@"^(?:(?<era>明治|大正|昭和|平成|令和) ?(?<ey>元|[0-9]{1,2}) ?年 ?(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?日|(?<era>[MTSHRmtshr])(?<ey>[0-9]{1,2})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2}))$")]
    private static partial Regex EraForm();
}
