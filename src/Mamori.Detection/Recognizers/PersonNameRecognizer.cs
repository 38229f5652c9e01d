using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Mamori.Detection.Morphology;
using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Finds person names (<see cref="EntityTypes.PersonName"/>) in Japanese and English text.
/// </summary>
/// <remarks>
/// <para>
/// MeCab with IPADIC knows ~13k surnames and ~19k given names (<c>名詞,固有名詞,人名,姓|名</c>) but runs at
/// about 10 MB/s, too slow to read every character. So the recognizer works in three steps:
/// </para>
/// <list type="number">
/// <item>A cheap prefilter over the folded text, without MeCab. Cues are anchored on one character each with
/// vectorised <see cref="SearchValues{T}"/> sets of at most five characters (a multi-string search runs several
/// times slower on Japanese text) and then checked: honorifics after a name (様, さん, 氏, 殿, 君, くん, ちゃん,
/// 先生), titles after one (部長, 社長, 選手, 弁護士…), and labels before one, anchored on their last character,
/// when a separator, a bracket (オペレーター（山本）) or a bracketed qualifier (ふりがな（カナ）：) follows them:
/// strong ones (氏名, 名前, お名前, 宛名, 名義, フリガナ, 顧客名, 会員名) and weak ones that need a surname of the
/// dictionary (担当, 受付, 対応者, 相談者, 紹介者, 緊急連絡先, お客様, ユーザー, オペレーター, 契約者, 患者…). Runs of
/// kanji that end with a surname and a given name of IPADIC's own lists (山田太郎, 昨日山田太郎, 山田 太郎), or that are
/// a surname and up to three kanji closing the run before a particle (松本大翔は), are candidates too; the lists are
/// read once per process from the dictionary's source file <c>Noun.name.csv</c> (EUC-JP, Debian package
/// <c>mecab-ipadic</c>) into frozen sets. Text without Japanese script never reaches this step.</item>
/// <item>MeCab on a short window around each candidate (windows merged and widened so no word is cut) finds
/// the real word boundaries: 様 in 様々 or 同様, 山田 in 山田商店, and 日本 as a place all fall out here. On
/// ordinary Japanese prose well under 5% of the characters reach MeCab.</item>
/// <item>Grading. A 人名 sequence with a cue: 0.95 (surname and given name) or 0.9; without a cue only a
/// full kanji name closing its kanji run (山田太郎が…) counts, at 0.7 (dictionary alone, 0.75 with a context
/// word in the window); a lone surname (田中は…) stays below the default threshold. MeCab splits modern given
/// names (松本|大|翔, 陸|斗) and glues さん to verbs (結|愛さ|ん), so a surname closes its kanji run (one or two
/// more kanji, or a space and up to three, belong to it unless they are a word of their own without a cue:
/// 大野菜園), and next to a cue the name is read from the text: before an honorific, a surname of IPADIC at a word
/// boundary and up to three kanji (0.95; 松本大翔様, 川村　大翔さん); after a label, the kanji run less a
/// trailing honorific or title. A word the dictionary
/// misses is rescued by an adjacent honorific or label alone at 0.6 (小鳥遊さん, 氏名：小鳥遊), or 0.8 when it is
/// in the surname list though MeCab read it as a common word (林さん); a title never rescues (営業部長).
/// Katakana names (ヤマダ タロウ様, ジョン・スミスさん) count with a cue only. Company forms (株式会社…, …商店,
/// 山田工業), role and kin words (部長さん, お母さん) and crowd words (お客様, 皆様) are dropped.</item>
/// </list>
/// <para>
/// A value whose field name is a person's name (氏名, 顧客名, フリガナ, full_name, last_name…) is taken whole
/// when it has the shape of a name (one to four words, no digits, not a company or a placeholder), without
/// MeCab; a bare <c>name</c> field needs dictionary support or a capitalised Latin name. English names are
/// found after Mr./Ms./Mrs./Dr. and <c>Name:</c> labels. The recognizer is thread-safe: each thread gets its
/// own MeCab tagger (a <see cref="ThreadLocal{T}"/>), and <see cref="Dispose"/> frees them all.
/// </para>
/// </remarks>
public sealed partial class PersonNameRecognizer : IRecognizer, IDisposable
{
    private const double CueAndFullName = 0.95;
    private const double CueAndDictionary = 0.9;
    private const double CueAndSingleKanjiSurname = 0.8;
    private const double DictionaryAloneWithContext = 0.75;
    private const double DictionaryAlone = 0.7;
    private const double CueAlone = 0.6;
    private const double WeakDictionary = 0.45;
    private const double SurnameAlone = 0.35;

