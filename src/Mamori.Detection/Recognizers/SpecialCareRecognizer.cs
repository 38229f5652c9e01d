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
/// is tied to a person. All terms are found in one pass anchored on each term's least common character (see
/// <see cref="TermIndex"/>), and reported as the whole compound they are part of (乳がん, C型肝炎,
/// アルツハイマー型認知症, 抗がん剤治療, HIV感染症). A term is tied to a person when the text is the record of one
/// (a line opens with 氏名, お名前, 顧客名, 患者氏名, 相談者…), or when the sentence around it (up to 。！？ or a line
/// break) holds a person word (私, 本人, 患者様, お客様, 会員, 彼, 彼女, 母…, as whole words: 私立 and 日本人 do not
/// count), a word with an honorific (山田さん, 鈴木様), a name of IPADIC's surname list followed by a particle
/// (田中は…) or a full name (山田太郎), or, in English, I/my/he/she/patient/Mr. A term on a line labelled with a topic
/// (既往歴：糖尿病, 過去の病気 慢性腎臓病) is tied to the record.
/// </para>
/// <para>
/// Grading: a term in a column whose header is a special-care topic (病歴, 既往歴, 障害, 宗教, 服薬, religion…)
/// 0.85; a term after a topic label on its line 0.85; a term tied to a person 0.8; a term alone 0.3 (below the
/// default threshold: an article about diabetes is not special care). A term used as a topic (糖尿病の本, がん保険,
/// 入院のご案内, 宗教に関する) or naming a field (服薬：なし, 障害者手帳 あり) is not reported, nor a generic word
/// (通院, 治療, 信仰…) right after the term it is about (乳がんで通院中 is one fact). A value in a topic column that
/// holds no listed term (骨粗鬆症 under 病名) is reported whole at 0.7 with the column's subcategory, unless it says
/// "nothing" (なし, 特になし, none).
/// </para>
/// </remarks>
public sealed class SpecialCareRecognizer : IRecognizer
{
    private const double TopicField = 0.85;
    private const double TopicLabel = 0.85;
    private const double PersonLinked = 0.8;
    private const double TopicFieldValue = 0.7;
    private const double Unlinked = 0.3;

    private static readonly string[] s_types = [Detection.EntityTypes.SpecialCare];

    private static readonly FrozenDictionary<string, string> s_subcategories = BuildSubcategories();

    // The same, by the exact term instances the index returns: an ordinal lookup, not a case-insensitive hash of Japanese.
    private static readonly FrozenDictionary<string, string> s_subcategoryOfTerm = s_subcategories.ToFrozenDictionary(StringComparer.Ordinal);

    // Every term, anchored on its least common character (see TermIndex): several times faster on Japanese text than
    // a multi-string search for the terms or a search for their first characters.
    private static readonly TermIndex s_index = new(s_subcategories.Keys);

    [ThreadStatic]
    private static List<(int Start, string Term)>? s_matches;

    [ThreadStatic]
    private static List<(int Start, string Term)>? s_personMatches;

    [ThreadStatic]
    private static List<(int Start, string Term)>? s_headerMatches;

    [ThreadStatic]
    private static List<(int Start, int End)>? s_records;

    // How far a record reaches from its person label, in lines either way, and how long a field's label may be.
    private const int MaxRecordLines = 30;
    private const int MaxLabelLength = 16;

    // Lines of free text a record may hold after its fields.
    private const int MaxFreeLines = 4;

