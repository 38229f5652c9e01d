using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Reads column headers and JSON keys for person names (氏名, フリガナ, full_name…) and judges
/// whether a whole cell value has the shape of a name.
/// </summary>
internal static class NameFields
{
    /// <summary>What a field name says about its values.</summary>
    public enum Kind
    {
        /// <summary>Nothing about names.</summary>
        None,

        /// <summary>A bare <c>name</c>: a person's name or a thing's.</summary>
        Generic,

        /// <summary>A person's name (氏名, 顧客名, full_name, last_name…).</summary>
        Person,

        /// <summary>The kana reading of a person's name (フリガナ, ふりがな, name_kana…).</summary>
        Reading,
    }

    private static readonly string[] s_readingMarks = ["フリガナ", "ふりがな", "ヨミガナ", "よみがな", "furigana", "yomi"];

    private static readonly string[] s_kanaMarks = ["カナ", "かな", "kana"];

    private static readonly string[] s_notPersonMarks = ["住所", "会社", "社名", "法人", "店名", "商品", "address", "company", "product", "shop"];

    private static readonly string[] s_personExact = ["姓", "名", "氏", "姓名", "氏名", "名前", "お名前", "宛名", "名義", "名字", "苗字", "セイ", "メイ", "ファーストネーム", "ラストネーム", "フルネーム"];

    private static readonly string[] s_personSuffixes = ["氏名", "名前", "者名", "客名", "員名", "主名", "生徒名", "児童名", "宛名", "名義", "個人名", "本人名"];

    private static readonly string[] s_englishPersonSuffixes = ["fullname", "firstname", "lastname", "givenname", "familyname", "surname", "middlename", "personname"];

    private static readonly string[] s_englishPersonPrefixes =
    [
        "customer", "member", "contact", "patient", "employee", "staff", "student", "applicant", "recipient", "holder",
        "cardholder", "accountholder", "guardian", "parent", "spouse", "client", "guest", "kanji", "person", "emergencycontact",
    ];

    private static readonly string[] s_notValues =
    [
        "未設定", "未入力", "未記入", "不明", "なし", "無し", "ナシ", "該当なし", "記入例", "匿名", "null", "none", "n/a", "na", "unknown", "nil", "undefined",
    ];

    private static readonly string[] s_companyMarks =
    [
        "株式会社", "有限会社", "合同会社", "合資会社", "(株)", "(有)", "会社", "法人", "協会", "組合", "財団", "商店", "事務所", "病院", "大学",
        "inc", "ltd", "llc", "corp", "co.", "gmbh",
    ];

    /// <summary>Classifies a column header or key.</summary>
    /// <param name="fieldName">The raw field name, or null.</param>
    public static Kind Classify(string? fieldName)
    {
        if (string.IsNullOrWhiteSpace(fieldName) || fieldName.Length > 40)
        {
            return Kind.None;
        }

        var folded = JapaneseTextNormalizer.Normalize(fieldName).Text.Trim();
        Span<char> buffer = stackalloc char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (c is not (' ' or '_' or '-' or '.'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        ReadOnlySpan<char> key = buffer[..length];
        if (key.IsEmpty)
        {
            return Kind.None;
        }

        if (IsReading(key))
        {
            return Kind.Reading;
        }

        foreach (var exact in s_personExact)
        {
            if (key.SequenceEqual(exact))
            {
                return Kind.Person;
            }
        }

        foreach (var suffix in s_personSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && !key.EndsWith("法人名", StringComparison.Ordinal))
            {
                return Kind.Person;
            }
        }

        if (key.SequenceEqual("name"))
        {
            return Kind.Generic;
        }

        foreach (var suffix in s_englishPersonSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Kind.Person;
            }
        }

        if (key.EndsWith("name", StringComparison.Ordinal))
        {
            var prefix = key[..^4];
            foreach (var person in s_englishPersonPrefixes)
            {
                if (prefix.SequenceEqual(person))
                {
                    return Kind.Person;
                }
            }
        }

        return Kind.None;
    }

    private static bool IsReading(ReadOnlySpan<char> key)
    {
        foreach (var not in s_notPersonMarks)
        {
            if (key.Contains(not, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var mark in s_readingMarks)
        {
            if (key.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var mark in s_kanaMarks)
        {
            if (key.SequenceEqual(mark)
                || (key.Contains(mark, StringComparison.Ordinal)
                    && (key.Contains('名') || key.Contains('姓') || key.Contains("name", StringComparison.Ordinal)
                        || key.Contains("セイ", StringComparison.Ordinal) || key.Contains("メイ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the whole value could be a name: one to four words of kanji, kana or Latin letters
    /// (separated by spaces or ・), no digits, not a company and not a placeholder such as 不明.
    /// </summary>
    /// <param name="value">The trimmed, folded value.</param>
    /// <param name="words">How many words it has.</param>
    /// <param name="script">The script of its letters.</param>
    public static bool LooksLikeName(ReadOnlySpan<char> value, out int words, out NameScript script)
    {
        words = 0;
        script = NameScript.None;
        if (value.IsEmpty || value.Length > 40)
        {
            return false;
        }

        var inWord = false;
        var hasKanji = false;
        var hasKana = false;
        var hasLatin = false;
        var hiraganaOnly = true;
        foreach (var c in value)
        {
            if (c is ' ' or '・')
            {
                if (!inWord)
                {
                    return false; // leading or doubled separator
                }

                inWord = false;
                continue;
            }

            if (!inWord)
            {
                words++;
                inWord = true;
            }

            if (JapaneseScript.IsKanji(c))
            {
                hasKanji = true;
                hiraganaOnly = false;
            }
            else if (JapaneseScript.IsHiragana(c))
            {
                hasKana = true;
            }
            else if (JapaneseScript.IsKatakana(c))
            {
                hasKana = true;
                hiraganaOnly = false;
            }
            else if (char.IsAsciiLetter(c) || (c is '.' or '\'' or '-' && hasLatin))
            {
                hasLatin = true;
                hiraganaOnly = false;
            }
            else
            {
                return false;
            }
        }

        if (!inWord || words is < 1 or > 4 || (hasLatin && (hasKanji || hasKana)))
        {
            return false;
        }

        foreach (var not in s_notValues)
        {
            if (value.Equals(not, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var mark in s_companyMarks)
        {
            if (value.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        script = hasLatin ? NameScript.Latin
            : hasKanji ? NameScript.Kanji
            : hiraganaOnly ? NameScript.Hiragana
            : NameScript.Katakana;
        return true;
    }

    /// <summary>The dominant script of a name-shaped value.</summary>
    public enum NameScript
    {
        /// <summary>Not a name.</summary>
        None,

        /// <summary>Kanji, possibly with kana (山田太郎, 山田 さくら).</summary>
        Kanji,

        /// <summary>Katakana, possibly with hiragana (ヤマダ タロウ).</summary>
        Katakana,

        /// <summary>Hiragana only (やまだ たろう).</summary>
        Hiragana,

        /// <summary>Latin letters (Taro Yamada).</summary>
        Latin,
    }
}
