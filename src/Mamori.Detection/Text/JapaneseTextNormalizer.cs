using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Mamori.Detection.Text;

/// <summary>
/// Folds Japanese text for matching: full-width ASCII to ASCII, half-width katakana to
/// full-width (voiced marks joined), compatibility characters (①, ㈱, ㍻) by NFKC, and dash
/// look-alikes (‐ ‑ ‒ – — ― − ー ｰ) to '-' when they stand between digits. Text that needs none of
/// this is returned as is, without copying.
/// </summary>
public static class JapaneseTextNormalizer
{
    // Characters that may change: the full-width/half-width block, compatibility blocks, the
    // ideographic space, and dash look-alikes (folded only between digits).
    private static readonly SearchValues<char> s_candidates = SearchValues.Create(
        "\u00A0\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u3000\u30FC" +
        Range('\u2150', '\u218F') + Range('\u2460', '\u24FF') + Range('\u3200', '\u33FF') + Range('\uFF01', '\uFFEF'));

    private static readonly SearchValues<char> s_dashes = SearchValues.Create("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFF0D");

    private const char WideTableStart = '\uFF5F';

    // NFKC of each of U+FF5F-U+FFEF (half-width katakana, full-width signs) that folds to one character, else '\0'.
    private static readonly char[] s_wide = BuildWideTable();

    /// <summary>Folds <paramref name="text"/>; see the type's summary for what changes.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text with its offset map.</returns>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = NextChange(text, 0);
        if (first < 0)
        {
            return new NormalizedText(text, text, []);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 16);
        List<FoldedUnit>? units = null;
        try
        {
            text.AsSpan(0, first).CopyTo(buffer);
            var written = first;
            var index = first;
            while (index < text.Length)
            {
                var next = index == first ? first : NextChange(text, index);
                if (next != index)
                {
                    var plain = next < 0 ? text.Length - index : next - index;
                    Ensure(ref buffer, written + plain);
                    text.AsSpan(index, plain).CopyTo(buffer.AsSpan(written));
                    written += plain;
                    index += plain;
                    continue;
                }

                // Full-width ASCII often comes in runs (０９０－１２３４－５６７８): fold them in one loop.
                while (index < text.Length && text[index] is >= '\uFF01' and <= '\uFF5E' and not '\uFF0D')
                {
                    Ensure(ref buffer, written + 1);
                    buffer[written++] = (char)(text[index++] - 0xFEE0);
                }

                if (index >= text.Length || NextChange(text, index) != index)
                {
                    continue;
                }

                Ensure(ref buffer, written + 8);
                var c = text[index];
                var unitLength = UnitLength(text, index);
                if (s_dashes.Contains(c))
                {
                    var betweenDigits = written > 0 && char.IsAsciiDigit(buffer[written - 1]) && NextIsDigit(text, index + 1);
                    buffer[written++] = betweenDigits ? '-' : FoldSingle(c);
                }
                else if (c is '\u3000' or '\u00A0')
                {
                    buffer[written++] = ' ';
                }
                else if (unitLength == 1 && c >= WideTableStart && s_wide[c - WideTableStart] != '\0')
                {
                    buffer[written++] = s_wide[c - WideTableStart]; // ｱ → ア, ￥ → ¥ without an NFKC call
                }
                else
                {
                    var folded = text.Substring(index, unitLength).Normalize(NormalizationForm.FormKC);
                    Ensure(ref buffer, written + folded.Length);
                    folded.CopyTo(buffer.AsSpan(written));
                    if (folded.Length != unitLength)
                    {
                        (units ??= []).Add(new FoldedUnit(written, folded.Length, index, unitLength));
                    }

                    written += folded.Length;
                }

                index += unitLength;
            }

            return new NormalizedText(text, new string(buffer, 0, written), units is null ? [] : [.. units]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The next index at or after <paramref name="from"/> whose character folding changes, or -1. A long vowel mark or
    /// dash that stands between no digits (the ー of ユーザー) stays as it is and does not force a copy.
    /// </summary>
    private static int NextChange(string text, int from)
    {
        while (from < text.Length)
        {
            var offset = IndexOfCandidate(text.AsSpan(from));
            if (offset < 0)
            {
                return -1;
            }

            var at = from + offset;
            var c = text[at];
            if (!s_dashes.Contains(c) || FoldSingle(c) != c || (at > 0 && IsDigit(text[at - 1]) && NextIsDigit(text, at + 1)))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>
    /// The first character that may fold. Japanese text is mostly kana, kanji and ASCII, none of which fold: 16
    /// characters at a time are tested against the candidate blocks (U+00A0, U+2010-U+24FF, U+3000, U+30FC,
    /// U+3200-U+33FF, U+FF01-U+FFEF) and only a hit is checked exactly; <see cref="SearchValues{T}"/> over these
    /// scattered blocks tests one character at a time.
    /// </summary>
    private static int IndexOfCandidate(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var nbsp = Vector256.Create((ushort)0x00A0);
            var ideographicSpace = Vector256.Create((ushort)0x3000);
            var longVowel = Vector256.Create((ushort)0x30FC);
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                var hits = Vector256.Equals(v, nbsp) | Vector256.Equals(v, ideographicSpace) | Vector256.Equals(v, longVowel)
                    | Vector256.LessThan(v - Vector256.Create((ushort)0x2010), Vector256.Create((ushort)(0x2500 - 0x2010)))
                    | Vector256.LessThan(v - Vector256.Create((ushort)0x3200), Vector256.Create((ushort)0x200))
                    | Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0xFF01));
                var mask = hits.ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(mask);
                    if (s_candidates.Contains(text[at]))
                    {
                        return at;
                    }

                    mask &= mask - 1;
                }
            }
        }

        var rest = text[i..].IndexOfAny(s_candidates);
        return rest < 0 ? -1 : i + rest;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19';

    private static void Ensure(ref char[] buffer, int size)
    {
        if (size <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(size, buffer.Length * 2));
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>A half-width katakana followed by a half-width voiced mark folds as one unit (ｶﾞ → ガ).</summary>
    private static int UnitLength(string text, int index)
    {
        var c = text[index];
        return c is >= '\uFF61' and <= '\uFF9D' && index + 1 < text.Length && text[index + 1] is '\uFF9E' or '\uFF9F' ? 2 : 1;
    }

    private static char FoldSingle(char c) => c switch
    {
        '\uFF0D' => '-',
        '\uFF70' => '\u30FC',
        _ => c,
    };

    private static bool NextIsDigit(string text, int index) =>
        index < text.Length && (char.IsAsciiDigit(text[index]) || text[index] is >= '\uFF10' and <= '\uFF19');

    private static char[] BuildWideTable()
    {
        var table = new char['\uFFEF' - WideTableStart + 1];
        for (var c = WideTableStart; c <= '\uFFEF'; c++)
        {
            var folded = c.ToString().Normalize(NormalizationForm.FormKC);
            table[c - WideTableStart] = folded.Length == 1 ? folded[0] : '\0';
        }

        return table;
    }

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(first + i);
        }

        return new string(chars);
    }
}