    // What after a term makes it a topic (糖尿病の本, がん保険), by first character.
    private static readonly FrozenDictionary<char, string[]> s_topicFollowers = SpecialCareTerms.TopicFollowers
        .GroupBy(f => f[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(f => f.Length).ToArray());

    // Words that say only that someone is treated or believes (通院, 治療, 信仰…): after a term they are about, not a
    // fact of their own.
    private static readonly FrozenSet<string> s_genericTerms = FrozenSet.Create(StringComparer.Ordinal,
        "通院", "入院", "退院", "治療", "受診", "診察", "診療", "処方", "投薬", "服薬", "服用", "手術", "信仰", "入信", "信者", "信徒",
        "リハビリ", "カウンセリング");

    // A course before a disease (慢性腎臓病 is listed whole; 慢性肝炎 is not).
    private static readonly string[] s_courses = ["慢性", "急性", "若年性", "先天性", "重度", "軽度", "末期"];

    // What completes a term into one compound (HIV感染症, インスリン注射, 依存症, 障害2級 is not one).
    private static readonly string[] s_compoundSuffixes = ["感染症", "注射", "療法", "治療", "通院", "症"];

    // The topic headers, Japanese (matched ordinally) and English (case-insensitively).
    private static readonly TermIndex s_japaneseTopics = new(SpecialCareTerms.TopicFields.Select(t => t.Header).Where(h => !char.IsAsciiLetter(h[0])));
    private static readonly string[] s_latinTopics = [.. SpecialCareTerms.TopicFields.Select(t => t.Header).Where(h => char.IsAsciiLetter(h[0]))];

    private static readonly SearchValues<char> s_clauseBreaks = SearchValues.Create("。、,！？!?\n\r");

    // Terms by first (upper-cased) character, longest first, to name the term found at a position.
    private static readonly FrozenDictionary<char, string[]> s_byFirstChar = s_subcategories.Keys
        .GroupBy(t => char.ToUpperInvariant(t[0]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray());

    private static readonly TermIndex s_personWords = new(SpecialCareTerms.PersonWords);
    // The person labels, longest first, and what can follow one (氏名: 山田, 利用者 鈴木, 本人=…).
    private static readonly string[] s_personLabels = [.. SpecialCareTerms.PersonLabels.OrderByDescending(l => l.Length)];
    private static readonly SearchValues<char> s_labelSeparators = SearchValues.Create(": \t=");

    private static readonly SearchValues<char> s_sentenceEnds = SearchValues.Create("。！？!?\n\r");

    // 様, 氏, 君, 殿 and the first character of さん, くん, ちゃん (checked where found).
    private static readonly SearchValues<char> s_honorificChars = SearchValues.Create("様氏君殿さくち");

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

        var span = text.AsSpan();
        var matches = s_matches ??= [];
        matches.Clear();
        s_index.FindAll(span, matches);
        var topic = TopicOf(input.FieldName);
        if (matches.Count == 0)
        {
            if (topic is not null)
            {
                AddWholeValue(text, topic, findings);
            }

            return;
        }

        var first = findings.Count;
        var record = Record.Unknown;
        var sentence = (Start: -1, End: -1, Person: false);
        var line = (LineStart: -1, Topic: false);
        var lastEnd = -1;
        var lastGeneric = true;
        var position = 0;
        foreach (var (at, term) in matches)
        {
            if (at < position)
            {
                continue; // inside the previous compound
            }

            var subcategory = s_subcategoryOfTerm[term];
            var (start, end) = Compound(span, at, term);
            position = end;
            if (!IsWholeTerm(span, at, term, subcategory) || IsTopicUse(span, end) || IsLabel(span, start, end) || AnsweredNo(span, end))
            {
                continue;
            }

            // A generic word (通院, 治療, 信仰…) right after a term it is about (乳がんで他院に通院中, キリスト教を信仰) is
            // part of the same fact, reported once.
            var generic = end - start == term.Length && s_genericTerms.Contains(term);
            if (generic && !lastGeneric && SameClause(span, lastEnd, start))
            {
                if (findings.Count > first)
                {
                    findings[^1] = findings[^1] with { StatementEnd = end };
                }

                continue;
            }

            var confidence = topic is not null ? TopicField
                : TopicLabelBefore(span, start, ref line) ? TopicLabel
                : IsPersonRecord(span, start, ref record) || HasPerson(span, start, end - start, ref sentence) ? PersonLinked
                : Unlinked;
            findings.Add(NewFinding(start, end - start, confidence, subcategory));
            lastEnd = end;
            lastGeneric = generic;
        }

        if (findings.Count == first && topic is not null)
        {
            AddWholeValue(text, topic, findings);
        }
    }

    /// <summary>
    /// The whole compound a term is part of: a cancer's organ (乳がん, 大腸がん), a type (C型肝炎, 2型糖尿病,
    /// アルツハイマー型認知症), a course (慢性, 急性), and what follows it (抗がん剤治療, 精神科通院, HIV感染症,
    /// インスリン注射).
    /// </summary>
    private static (int Start, int End) Compound(ReadOnlySpan<char> text, int at, string term)
    {
        var start = at;
        if (start >= 2 && text[start - 1] == '型')
        {
            // C型, 2型, アルツハイマー型 (ASCII letters and digits, or a katakana word, before 型).
            var typeStart = start - 1;
            while (typeStart > 0 && start - 1 - typeStart < 12 && (char.IsAsciiLetterOrDigit(text[typeStart - 1]) || JapaneseScript.IsKatakana(text[typeStart - 1])))
            {
                typeStart--;
            }

            start = typeStart < start - 1 ? typeStart : start;
        }
        else if (term is "がん" or "癌" or "腫瘍" && start > 0 && JapaneseScript.IsKanji(text[start - 1]))
        {
            // 乳がん, 胃がん, 大腸がん, 子宮頸がん: the organ before the cancer.
            var organStart = start - 1;
            while (organStart > 0 && start - organStart < 3 && JapaneseScript.IsKanji(text[organStart - 1]))
            {
                organStart--;
            }

            start = organStart;
        }

        for (var i = 0; i < s_courses.Length && start > 1 && JapaneseScript.IsKanji(text[start - 1]); i++)
        {
            if (text[..start].EndsWith(s_courses[i], StringComparison.Ordinal))
            {
                start -= s_courses[i].Length;
                break;
            }
        }

        var end = at + term.Length;
        for (var joined = 0; joined < 3 && end < text.Length; joined++)
        {
            var connector = text[end] == '型' ? 1 : 0;
            var next = TermAt(text, end + connector);
            if (next is not null)
            {
                end += connector + next.Length;
                continue;
            }

            var suffix = SuffixAt(text, end);
            if (suffix == 0)
            {
                break;
            }

            end += suffix;
        }

        return (start, end);
    }

    private static int SuffixAt(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        foreach (var suffix in s_compoundSuffixes)
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal))
            {
                return suffix.Length;
            }
        }

        return 0;
    }

    /// <summary>No sentence or clause break (。、 or a line break) in the few characters between two terms.</summary>
    private static bool SameClause(ReadOnlySpan<char> text, int previousEnd, int start) =>
        previousEnd >= 0 && start - previousEnd <= 8 && text[previousEnd..start].IndexOfAny(s_clauseBreaks) < 0;

    /// <summary>
    /// 障害者手帳：あり, 現在の治療 人工透析, 服薬　なし — a term closing the label that opens its line (followed by a colon
    /// or a space) names a field when the label is a topic (服薬, 治療, 障害…); its value is what may be special care. A
    /// condition opening its line (糖尿病：あり, うつ病 2019年から) is a fact, not a label.
    /// </summary>
    private static bool IsLabel(ReadOnlySpan<char> text, int start, int end)
    {
        if (end >= text.Length || text[end] is not (':' or '=' or ' ' or '\t'))
        {
            return false;
        }

        // Words of English text are separated by spaces anyway (wheelchair user).
        var lineStart = text[..start].LastIndexOfAny('\n', '\r') + 1;
        return (text[end] is ':' or '=' || !char.IsAsciiLetter(text[start])) && start - lineStart <= 8
            && text[lineStart..start].IndexOfAny(" :=\t") < 0 && IsTopicLabel(text[lineStart..end]);
    }

    /// <summary>糖尿病：なし, 喫煙歴 無 — a condition asked about on a form and answered "no".</summary>
    private static bool AnsweredNo(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || text[end] is not (':' or '=' or ' ' or '\t'))
        {
            return false;
        }

        var rest = text[(end + 1)..].TrimStart(" :=\t");
        var lineEnd = rest.IndexOfAny('\n', '\r');
        var answer = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd(' ');
        var cut = answer.IndexOfAny(" 、,。(");
        answer = cut < 0 ? answer : answer[..cut];
        foreach (var empty in SpecialCareTerms.EmptyValues)
        {
            if (answer.Equals(empty, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text is the record of a person: a line starts with a label naming them (氏名：…, お名前 …, 顧客名：…,
    /// 患者氏名 …, 相談者：…). Computed once per text, when a term needs it.
    /// </summary>
    private static bool IsPersonRecord(ReadOnlySpan<char> text, int position, ref Record record)
    {
        var records = s_records ??= [];
        if (record == Record.Unknown)
        {
            record = Record.No;
            records.Clear();
            var labels = s_headerMatches ??= [];
            labels.Clear();
            FindPersonLabels(text, labels);
            foreach (var (at, label) in labels)
            {
                var end = at + label.Length;
                if (StartsLine(text, at) && end < text.Length && text[end] is ':' or ' ' or '\t' or '=')
                {
                    var fields = FieldRun(text, at);
                    if (records.Count > 0 && records[^1].End >= fields.Start)
                    {
                        records[^1] = (records[^1].Start, Math.Max(records[^1].End, fields.End));
                    }
                    else
                    {
                        records.Add(fields);
                    }

                    record = Record.Yes;
                }
            }
        }

        if (record == Record.Yes)
        {
            foreach (var (start, end) in records)
            {
                if (start <= position && position < end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The person labels followed by a separator (氏名:, 利用者 ), in order. Found from the separators, which are rare in
    /// Japanese prose, rather than by a second scan of the whole text: every label ends in 名, 前, 者, 様 or 人.
    /// </summary>
    private static void FindPersonLabels(ReadOnlySpan<char> text, List<(int Start, string Term)> labels)
    {
        for (var at = text.IndexOfAny(s_labelSeparators); at >= 0;)
        {
            if (at > 0 && text[at - 1] is '名' or '前' or '者' or '様' or '人')
            {
                foreach (var label in s_personLabels)
                {
                    if (at >= label.Length && text[(at - label.Length)..at].SequenceEqual(label))
                    {
                        labels.Add((at - label.Length, label));
                        break;
                    }
                }
            }

            var next = text[(at + 1)..].IndexOfAny(s_labelSeparators);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    // The record a person label opens: its line, the field lines (ラベル: 値) around it and a few lines of free text after
    // them, up to a blank line or MaxRecordLines either way. A chunk of a large file holds many records and much prose; a label in one of
    // them says nothing about the others.
    private static (int Start, int End) FieldRun(ReadOnlySpan<char> text, int at)
    {
        var start = text[..at].LastIndexOfAny('\n', '\r') + 1;
        for (var lines = 0; lines < MaxRecordLines && start > 0; lines++)
        {
            var previousEnd = start - 1;
            if (previousEnd > 0 && text[previousEnd] == '\n' && text[previousEnd - 1] == '\r')
            {
                previousEnd--;
            }

            var previousStart = text[..previousEnd].LastIndexOfAny('\n', '\r') + 1;
            if (!IsFieldLine(text[previousStart..previousEnd]))
            {
                break;
            }

            start = previousStart;
        }

        // Downwards: the field lines, then a few lines of free text (a heading such as 既往歴 and its entries, a note).
        var lineEnd = text[at..].IndexOfAny('\n', '\r');
        var end = lineEnd < 0 ? text.Length : at + lineEnd;
        var freeLines = 0;
        for (var lines = 0; lines < MaxRecordLines && end < text.Length; lines++)
        {
            var nextStart = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            var nextLength = text[nextStart..].IndexOfAny('\n', '\r');
            var nextEnd = nextLength < 0 ? text.Length : nextStart + nextLength;
            var next = text[nextStart..nextEnd];
            if (next.IsWhiteSpace() || (!IsFieldLine(next) && ++freeLines > MaxFreeLines))
            {
                break;
            }

            end = nextEnd;
        }

        return (start, end);
    }

    // A line of a record: a short label, then ':', '=' or a tab, then the value (氏名: …, 既往歴=…, 備考\t…).
    private static bool IsFieldLine(ReadOnlySpan<char> line)
    {
        line = line.TrimStart("■□●・【】[] ");
        var separator = line.IndexOfAny(":=\t");
        return separator > 0 && separator <= MaxLabelLength && line[..separator].IndexOfAny("。、,") < 0;
    }

    /// <summary>A column whose header is a special-care topic (病歴, 既往歴, 障害, 宗教, 服薬, religion…).</summary>
    /// <param name="fieldName">A column header or key.</param>
    /// <param name="context">The detector's context words (not used: topics are this recognizer's own).</param>
    public bool ReadsField(string fieldName, ContextCatalog context) => TopicOf(fieldName) is not null;

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
            if (rest.StartsWith(term, char.IsAscii(term[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
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
        if (end >= text.Length || !s_topicFollowers.TryGetValue(text[end], out var followers))
        {
            return false;
        }

        var rest = text[end..];
        foreach (var follower in followers)
        {
            if (rest.StartsWith(follower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The label at <paramref name="at"/> opens its line, possibly after a mark (■, 【…】) or a qualifying word (患者氏名, 従業員氏名).</summary>
    private static bool StartsLine(ReadOnlySpan<char> text, int at)
    {
        var lineStart = text[..at].LastIndexOfAny('\n', '\r') + 1;
        var prefix = text[lineStart..at].TrimStart("■□●・【】[] ");
        if (prefix.Length > 5)
        {
            return false;
        }

        foreach (var c in prefix)
        {
            if (!JapaneseScript.IsKanji(c) && !JapaneseScript.IsKatakana(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 既往歴：糖尿病, 過去の病気 慢性腎臓病, 障害者手帳：あり（療育手帳 3級）— the line starts with a label naming a topic
    /// (既往歴, 病気, 障害, 治療…), followed by a colon or a space.
    /// </summary>
    private static bool TopicLabelBefore(ReadOnlySpan<char> text, int at, ref (int LineStart, bool Topic) cached)
    {
        var lineStart = text[..at].LastIndexOfAny('\n', '\r') + 1;
        if (lineStart == cached.LineStart)
        {
            return cached.Topic;
        }

        var line = text[lineStart..at];
        var separator = line.IndexOfAny(':', '=', ' ');
        var topic = separator > 0 && separator <= 16 && IsTopicLabel(line[..separator]);
        cached = (lineStart, topic);
        return topic;
    }

    private static bool IsTopicLabel(ReadOnlySpan<char> label)
    {
        var headers = s_headerMatches ??= [];
        headers.Clear();
        s_japaneseTopics.FindAll(label, headers);
        if (headers.Count > 0)
        {
            return true;
        }

        if (!label.ContainsAnyInRange('A', 'z'))
        {
            return false;
        }

        foreach (var header in s_latinTopics)
        {
            if (label.Contains(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person in the sentence around the term; the answer is kept for the next term in the same sentence.</summary>
    private bool HasPerson(ReadOnlySpan<char> text, int at, int length, ref (int Start, int End, bool Person) cached)
    {
        if (at >= cached.Start && at + length <= cached.End)
        {
            return cached.Person;
        }

        var from = Math.Max(0, at - 150);
        var sentenceStart = text[from..at].LastIndexOfAny(s_sentenceEnds);
        sentenceStart = sentenceStart < 0 ? from : from + sentenceStart + 1;
        var to = Math.Min(text.Length, at + length + 150);
        var sentenceEnd = text[(at + length)..to].IndexOfAny(s_sentenceEnds);
        sentenceEnd = sentenceEnd < 0 ? to : at + length + sentenceEnd;
        var sentence = text[sentenceStart..sentenceEnd];
        var person = HasPersonWord(sentence) || HasHonorificName(sentence) || HasEnglishPerson(sentence) || HasDictionaryName(sentence);
        cached = (sentenceStart, sentenceEnd, person);
        return person;
    }

    private static bool HasPersonWord(ReadOnlySpan<char> sentence)
    {
        var words = s_personMatches ??= [];
        words.Clear();
        s_personWords.FindAll(sentence, words);
        foreach (var (at, word) in words)
        {
            var end = at + word.Length;
            var before = at > 0 ? sentence[at - 1] : ' ';
            var after = end < sentence.Length ? sentence[end] : ' ';

            // A whole word: 私立, 日本人, 本人確認, 父母会 do not stand for someone.
            if (!JapaneseScript.IsKanji(before) && (!JapaneseScript.IsKanji(after) || after is '様' or '氏'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>山田さん, 鈴木様, ヤマダ様: a word of kanji, katakana or Latin letters right before an honorific.</summary>
    private static bool HasHonorificName(ReadOnlySpan<char> sentence)
    {
        var position = 0;
        while (position < sentence.Length)
        {
            var offset = sentence[position..].IndexOfAny(s_honorificChars);
            if (offset < 0)
            {
                return false;
            }

            var at = position + offset;
            position = at + 1;
            var rest = sentence[at..];
            if (at == 0 || (rest[0] is 'さ' or 'く' or 'ち' && !rest.StartsWith("さん", StringComparison.Ordinal)
                && !rest.StartsWith("くん", StringComparison.Ordinal) && !rest.StartsWith("ちゃん", StringComparison.Ordinal)))
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

    private enum Record
    {
        Unknown,
        No,
        Yes,
    }
}
