using System.Buffers;

namespace Mamori.Detection.Text;

/// <summary>Character classes of Japanese script, for folded text (half-width katakana already widened).</summary>
internal static class JapaneseScript
{
    /// <summary>Any hiragana, katakana or CJK ideograph: where Japanese words (and MeCab's work) can be.</summary>
    public static readonly SearchValues<char> Japanese = SearchValues.Create(
        Range('\u3041', '\u30FF') + Range('\u3400', '\u4DBF') + Range('\u4E00', '\u9FFF') + Range('\uF900', '\uFAFF') + "\u3005\u3006\u3007");

    /// <summary>CJK ideographs plus the iteration mark 々 and 〆/〇, which behave like kanji inside words.</summary>
    public static readonly SearchValues<char> Kanji = SearchValues.Create(
        Range('\u3400', '\u4DBF') + Range('\u4E00', '\u9FFF') + Range('\uF900', '\uFAFF') + "\u3005\u3006\u3007");

    /// <summary>True for a CJK ideograph, 々, 〆 or 〇.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    public static bool IsKanji(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3005' or '\u3006' or '\u3007';

    /// <summary>True for hiragana (ぁ-ゖ, ゝゞ).</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    public static bool IsHiragana(char c) => c is (>= '\u3041' and <= '\u3096') or '\u309D' or '\u309E';

    /// <summary>True for full-width katakana, including the long vowel mark ー but not the middle dot ・.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    public static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or '\u30FC' or '\u30FD' or '\u30FE';

    /// <summary>True for a kanji, hiragana or katakana character.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    public static bool IsJapaneseLetter(char c) => IsKanji(c) || IsHiragana(c) || IsKatakana(c);

    /// <summary>True for a kanji numeral used in addresses and dates (〇一二三四五六七八九十百千).</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    public static bool IsKanjiNumeral(char c) => c is '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千';

    /// <summary>True when <paramref name="text"/> holds at least one Japanese character.</summary>
    /// <param name="text">Folded text.</param>
    public static bool ContainsJapanese(ReadOnlySpan<char> text) => text.IndexOfAny(Japanese) >= 0;

    /// <summary>The value of a kanji numeral string such as 三, 十二, 二十三, 百五 (0 when not a numeral).</summary>
    /// <param name="text">Kanji numerals only.</param>
    public static int ParseKanjiNumber(ReadOnlySpan<char> text)
    {
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = c switch
            {
                '〇' => 0,
                '一' => 1,
                '二' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                _ => -1,
            };
            if (digit >= 0)
            {
                current = (current * 10) + digit;
                continue;
            }

            var unit = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                return 0;
            }

            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
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
