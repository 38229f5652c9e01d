using System.Text;
using Mamori.Detection;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// Masks a found value for previews people may see: digits are starred except a few at the ends
/// (<c>090-****-5678</c>; identification codes keep only their last four), e-mail addresses keep
/// the first character and the domain (<c>t***@example.com</c>), other text keeps its first character
/// (<c>山***</c>). Separators stay, so the shape is recognisable.
/// </summary>
public static class ValueMasker
{
    private const int MaxStars = 8;

    /// <summary>Masks <paramref name="value"/>.</summary>
    /// <param name="value">The matched text.</param>
    /// <param name="category">Its category; identification codes reveal fewer digits.</param>
    public static string Mask(ReadOnlySpan<char> value, PiiCategory category)
    {
        value = value.Trim();
        if (value.Length <= 1)
        {
            return "*";
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        var at = value.IndexOf('@');
        if (at > 0 && at < value.Length - 1)
        {
            return string.Concat(value[..1], "***", value[at..]);
        }

        if (digits >= 6)
        {
            return MaskDigits(value, digits, category);
        }

        var first = char.IsHighSurrogate(value[0]) && value.Length > 1 ? 2 : 1;
        if (value.Length - first <= 0)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value[..first], new string('*', Math.Min(MaxStars, value.Length - first)));
    }

    private static string MaskDigits(ReadOnlySpan<char> value, int digits, PiiCategory category)
    {
        int keepHead;
        int keepTail;
        if (category == PiiCategory.IdentificationCode)
        {
            keepHead = 0;
            keepTail = digits >= 10 ? 4 : 2;
        }
        else
        {
            keepHead = digits >= 10 ? 3 : 0;
            keepTail = digits >= 8 ? 4 : 2;
        }

        var builder = new StringBuilder(value.Length);
        var seen = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                seen++;
                builder.Append(seen <= keepHead || seen > digits - keepTail ? c : '*');
            }
            else if (char.IsLetter(c))
            {
                builder.Append('*');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
