using System.Globalization;

namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Nested intervals with top and bottom coding, shared by the age and numeric hierarchies. Values at
/// or above the top code are read as the top code, values below the bottom code as just below it, so
/// every coded value falls in one interval per width and the levels nest.
/// </summary>
internal sealed class Banding
{
    private readonly decimal[] _widths;
    private readonly decimal _origin;
    private readonly decimal? _bottom;
    private readonly decimal? _top;
    private readonly bool _integers;

    public Banding(IReadOnlyList<decimal> widths, decimal origin, decimal? bottom, decimal? top, bool integers, string parameterName)
    {
        if (widths.Count == 0)
        {
            throw new ArgumentException("At least one interval width is needed.", parameterName);
        }

        for (var i = 0; i < widths.Count; i++)
        {
            if (widths[i] <= 0)
            {
                throw new ArgumentException($"Interval width {i + 1} is not positive.", parameterName);
            }

            if (integers && widths[i] != decimal.Truncate(widths[i]))
            {
                throw new ArgumentException($"Interval width {i + 1} is not a whole number.", parameterName);
            }

            if (i > 0 && (widths[i] <= widths[i - 1] || widths[i] % widths[i - 1] != 0))
            {
                throw new ArgumentException(
                    $"Interval width {i + 1} must be a larger multiple of width {i} so that the intervals nest.", parameterName);
            }
        }

        if (bottom is { } b && top is { } t && b >= t)
        {
            throw new ArgumentException("The bottom code must be below the top code.", parameterName);
        }

        _widths = [.. widths];
        _origin = origin;
        _bottom = bottom;
        _top = top;
        _integers = integers;
    }

    public int WidthCount => _widths.Length;

    /// <summary>The level-0 label: the value, or the top/bottom code's label.</summary>
    public string ExactLabel(decimal value)
    {
        if (_top is { } top && value >= top)
        {
            return Format(top) + "以上";
        }

        if (_bottom is { } bottom && value < bottom)
        {
            return Format(bottom) + "未満";
        }

        return Format(value);
    }

    /// <summary>The label of the interval of the given width that holds the (coded) value.</summary>
    public string IntervalLabel(decimal value, int widthIndex)
    {
        var width = _widths[widthIndex];
        decimal low;
        if (_top is { } top && value >= top)
        {
            low = Floor(top, width);
        }
        else if (_bottom is { } bottom && value < bottom)
        {
            // The interval holding values just below the bottom code: low < bottom <= low + width.
            low = (decimal.Ceiling((bottom - _origin) / width) * width) + _origin - width;
        }
        else
        {
            low = Floor(value, width);
        }

        var high = low + width;
        var lowerOpen = _bottom is { } b && low < b;
        var upperOpen = _top is { } t && high > t;
        if (lowerOpen && upperOpen)
        {
            return GeneralizationHierarchy.Top;
        }

        if (lowerOpen)
        {
            return Format(high) + "未満";
        }

        if (upperOpen)
        {
            return Format(low) + "以上";
        }

        return _integers
            ? Format(low) + "-" + Format(high - 1)
            : Format(low) + "以上" + Format(high) + "未満";
    }

    /// <summary>How top and bottom coding reads in a level description, e.g. <c>（90以上は「90以上」）</c>.</summary>
    public string CodingNote(string unit)
    {
        var parts = new List<string>(2);
        if (_bottom is { } bottom)
        {
            parts.Add($"{Format(bottom)}{unit}未満は「{Format(bottom)}未満」");
        }

        if (_top is { } top)
        {
            parts.Add($"{Format(top)}{unit}以上は「{Format(top)}以上」");
        }

        return parts.Count == 0 ? string.Empty : "（" + string.Join("、", parts) + "）";
    }

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private decimal Floor(decimal value, decimal width) => (decimal.Floor((value - _origin) / width) * width) + _origin;
}
