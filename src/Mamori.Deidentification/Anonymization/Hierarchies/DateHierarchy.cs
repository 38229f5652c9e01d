using System.Globalization;

namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Dates such as a date of birth: day (<c>1985-04-12</c>) → month (<c>1985-04</c>) → year
/// (<c>1985</c>) → 5 years (<c>1985-1989</c>) → 10 years (<c>1980-1989</c>) → <c>*</c>. Reads
/// <c>yyyy-mm-dd</c>, <c>yyyy/mm/dd</c> and <c>yyyy年m月d日</c> (one- or two-digit month and day,
/// half- or full-width, an optional time after a space or <c>T</c>); Japanese era forms and
/// impossible dates read <see cref="GeneralizationHierarchy.Unknown"/>.
/// </summary>
public sealed class DateHierarchy : GeneralizationHierarchy
{
    private static readonly HierarchyLevel[] s_levels =
    [
        new("day", "年月日"),
        new("month", "年月"),
        new("year", "年"),
        new("years_5", "5年区間"),
        new("years_10", "10年区間"),
        HierarchyLevel.Suppressed,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => s_levels;

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!TryParse(CellText.FoldDigits(CellText.Trim(value)), out var year, out var month, out var day))
        {
            labels[..^1].Fill(Unknown);
            labels[^1] = Top;
            return true;
        }

        var invariant = CultureInfo.InvariantCulture;
        labels[0] = string.Create(invariant, $"{year:D4}-{month:D2}-{day:D2}");
        labels[1] = string.Create(invariant, $"{year:D4}-{month:D2}");
        labels[2] = year.ToString("D4", invariant);
        var five = year - (year % 5);
        labels[3] = string.Create(invariant, $"{five:D4}-{five + 4:D4}");
        var ten = year - (year % 10);
        labels[4] = string.Create(invariant, $"{ten:D4}-{ten + 9:D4}");
        labels[5] = Top;
        return true;
    }

    /// <summary>Reads year, month and day; rejects dates that do not exist.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        month = day = 0;
        var at = 0;
        if (!ReadNumber(text, ref at, 4, 4, out year) || year < 1)
        {
            return false;
        }

        var separator = at < text.Length ? text[at] : '\0';
        if (separator is not ('-' or '/' or '年'))
        {
            return false;
        }

        at++;
        if (!ReadNumber(text, ref at, 1, 2, out month) || at >= text.Length)
        {
            return false;
        }

        var expected = separator == '年' ? '月' : separator;
        if (text[at] != expected)
        {
            return false;
        }

        at++;
        if (!ReadNumber(text, ref at, 1, 2, out day))
        {
            return false;
        }

        if (separator == '年')
        {
            if (at >= text.Length || text[at] != '日')
            {
                return false;
            }

            at++;
        }

        if (at < text.Length && text[at] is not (' ' or 'T'))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool ReadNumber(ReadOnlySpan<char> text, ref int at, int minDigits, int maxDigits, out int number)
    {
        number = 0;
        var start = at;
        while (at < text.Length && at - start < maxDigits && char.IsAsciiDigit(text[at]))
        {
            number = (number * 10) + (text[at] - '0');
            at++;
        }

        return at - start >= minDigits && (at >= text.Length || !char.IsAsciiDigit(text[at]));
    }
}