    private static readonly string[] s_types = [Detection.EntityTypes.PersonName];

    private static readonly string[] s_honorifics = ["様", "さま", "さん", "氏", "殿", "君", "くん", "ちゃん", "先生"];

    // Labels whose value is a name. After a strong one the value is a name whatever the dictionary says (氏名：小鳥遊);
    // after a weak one it needs a surname of the dictionary (担当：高橋, 受付：林, お客様：伊藤莉子様, オペレーター（山本）).
    private static readonly string[] s_strongLabels = ["氏名", "お名前", "名前", "宛名", "フリガナ", "ふりがな", "名義", "顧客名", "会員名"];
    private static readonly string[] s_weakLabels =
    [
        "担当者", "担当", "契約者", "申込者", "患者", "依頼者", "代表者", "受付", "対応者", "相談者", "紹介者", "緊急連絡先", "お客様", "ユーザー",
        "オペレーター", "保護者", "申請者", "受取人", "差出人", "記入者",
    ];

    // Every label, strong ones first, by its last character (the anchor of the scan), longest first.
    private static readonly FrozenDictionary<char, string[]> s_labelsByLastChar = s_strongLabels.Concat(s_weakLabels)
        .GroupBy(label => label[^1])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(label => label.Length).ToArray());

    // The last character of every label and the kanji honorifics, in sets of at most five so that each IndexOfAny runs
    // vectorised (a SearchValues<string> of the cues runs several times slower on Japanese text); each hit is then
    // checked. The kana honorifics are searched as strings.
    private static readonly SearchValues<char>[] s_cueChars = [.. "様氏殿君先".Concat(s_labelsByLastChar.Keys).Distinct().Chunk(5).Select(chunk => SearchValues.Create(chunk))];
    private static readonly string[] s_kanaHonorifics = ["さん", "さま", "くん", "ちゃん"];

    // What a form writes in brackets between a label and its value (ふりがな（カナ）：, 氏名（漢字）：).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_qualifiers = new[]
    {
        "カナ", "かな", "カタカナ", "ひらがな", "フリガナ", "ふりがな", "漢字", "全角", "半角", "任意", "必須", "本名", "旧姓", "ローマ字", "英字", "姓名",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Titles after a surname (田中部長, 中村選手, 佐藤弁護士): a cue for a name MeCab tags, never a rescue on their own
    // (営業部長 is not a name). Anchored on their last character, in two vectorised sets of five.
    private static readonly string[] s_titles =
    [
        "部長", "課長", "係長", "社長", "副社長", "会長", "店長", "院長", "校長", "園長", "所長", "局長", "室長", "市長", "町長", "村長", "議長",
        "教授", "准教授", "監督", "弁護士", "税理士", "会計士", "司法書士", "行政書士", "医師", "看護師", "薬剤師", "技師", "取締役", "専務",
        "常務", "知事", "議員", "社員", "職員", "選手",
    ];

    private static readonly SearchValues<char> s_titleCharsA = SearchValues.Create("長授督士師");
    private static readonly SearchValues<char> s_titleCharsB = SearchValues.Create("役務事員手");

    // A character right before an honorific that makes it part of a word, not a name (同様, 皆様, お客様, お父さん).
    private static readonly SearchValues<char> s_honorificStopBefore = SearchValues.Create("同仕多模異一今有王神奥皆客父母兄姉叔伯爺婆嫁殿様上貴各");

    // A character right after 様 that makes it a word of its own (様々, 様子, 様式, 様相, 様態).
    private static readonly SearchValues<char> s_afterSama = SearchValues.Create("々子式相態");

    private readonly NameLexicon _lexicon;
    private readonly ThreadLocal<MeCabTagger> _taggers;
    private bool _disposed;

    /// <summary>Creates the recognizer with Debian's MeCab dictionary and IPADIC name lists.</summary>
    /// <exception cref="MeCabUnavailableException">MeCab, its dictionary or the IPADIC source lists are missing.</exception>
    public PersonNameRecognizer()
        : this(default, null)
    {
    }

    /// <summary>Creates the recognizer.</summary>
    /// <param name="mecab">Where MeCab's compiled dictionary is.</param>
    /// <param name="ipadicSourceFolder">
    /// The folder with IPADIC's source CSV files (<c>Noun.name.csv</c>); null for Debian's
    /// <c>/usr/share/mecab/dic/ipadic</c> (or the <c>MAMORI_IPADIC_SOURCE</c> environment variable).
    /// </param>
    /// <exception cref="MeCabUnavailableException">MeCab, its dictionary or the IPADIC source lists are missing.</exception>
    public PersonNameRecognizer(MeCabOptions mecab, string? ipadicSourceFolder = null)
    {
        _lexicon = NameLexicon.Shared(ipadicSourceFolder);
        _taggers = new ThreadLocal<MeCabTagger>(() => MeCabTagger.Create(mecab), trackAllValues: true);
        _ = _taggers.Value; // fail now, not on the first text, when MeCab is missing
    }

    /// <inheritdoc />
    public string Name => "person_name";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes => s_types;

    /// <summary>
    /// The recognizer when the options ask for person names (<see cref="DetectorOptions.EnablePersonNames"/> and
    /// the entity filters), otherwise nothing; MeCab is only loaded when it will be used.
    /// </summary>
    /// <param name="options">The detector options.</param>
    /// <returns>Zero or one recognizer.</returns>
    public static IEnumerable<IRecognizer> CreateFor(DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EnablePersonNames && options.Reports(Detection.EntityTypes.PersonName)
            ? [new PersonNameRecognizer(options.MeCab)]
            : [];
    }

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var text = input.Text;
        if (text.Length == 0)
        {
            return;
        }

        var field = NameFields.Classify(input.FieldName);
        if (field != NameFields.Kind.None && TryWholeValue(text, field, findings))
        {
            return;
        }

        List<Finding>? candidates = null;
        FindLatinNames(text, ref candidates);
        var firstJapanese = text.AsSpan().IndexOfAny(JapaneseScript.Japanese);
        if (firstJapanese >= 0)
        {
            List<(int Start, int End)>? windows = null;
            CollectCueWindows(text, firstJapanese, ref windows);
            CollectDictionaryWindows(text, firstJapanese, ref windows);
            if (windows is not null)
            {
                candidates ??= [];
                var tagger = _taggers.Value!;
                var tokens = new List<MorphToken>();
                foreach (var (start, end) in MergeWindows(text, windows))
                {
                    tokens.Clear();
                    tagger.Tokenize(text.AsSpan(start, end - start), tokens);
                    new WindowAnalysis(this, input, text, start, tokens, field != NameFields.Kind.None, candidates).Run();
                }
            }
        }

        if (candidates is not null)
        {
            AddDistinct(candidates, findings);
        }
    }

    /// <summary>A name field (氏名, 顧客名, フリガナ, full_name…) or one holding a name context word.</summary>
    /// <param name="fieldName">A column header or key.</param>
    /// <param name="context">The detector's context words.</param>
    public bool ReadsField(string fieldName, ContextCatalog context) =>
        NameFields.Classify(fieldName) != NameFields.Kind.None || (context?.FieldMatches(Detection.EntityTypes.PersonName, fieldName) ?? false);

    /// <summary>Frees every thread's MeCab tagger.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var tagger in _taggers.Values)
        {
            tagger.Dispose();
        }

        _taggers.Dispose();
    }

    private Finding NewFinding(int start, int length, double confidence) =>
        new(Detection.EntityTypes.PersonName, PiiCategory.Personal, start, length, confidence) { Recognizer = Name };

    /// <summary>A name field whose whole value is name-shaped is one finding; MeCab is not needed.</summary>
    private bool TryWholeValue(string text, NameFields.Kind field, List<Finding> findings)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && char.IsWhiteSpace(span[end - 1]))
        {
            end--;
        }

        var value = span[start..end];
        if (!NameFields.LooksLikeName(value, out var words, out var script))
        {
            return false;
        }

        var confidence = (field, script) switch
        {
            (NameFields.Kind.Generic, NameFields.NameScript.Latin) => words >= 2 && AllCapitalized(value) ? 0.8 : WeakDictionary,
            (NameFields.Kind.Generic, _) => HasDictionarySupport(value) ? 0.85 : WeakDictionary,
            (NameFields.Kind.Reading, NameFields.NameScript.Kanji) => 0.75,
            (_, NameFields.NameScript.Latin) => AllCapitalized(value) ? 0.85 : 0.65,
            _ => 0.9,
        };
        findings.Add(NewFinding(start, end - start, confidence));
        return true;
    }

    private bool HasDictionarySupport(ReadOnlySpan<char> value)
    {
        var space = value.IndexOfAny(' ', '・');
        var first = space < 0 ? value : value[..space];
        return _lexicon.IsNamePart(first) || _lexicon.SplitFullName(first) > 0
            || (space >= 0 && _lexicon.IsNamePart(value[(space + 1)..]));
    }

    private static bool AllCapitalized(ReadOnlySpan<char> value)
    {
        var atWordStart = true;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }

            atWordStart = false;
        }

        return true;
    }

    private void FindLatinNames(string text, ref List<Finding>? candidates)
    {
        foreach (var match in TitledLatinName().EnumerateMatches(text))
        {
            candidates ??= [];
            var name = text.AsSpan(match.Index, match.Length);
            var offset = name.IndexOfAny(' ', '\t');
            while (offset < name.Length && name[offset] is ' ' or '\t')
            {
                offset++;
            }

            candidates.Add(NewFinding(match.Index + offset, match.Length - offset, 0.85));
        }

        if (!text.Contains("name", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var match in LabelledLatinName().EnumerateMatches(text))
        {
            candidates ??= [];
            var name = text.AsSpan(match.Index, match.Length);
            var offset = name.IndexOfAny(':', '=') + 1;
            while (name[offset] == ' ')
            {
                offset++;
            }

            candidates.Add(NewFinding(match.Index + offset, match.Length - offset, 0.8));
        }
    }

    /// <summary>Windows around honorifics and labels whose neighbourhood could hold a name.</summary>
    private static void CollectCueWindows(string text, int from, ref List<(int Start, int End)>? windows)
    {
        var span = text.AsSpan();
        foreach (var set in s_cueChars)
        {
            for (var position = from; position < span.Length;)
            {
                var offset = span[position..].IndexOfAny(set);
                if (offset < 0)
                {
                    break;
                }

                var at = position + offset;
                position = at + 1;
                var label = LabelEndingAt(span, at);
                if (label > 0 && LabelIsFollowedByValue(span, at + 1))
                {
                    (windows ??= []).Add((at + 1 - label - 2, at + 1 + 26));
                }

                var honorific = HonorificAt(span, at);
                if (honorific > 0 && PlausibleHonorific(span, at, honorific))
                {
                    (windows ??= []).Add((at - 14, at + honorific + 2));
                }
            }
        }

        foreach (var set in (ReadOnlySpan<SearchValues<char>>)[s_titleCharsA, s_titleCharsB])
        {
            for (var position = from; position < span.Length;)
            {
                var offset = span[position..].IndexOfAny(set);
                if (offset < 0)
                {
                    break;
                }

                var at = position + offset;
                position = at + 1;
                var title = TitleEndingAt(span, at);
                if (title > 0 && at + 1 > title && IsWordChar(span[at - title]) && !s_honorificStopBefore.Contains(span[at - title]))
                {
                    (windows ??= []).Add((at + 1 - title - 14, at + 3));
                }
            }
        }

        foreach (var honorific in s_kanaHonorifics)
        {
            for (var position = from; position < span.Length;)
            {
                var offset = span[position..].IndexOf(honorific, StringComparison.Ordinal);
                if (offset < 0)
                {
                    break;
                }

                var at = position + offset;
                if (PlausibleHonorific(span, at, honorific.Length))
                {
                    (windows ??= []).Add((at - 14, at + honorific.Length + 2));
                }

                position = at + honorific.Length;
            }
        }
    }

    /// <summary>The length of the title (部長, 弁護士…) whose last character is at <paramref name="last"/>, or 0.</summary>
    private static int TitleEndingAt(ReadOnlySpan<char> text, int last)
    {
        var longest = 0;
        foreach (var title in s_titles)
        {
            var start = last + 1 - title.Length;
            if (title[^1] == text[last] && start >= 0 && title.Length > longest && text[start..(last + 1)].SequenceEqual(title))
            {
                longest = title.Length;
            }
        }

        return longest;
    }

    /// <summary>The length of the label (氏名, 担当者, お客様…) whose last character is at <paramref name="last"/>, or 0.</summary>
    private static int LabelEndingAt(ReadOnlySpan<char> text, int last)
    {
        if (!s_labelsByLastChar.TryGetValue(text[last], out var labels))
        {
            return 0;
        }

        foreach (var label in labels)
        {
            var start = last + 1 - label.Length;
            if (start >= 0 && text[start..(last + 1)].SequenceEqual(label))
            {
                return label.Length;
            }
        }

        return 0;
    }

    /// <summary>The length of the kanji honorific (様, 氏, 殿, 君, 先生) at <paramref name="at"/>, or 0; 氏名 is a label.</summary>
    private static int HonorificAt(ReadOnlySpan<char> text, int at)
    {
        var next = at + 1 < text.Length ? text[at + 1] : '\0';
        return text[at] switch
        {
            '様' or '殿' or '君' => 1,
            '氏' when next != '名' => 1,
            '先' when next == '生' => 2,
            _ => 0,
        };
    }

    /// <summary>
    /// A label is used as one when a separator (：, =, space, 】, は, の, or an opening bracket: オペレーター（山本）) follows
    /// it, possibly after 名 (担当者名：) or a bracketed qualifier (ふりがな（カナ）：).
    /// </summary>
    private static bool LabelIsFollowedByValue(ReadOnlySpan<char> text, int end)
    {
        if (end < text.Length && text[end] == '名')
        {
            end++;
        }

        end = SkipQualifier(text, end);
        return end + 1 < text.Length && (s_labelSeparators.Contains(text[end]) || text[end] is 'は' or 'の' or '(');
    }

    /// <summary>
    /// After a label, the end of a bracketed qualifier of the form (（カナ）, (漢字), (任意)) followed by a separator, else
    /// <paramref name="at"/>; a name in brackets (オペレーター（山本）：) is a value, not a qualifier.
    /// </summary>
    private static int SkipQualifier(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != '(')
        {
            return at;
        }

        var close = text[at..Math.Min(text.Length, at + 8)].IndexOf(')');
        var after = at + close + 1;
        return close > 1 && after < text.Length && s_labelSeparators.Contains(text[after]) && s_qualifiers.Contains(text[(at + 1)..(at + close)])
            ? after
            : at;
    }

    /// <summary>Rejects honorifics that cannot follow a name without asking MeCab (様々, 同様, お客様, みなさん).</summary>
    private static bool PlausibleHonorific(ReadOnlySpan<char> text, int at, int length)
    {
        if (at == 0)
        {
            return false;
        }

        var before = text[at - 1];
        if (before == ' ' && at >= 2)
        {
            before = text[at - 2];
        }

        if (!(JapaneseScript.IsKanji(before) || JapaneseScript.IsKatakana(before) || char.IsAsciiLetter(before)))
        {
            return false;
        }

        if (s_honorificStopBefore.Contains(before) && (at < 2 || !JapaneseScript.IsKanji(text[at - 2])))
        {
            return false;
        }

        return !(text[at] == '様' && at + length < text.Length && s_afterSama.Contains(text[at + length]));
    }

    /// <summary>Windows around kanji runs that are exactly a surname and a given name of the dictionary.</summary>
    private void CollectDictionaryWindows(string text, int from, ref List<(int Start, int End)>? windows)
    {
        var span = text.AsSpan();
        var position = from;
        while (position < span.Length)
        {
            var offset = span[position..].IndexOfAny(JapaneseScript.Kanji);
            if (offset < 0)
            {
                return;
            }

            var start = position + offset;
            var runLength = span[start..].IndexOfAnyExcept(JapaneseScript.Kanji);
            var end = runLength < 0 ? span.Length : start + runLength;
            position = end;
            var run = span[start..end];
            if (run.Length >= 3 && EndsWithFullName(run))
            {
                (windows ??= []).Add((Math.Max(start, end - 9), end + 2));
            }
            else if (!_lexicon.MayStartSurname(span[start]))
            {
                continue;
            }
            else if (run.Length <= 4 && end + 1 < span.Length && span[end] == ' ' && JapaneseScript.IsKanji(span[end + 1])
                && _lexicon.IsSurname(run))
            {
                var given = span[(end + 1)..];
                var givenLength = given.IndexOfAnyExcept(JapaneseScript.Kanji);
                givenLength = givenLength < 0 ? given.Length : givenLength;
                if ((givenLength <= 4 && _lexicon.IsGivenName(given[..givenLength]))
                    || (givenLength <= 3 && end + 1 + givenLength < span.Length && IsParticle(span[end + 1 + givenLength])))
                {
                    (windows ??= []).Add((start - 2, end + 1 + givenLength + 2));
                }
            }
            else if (run.Length is >= 3 and <= 7 && end < span.Length && IsParticle(span[end]) && StartsWithSurname(run))
            {
                // 松本大翔は…: a surname of the dictionary and a given name it lacks (陽翔, 蒼空), closing the run.
                (windows ??= []).Add((start - 2, end + 2));
            }
        }
    }

    /// <summary>A particle that closes a name in prose (山田は, 田中が, 鈴木と…).</summary>
    private static bool IsParticle(char c) => c is 'は' or 'が' or 'も' or 'と' or 'に' or 'の' or 'を' or 'へ' or 'や';

    /// <summary>The run is a surname of two to four kanji of the dictionary and one to three more kanji.</summary>
    private bool StartsWithSurname(ReadOnlySpan<char> run)
    {
        for (var length = Math.Min(4, run.Length - 1); length >= 2 && run.Length - length <= 3; length--)
        {
            if (_lexicon.IsSurname(run[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The run ends with a surname and given name (山田太郎, 昨日山田太郎): names close a kanji run before a particle.</summary>
    private bool EndsWithFullName(ReadOnlySpan<char> run)
    {
        for (var start = Math.Max(0, run.Length - 7); start <= run.Length - 3; start++)
        {
            if (_lexicon.MayStartSurname(run[start]) && _lexicon.SplitFullName(run[start..], 3) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorts, widens (so no word is cut) and merges windows.</summary>
    private static List<(int Start, int End)> MergeWindows(string text, List<(int Start, int End)> windows)
    {
        windows.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<(int Start, int End)>(windows.Count);
        foreach (var (rawStart, rawEnd) in windows)
        {
            var start = Math.Max(0, rawStart);
            var end = Math.Min(text.Length, rawEnd);
            for (var i = 0; i < 6 && start > 0 && IsWordChar(text[start - 1]) && IsWordChar(text[start]); i++)
            {
                start--;
            }

            for (var i = 0; i < 6 && end < text.Length && IsWordChar(text[end - 1]) && IsWordChar(text[end]); i++)
            {
                end++;
            }

            if (start > 0 && char.IsLowSurrogate(text[start]))
            {
                start--;
            }

            if (end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            if (merged.Count > 0 && start <= merged[^1].End + 2)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    private static bool IsWordChar(char c) => JapaneseScript.IsKanji(c) || JapaneseScript.IsKatakana(c) || char.IsSurrogate(c);

    /// <summary>Keeps one finding per span (the most confident) and appends them.</summary>
    private static void AddDistinct(List<Finding> candidates, List<Finding> findings)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        candidates.Sort(static (x, y) =>
        {
            var byStart = x.Start.CompareTo(y.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byLength = x.Length.CompareTo(y.Length);
            return byLength != 0 ? byLength : y.Confidence.CompareTo(x.Confidence);
        });

        var previous = candidates[0];
        findings.Add(previous);
        for (var i = 1; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Start != previous.Start || candidate.Length != previous.Length)
            {
                findings.Add(candidate);
                previous = candidate;
            }
        }
    }

    // Mr. John Smith, Dr Jane Doe: the title is a cue, the name is what is reported.
    [GeneratedRegex(@"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+[A-Z][a-z]+(?:[ -](?:[A-Z]\.[ ]?)?[A-Z][a-z'’]+){0,2}(?![A-Za-z])")]
    private static partial Regex TitledLatinName();

    // Name: Taro Yamada (two or three capitalised words after a name label).
    [GeneratedRegex(@"(?<![A-Za-z])(?i:(?:full[ _]?)?name)[ ]*[:=][ ]*[A-Z][a-z]+(?:[ ][A-Z][a-z'’-]+){1,2}(?![A-Za-z])")]
    private static partial Regex LabelledLatinName();
}
