using System.Globalization;

namespace Mamori.Cli.Commands.Serve;

/// <summary><c>--retention-interval</c>: <c>1d</c>, <c>12h</c>, <c>30m</c>, <c>90s</c>, or <c>off</c> (never).</summary>
internal static class RetentionInterval
{
    /// <summary>The interval, <see cref="TimeSpan.Zero"/> for <c>off</c>, or null when the text is not one.</summary>
    public static TimeSpan? Parse(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text is "off" or "never" or "0")
        {
            return TimeSpan.Zero;
        }

        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return text[^1] switch
        {
            'd' when amount <= 365 => TimeSpan.FromDays(amount),
            'h' when amount <= 8760 => TimeSpan.FromHours(amount),
            'm' when amount <= 525600 => TimeSpan.FromMinutes(amount),
            's' when amount <= 31536000 => TimeSpan.FromSeconds(amount),
            _ => null,
        };
    }
}
