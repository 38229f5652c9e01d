using System.Globalization;
using System.Text.RegularExpressions;
using Mamori.Core.Calendar;

namespace Mamori.Cli.Commands.Incidents;

/// <summary>Reads the times and lists <c>mamori incidents</c> takes on its command line.</summary>
internal static partial class IncidentInput
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd", "yyyy/MM/dd HH:mm",
    ];

    /// <summary>
    /// A time: ISO 8601 with an offset (<c>2025-04-01T10:00+09:00</c>, <c>…Z</c>), or without one, then in Japan's time
    /// (<c>2025-04-01 10:00</c>; a bare date is midnight in Japan).
    /// </summary>
    public static bool TryParseTime(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (Offset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        if (!DateTime.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = new DateTimeOffset(local, JapaneseBusinessDays.JapanOffset);
        return true;
    }

    /// <summary>Comma-separated values, trimmed, blanks dropped.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string>? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();
}
