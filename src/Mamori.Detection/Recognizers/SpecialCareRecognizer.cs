using System.Buffers;
using System.Collections.Frozen;
using Mamori.Detection.Morphology;
using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Finds special care-required information (要配慮個人情報, <see cref="EntityTypes.SpecialCare"/>): medical
/// history, disability, criminal record, crime victimhood, creed, race, social status, health-check results,
/// treatment, criminal and juvenile procedure. Each finding carries its <see cref="Finding.Subcategory"/>
/// (<c>medical_history</c>, <c>disability</c>, <c>criminal_record</c>, <c>crime_victim</c>, <c>creed</c>,
/// <c>race</c>, <c>social_status</c>, <c>health_check</c>, <c>treatment</c>, <c>criminal_procedure</c>,
/// <c>juvenile_procedure</c>).
/// </summary>
/// <remarks>
/// <para>
/// Special care is a meaning, not a pattern: a term (糖尿病, 療育手帳, 前科, 創価学会…) is only reported when it
/// is tied to a person. All terms are found in one <see cref="SearchValues{T}"/> (Aho-Corasick) pass; then the
/// sentence around each (up to 。！？ or a line break) is searched for a person: a person word (私, 本人, 患者様,
/// お客様, 会員, 彼, 彼女, 母…, as whole words: 私立 and 日本人 do not count), a word with an honorific (山田さん,
/// 鈴木様), a name of IPADIC's surname list followed by a particle (田中は…) or a full name (山田太郎), or, in
/// English, I/my/he/she/patient/Mr. A term on a line labelled with a topic (既往歴：糖尿病) is tied to the record.
/// </para>
/// <para>
/// Grading: a term in a column whose header is a special-care topic (病歴, 既往歴, 障害, 宗教, 服薬, religion…)
/// 0.85; a term after a topic label on its line 0.85; a term with a person in its sentence 0.8; a term alone 0.3
/// (below the default threshold: an article about diabetes is not special care). A term used as a topic
/// (糖尿病の本, がん保険, 入院のご案内, 宗教に関する) is not reported. A value in a topic column that holds no
/// listed term (骨粗鬆症 under 病名) is reported whole at 0.7 with the column's subcategory, unless it says
/// "nothing" (なし, 特になし, none).
/// </para>
/// </remarks>
public sealed class SpecialCareRecognizer : IRecognizer
{
    private const double TopicField = 0.85;
    private const double TopicLabel = 0.85;
    private const double PersonInSentence = 0.8;
    private const double TopicFieldValue = 0.7;
    private const double Unlinked = 0.3;

    private static readonly string[] s_types = [Detection.EntityTypes.SpecialCare];

    private static readonly FrozenDictionary<string, string> s_subcategories = BuildSubcategories();

    // Ordinal (Aho-Corasick) with the case forms of ASCII terms spelled out: about twice as fast on Japanese
    // text as one OrdinalIgnoreCase set.
    private static readonly SearchValues<string> s_terms = SearchValues.Create(
        [.. s_subcategories.Keys.SelectMany(CaseForms).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);

    // Terms by first (upper-cased) character, longest first, to name the term found at a position.
    private static readonly FrozenDictionary<char, string[]> s_byFirstChar = s_subcategories.Keys
        .GroupBy(t => char.ToUpperInvariant(t[0]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray());

    private static readonly SearchValues<string> s_personWords = SearchValues.Create(SpecialCareTerms.PersonWords, StringComparison.Ordinal);

    private static readonly SearchValues<char> s_sentenceEnds = SearchValues.Create("。！？!?\n\r");

    private static readonly SearchValues<string> s_honorifics = SearchValues.Create(["さん", "様", "氏", "君", "くん", "ちゃん", "殿"], StringComparison.Ordinal);

    // Before an honorific, these make a word of its own (様々, 同様, 皆様): not a person's name.
    private static readonly SearchValues<char> s_notBeforeHonorific = SearchValues.Create("同仕多模異一今有王神皆各貴");

    private readonly NameLexicon? _lexicon;

    /// <summary>
    /// Creates the recognizer. When IPADIC's name list (Debian package <c>mecab-ipadic</c>) is installed, bare
    /// names (田中は…, 山田太郎) also count as a person; without it, person words and honorifics still do.
    /// </summary>
    public SpecialCareRecognizer()
        : this(NameLexicon.TryShared())
    {
    }

    internal SpecialCareRecognizer(NameLexicon? lexicon)
    {
        _lexicon = lexicon;
    }

    /// <inheritdoc />
    public string Name => "special_care";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes => s_types;

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = input.Text;
        if (text.Length == 0)
        {
            return;
        }

        var topic = TopicOf(input.FieldName);
        var found = false;
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var offset = span[position..].IndexOfAny(s_terms);
            if (offset < 0)
            {
                break;
            }

            var at = position + offset;
            var term = TermAt(span, at);
            if (term is null)
            {
                position = at + 1;
                continue;
            }

            position = at + term.Length;
            var subcategory = s_subcategories[term];
            if (!IsWholeTerm(span, at, term, subcategory) || IsTopicUse(span, at + term.Length))
            {
                continue;
            }

            var confidence = topic is not null ? TopicField
                : TopicLabelBefore(span, at) ? TopicLabel
                : HasPerson(span, at, term.Length) ? PersonInSentence
                : Unlinked;
            findings.Add(NewFinding(at, term.Length, confidence, subcategory));
            found = true;
        }

        if (!found && topic is not null)
        {
            AddWholeValue(text, topic, findings);
        }
    }

