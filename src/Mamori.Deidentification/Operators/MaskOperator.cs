using System.Text;

namespace Mamori.Deidentification.Operators;

/// <summary>
/// Masks characters, keeping the first and last ones asked for (e.g. the last four digits of a
/// card) and the separators (hyphens, spaces, parentheses, '@' and '.'), so the shape stays
/// readable: <c>090-1234-5678</c> → <c>***-****-5678</c>. Full-width characters are masked with a
/// full-width mark so column widths in Japanese text do not change.
/// </summary>
public sealed class MaskOperator : IValueOperator
{
    private const string Separators = "-－ 　()（）@＠.．/／_";

    /// <summary>Creates the operator.</summary>
    /// <param name="keepFirst">Maskable characters kept at the start.</param>
    /// <param name="keepLast">Maskable characters kept at the end.</param>
    /// <param name="maskCharacter">The half-width mask mark; '＊' is used for full-width characters.</param>
    public MaskOperator(int keepFirst = 0, int keepLast = 0, char maskCharacter = '*')
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keepFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(keepLast);
        KeepFirst = keepFirst;
        KeepLast = keepLast;
        MaskCharacter = maskCharacter;
    }

    /// <summary>Maskable characters kept at the start.</summary>
    public int KeepFirst { get; }

    /// <summary>Maskable characters kept at the end.</summary>
    public int KeepLast { get; }

    /// <summary>The half-width mask mark.</summary>
    public char MaskCharacter { get; }

    /// <inheritdoc />
    public string Name => "mask";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        var maskable = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (!IsSeparator(rune))
            {
                maskable++;
            }
        }

        var builder = new StringBuilder(value.Length);
        var index = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsSeparator(rune))
            {
                builder.Append(rune.ToString());
                continue;
            }

            var keep = index < KeepFirst || index >= maskable - KeepLast;
            builder.Append(keep ? rune.ToString() : IsWide(rune) ? "＊" : MaskCharacter.ToString());
            index++;
        }

        return builder.ToString();
    }

    private static bool IsSeparator(Rune rune) => rune.IsBmp && Separators.Contains((char)rune.Value, StringComparison.Ordinal);

    /// <summary>Full-width forms, kana, CJK ideographs and other wide characters.</summary>
    private static bool IsWide(Rune rune) =>
        rune.Value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF01 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or >= 0x20000;
}
