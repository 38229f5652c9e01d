namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Japanese postal codes (郵便番号): 7 digits (<c>123-4567</c>) → first 5 (<c>123-45**</c>) → first 3
/// (<c>123-****</c>) → first 1 (<c>1**-****</c>) → <c>*</c>. Reads <c>NNN-NNNN</c> and <c>NNNNNNN</c>,
/// half- or full-width, with or without a leading 〒; other values read <see cref="GeneralizationHierarchy.Unknown"/>.
/// </summary>
public sealed class PostalCodeHierarchy : GeneralizationHierarchy
{
    private static readonly HierarchyLevel[] s_levels =
    [
        new("digits_7", "郵便番号（7桁）"),
        new("digits_5", "郵便番号（上5桁）"),
        new("digits_3", "郵便番号（上3桁）"),
        new("digits_1", "郵便番号（上1桁）"),
        HierarchyLevel.Suppressed,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => s_levels;

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<char> digits = stackalloc char[7];
        if (!TryRead(value, digits))
        {
            labels[..^1].Fill(Unknown);
            labels[^1] = Top;
            return true;
        }

        labels[0] = Mask(digits, 7);
        labels[1] = Mask(digits, 5);
        labels[2] = Mask(digits, 3);
        labels[3] = Mask(digits, 1);
        labels[4] = Top;
        return true;
    }

    private static bool TryRead(string value, Span<char> digits)
    {
        var text = CellText.Trim(value);
        if (text.Length > 0 && text[0] is '〒' or '〶')
        {
            text = CellText.Trim(text[1..]);
        }

        var count = 0;
        var hyphen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '０' and <= '９')
            {
                c = (char)(c - '０' + '0');
            }

            if (char.IsAsciiDigit(c))
            {
                if (count == 7)
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (count == 3 && !hyphen && c is '-' or '－' or '‐' or 'ー' or '−')
            {
                hyphen = true;
            }
            else
            {
                return false;
            }
        }

        return count == 7;
    }

    private static string Mask(ReadOnlySpan<char> digits, int keep)
    {
        Span<char> label = stackalloc char[8];
        for (int i = 0, j = 0; i < label.Length; i++)
        {
            if (i == 3)
            {
                label[i] = '-';
                continue;
            }

            label[i] = j < keep ? digits[j] : '*';
            j++;
        }

        return new string(label);
    }
}