    private Finding NewFinding(int start, int length, double confidence, string subcategory) =>
        new(Detection.EntityTypes.SpecialCare, PiiCategory.SpecialCare, start, length, confidence) { Subcategory = subcategory, Recognizer = Name };

    private void AddWholeValue(string text, string subcategory, List<Finding> findings)
    {
        var span = text.AsSpan();
        var trimmed = span.Trim();
        if (trimmed.IsEmpty || trimmed.Length > 60)
        {
            return;
        }

        foreach (var empty in SpecialCareTerms.EmptyValues)
        {
            if (trimmed.Equals(empty, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        var start = span.IndexOf(trimmed[0]);
        findings.Add(NewFinding(start, trimmed.Length, TopicFieldValue, subcategory));
    }

    /// <summary>hiv, Hiv, HIV for an ASCII term; the term itself otherwise.</summary>
    private static IEnumerable<string> CaseForms(string term)
    {
        yield return term;
        if (term.AsSpan().ContainsAnyInRange('A', 'z'))
        {
            yield return term.ToLowerInvariant();
            yield return term.ToUpperInvariant();
            yield return char.ToUpperInvariant(term[0]) + term[1..].ToLowerInvariant();
        }
    }

    private static FrozenDictionary<string, string> BuildSubcategories()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (subcategory, terms) in SpecialCareTerms.All)
        {
            foreach (var term in terms)
            {
                map.TryAdd(term, subcategory);
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The subcategory a column header stands for (病歴 → medical_history), or null.</summary>
    private static string? TopicOf(string? fieldName)
    {
        if (string.IsNullOrWhiteSpace(fieldName) || fieldName.Length > 40)
        {
            return null;
        }

        var folded = JapaneseTextNormalizer.Normalize(fieldName).Text;
        Span<char> key = stackalloc char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (c is not (' ' or '_' or '-'))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        foreach (var (header, subcategory) in SpecialCareTerms.TopicFields)
        {
            if (key[..length].Contains(header, StringComparison.Ordinal))
            {
                return subcategory;
            }
        }

        return null;
    }

    private static string? TermAt(ReadOnlySpan<char> text, int at)
    {
        if (!s_byFirstChar.TryGetValue(char.ToUpperInvariant(text[at]), out var candidates))
        {
            return null;
        }

        var rest = text[at..];
        foreach (var term in candidates)
        {
            if (rest.StartsWith(term, StringComparison.OrdinalIgnoreCase))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>
    /// ASCII terms are whole words (HIV, not archive); がん is not the start of がんばる; a creed or race term is not the
    /// first half of a compound about something else (仏教美術, 人種差別, 民族衣装).
    /// </summary>
    private static bool IsWholeTerm(ReadOnlySpan<char> text, int at, string term, string subcategory)
    {
        var end = at + term.Length;
        if (subcategory is SpecialCareTerms.Creed or SpecialCareTerms.Race && end < text.Length
            && (JapaneseScript.IsKanji(text[end]) || (JapaneseScript.IsKatakana(text[end]) && !JapaneseScript.IsKatakana(term[^1]))))
        {
            return false;
        }

        if (char.IsAsciiLetter(term[0]))
        {
            return (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (end >= text.Length || !char.IsAsciiLetter(text[end]));
        }

        if (term == "がん")
        {
            var before = at > 0 ? text[at - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            return !JapaneseScript.IsHiragana(before) && (!JapaneseScript.IsHiragana(after) || after is 'の' or 'を' or 'が' or 'に' or 'で' or 'と' or 'は' or 'も' or 'や');
        }

        return true;
    }

    private static bool IsTopicUse(ReadOnlySpan<char> text, int end)
    {
        var rest = text[end..];
        foreach (var follower in SpecialCareTerms.TopicFollowers)
        {
            if (rest.StartsWith(follower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>既往歴：糖尿病 — a topic label earlier on the same line, followed by a separator.</summary>
    private static bool TopicLabelBefore(ReadOnlySpan<char> text, int at)
    {
        var lineStart = text[..at].LastIndexOfAny('\n', '\r') + 1;
        var line = text[Math.Max(lineStart, at - 30)..at];
        var colon = line.LastIndexOfAny(':', '=');
        if (colon <= 0)
        {
            return false;
        }

        var label = line[..colon].TrimEnd(' ');
        foreach (var (header, _) in SpecialCareTerms.TopicFields)
        {
            if (label.EndsWith(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person in the sentence around the term.</summary>
    private bool HasPerson(ReadOnlySpan<char> text, int at, int length)
    {
        var from = Math.Max(0, at - 150);
        var sentenceStart = text[from..at].LastIndexOfAny(s_sentenceEnds);
        sentenceStart = sentenceStart < 0 ? from : from + sentenceStart + 1;
        var to = Math.Min(text.Length, at + length + 150);
        var sentenceEnd = text[(at + length)..to].IndexOfAny(s_sentenceEnds);
        sentenceEnd = sentenceEnd < 0 ? to : at + length + sentenceEnd;
        var sentence = text[sentenceStart..sentenceEnd];
        return HasPersonWord(sentence) || HasHonorificName(sentence) || HasEnglishPerson(sentence) || HasDictionaryName(sentence);
    }

    private static bool HasPersonWord(ReadOnlySpan<char> sentence)
    {
        var position = 0;
        while (position < sentence.Length)
        {
            var offset = sentence[position..].IndexOfAny(s_personWords);
            if (offset < 0)
            {
                return false;
            }

            var at = position + offset;
            var length = LongestPersonWord(sentence[at..]);
            var end = at + length;
            var before = at > 0 ? sentence[at - 1] : ' ';
            var after = end < sentence.Length ? sentence[end] : ' ';

            // A whole word: 私立, 日本人, 本人確認, 父母会 do not stand for someone.
            if (!JapaneseScript.IsKanji(before) && (!JapaneseScript.IsKanji(after) || after is '様' or '氏'))
            {
                return true;
            }

            position = at + 1;
        }

        return false;
    }

    private static int LongestPersonWord(ReadOnlySpan<char> rest)
    {
        var longest = 1;
        foreach (var word in SpecialCareTerms.PersonWords)
        {
            if (word.Length > longest && rest.StartsWith(word, StringComparison.Ordinal))
            {
                longest = word.Length;
            }
        }

        return longest;
    }

    /// <summary>山田さん, 鈴木様, ヤマダ様: a word of kanji, katakana or Latin letters right before an honorific.</summary>
    private static bool HasHonorificName(ReadOnlySpan<char> sentence)
    {
        var position = 0;
        while (position < sentence.Length)
        {
            var offset = sentence[position..].IndexOfAny(s_honorifics);
            if (offset < 0)
            {
                return false;
            }

            var at = position + offset;
            position = at + 1;
            if (at == 0)
            {
                continue;
            }

            var before = sentence[at - 1];
            var wordChar = JapaneseScript.IsKanji(before) || JapaneseScript.IsKatakana(before) || char.IsAsciiLetter(before);
            var compound = s_notBeforeHonorific.Contains(before) && (at < 2 || !JapaneseScript.IsKanji(sentence[at - 2]));
            var sama = sentence[at] == '様' && at + 1 < sentence.Length && sentence[at + 1] is '々' or '子' or '式' or '相' or '態';
            if (wordChar && !compound && !sama && !(at >= 2 && sentence[at - 2] is 'お' or 'ご'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasEnglishPerson(ReadOnlySpan<char> sentence)
    {
        if (!sentence.ContainsAnyInRange('A', 'z'))
        {
            return false;
        }

        foreach (var word in SpecialCareTerms.EnglishPersonWords)
        {
            var comparison = word.Length == 1 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = sentence.IndexOf(word, comparison); at >= 0;)
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsAsciiLetter(sentence[at - 1])) && (end >= sentence.Length || !char.IsAsciiLetter(sentence[end]) || word[^1] == '.'))
                {
                    return true;
                }

                var next = sentence[end..].IndexOf(word, comparison);
                at = next < 0 ? -1 : end + next;
            }
        }

        return false;
    }

    /// <summary>田中は…, 山田太郎が…: a surname followed by a particle, or a kanji run that is a full name.</summary>
    private bool HasDictionaryName(ReadOnlySpan<char> sentence)
    {
        if (_lexicon is null)
        {
            return false;
        }

        var position = 0;
        while (position < sentence.Length)
        {
            var offset = sentence[position..].IndexOfAny(JapaneseScript.Kanji);
            if (offset < 0)
            {
                return false;
            }

            var start = position + offset;
            var length = sentence[start..].IndexOfAnyExcept(JapaneseScript.Kanji);
            var end = length < 0 ? sentence.Length : start + length;
            position = end;
            var run = sentence[start..end];
            var after = end < sentence.Length ? sentence[end] : '\0';
            if (_lexicon.SplitFullName(run, 3) > 0
                || (run.Length is 2 or 3 && after is 'は' or 'が' or 'も' && _lexicon.IsSurname(run)))
            {
                return true;
            }
        }

        return false;
    }
}
