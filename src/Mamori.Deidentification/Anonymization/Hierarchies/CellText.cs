using System.Globalization;
using System.Text;

namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>Small, allocation-light readers for the cell formats the built-in hierarchies accept.</summary>
internal static class CellText
{
    /// <summary>Trims ASCII and ideographic (U+3000) white space.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> value) => value.Trim(" \t\r\n\u3000");

    /// <summary>Folds full-width digits, signs, separators and punctuation used in numbers to ASCII.</summary>
    public static string FoldDigits(ReadOnlySpan<char> value)
    {
        var needsFold = false;
        foreach (var c in value)
        {
            if (c >= '\uFF01' && c <= '\uFF5E')
            {
                needsFold = true;
                break;
            }
        }

        if (!needsFold)
        {
            return value.ToString();
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }

    /// <summary>Reads a non-negative integer of up to nine digits, allowing a trailing 歳 or 才.</summary>
    public static bool TryParseAge(string value, out int age)
    {
        var text = FoldDigits(Trim(value)).AsSpan();
        if (text.Length > 0 && text[^1] is '歳' or '才')
        {
            text = text[..^1].TrimEnd();
        }

        age = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            age = (age * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Reads a decimal number (invariant culture, thousands separators allowed).</summary>
    public static bool TryParseNumber(string value, out decimal number)
    {
        var text = FoldDigits(Trim(value));
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
    }
}
