using System.Text;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Detection.Text;

namespace Mamori.Core.Security;

/// <summary>
/// Normalises searchable values so that the same address or number written differently has one blind
/// index: full-width folded, e-mail lower-cased, phone numbers reduced to national digits (+81 → 0),
/// member ids trimmed and upper-cased.
/// </summary>
public static class BlindIndexNormalizer
{
    /// <summary>The normalised form of a value of a type.</summary>
    /// <param name="itemType">The item type.</param>
    /// <param name="value">The value.</param>
    public static string Normalize(string itemType, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var folded = JapaneseTextNormalizer.Normalize(value).Text.Trim();
        switch (itemType)
        {
            case EntityTypes.EmailAddress:
                return folded.ToLowerInvariant();
            case EntityTypes.PhoneNumber:
                var digits = new StringBuilder(folded.Length);
                foreach (var c in folded)
                {
                    if (char.IsAsciiDigit(c))
                    {
                        digits.Append(c);
                    }
                }

                var text = digits.ToString();
                return folded.StartsWith('+') && text.StartsWith("81", StringComparison.Ordinal) ? "0" + text[2..] : text;
            case ItemTypes.MemberId:
                return folded.ToUpperInvariant();
            default:
                return folded;
        }
    }
}
