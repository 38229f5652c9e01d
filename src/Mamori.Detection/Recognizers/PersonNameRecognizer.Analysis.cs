using System.Buffers;
using System.Collections.Frozen;
using Mamori.Detection.Morphology;
using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

public sealed partial class PersonNameRecognizer
{
    // Words that take an honorific but are not names: roles, kin, crowds, gods and kings.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNames = new[]
    {
        "皆", "客", "奥", "王", "神", "姫", "殿", "上", "貴", "俺", "僕", "私", "彼", "彼女", "母", "父", "兄", "姉", "弟", "妹", "娘",
        "息子", "孫", "嫁", "旦那", "主人", "皆々", "各位", "社長", "部長", "課長", "係長", "店長", "院長", "園長", "校長", "会長",
        "議長", "所長", "局長", "署長", "室長", "班長", "団長", "委員", "委員長", "理事", "理事長", "先生", "担当", "担当者", "患者",
        "利用者", "会員", "顧客", "店員", "職員", "社員", "女王", "王子", "王女", "天皇", "陛下", "殿下", "閣下", "仏", "御中",
        "猫", "犬", "鳥", "熊", "関係者", "皆様", "親御", "家族", "親族", "役員", "医師", "看護師", "運転手", "大家", "隣", "近所",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // What follows a surname in a company, shop, school or place name (山田商店, 山田工業, 山田駅).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_organisationSuffixes = new[]
    {
        "株式会社", "有限会社", "合同会社", "商店", "商事", "工業", "建設", "産業", "製作所", "工務店", "銀行", "病院", "医院", "歯科",
        "クリニック", "事務所", "大学", "学園", "学院", "高校", "高等学校", "中学校", "小学校", "幼稚園", "保育園", "駅", "線", "通り",
        "記念館", "美術館", "財団", "グループ", "ホールディングス", "社", "屋", "堂", "庵", "亭", "店", "商会", "電機", "物産", "賞",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_companyPrefixes = ["株式会社", "有限会社", "合同会社", "合資会社", "(株)", "(有)"];

    private static readonly SearchValues<char> s_labelSeparators = SearchValues.Create(" :=\t】]」』>");

    /// <summary>Reads MeCab's morphemes of one window and grades the names in it.</summary>
    private sealed class WindowAnalysis(
        PersonNameRecognizer owner, RecognitionInput input, string text, int offset, List<MorphToken> tokens, bool fieldCue, List<Finding> output)
    {
        public void Run()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsPersonName)
                {
                    var last = ExtendGroup(i);
                    GradeGroup(i, last);
                    i = last;
                }
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                if (IsHonorific(i) && !(i > 0 && tokens[i - 1].IsPersonName && SmallGap(i - 1, i)))
                {
                    RescueBeforeHonorific(i);
                }
            }

            RescueKanjiBeforeHonorifics();
            RescueAfterLabels();
        }

        private int Start(int token) => offset + tokens[token].Start;

        private int End(int token) => offset + tokens[token].Start + tokens[token].Length;

        private ReadOnlySpan<char> Surface(int token) => text.AsSpan(Start(token), tokens[token].Length);

        /// <summary>Nothing, or a single space, between two tokens.</summary>
        private bool SmallGap(int left, int right)
        {
            var gap = Start(right) - End(left);
            return gap == 0 || (gap == 1 && text[End(left)] == ' ');
        }

        private bool IsHonorific(int token)
        {
            var surface = Surface(token);
            if (surface.SequenceEqual("先生"))
            {
                return true;
            }

            if (!tokens[token].Feature.StartsWith("名詞,接尾,人名", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var honorific in s_honorifics)
            {
                if (surface.SequenceEqual(honorific))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsKnownCommonNoun(int token)
        {
            var t = tokens[token];
            return !t.IsUnknown && t.Feature.StartsWith("名詞,", StringComparison.Ordinal)
                && !t.Feature.StartsWith("名詞,固有名詞", StringComparison.Ordinal)
                && !t.Feature.StartsWith("名詞,接尾,人名", StringComparison.Ordinal);
        }

        private bool IsKatakanaWord(int token)
        {
            foreach (var c in Surface(token))
            {
                if (!JapaneseScript.IsKatakana(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Joins 山田 太郎, 山田太郎 and ジョン・スミス into one group of tokens (at most four).</summary>
        private int ExtendGroup(int first)
        {
            var last = first;
            while (last - first < 3)
            {
                var next = last + 1;
                if (next >= tokens.Count)
                {
                    break;
                }

                if (tokens[next].IsPersonName && SmallGap(last, next))
                {
                    last = next;
                }
                else if (next + 1 < tokens.Count && Surface(next).SequenceEqual("・") && SmallGap(last, next) && SmallGap(next, next + 1)
                    && IsKatakanaWord(last) && IsKatakanaWord(next + 1))
                {
                    last = next + 1;
                }
                else
                {
                    break;
                }
            }

            return last;
        }

        private void GradeGroup(int first, int last)
        {
            var start = Start(first);
            var end = End(last);
            if (CompanyBefore(start) || (last + 1 < tokens.Count && SmallGap(last, last + 1) && IsOrganisationSuffix(last + 1)))
            {
                return;
            }

            var surname = false;
            var given = false;
            var katakana = true;
            var letters = 0;
            for (var i = first; i <= last; i++)
            {
                var kind = tokens[i].IsPersonName ? tokens[i].FeatureField(3) : string.Empty;
                surname |= kind == "姓";
                given |= kind == "名";
                katakana &= IsKatakanaWord(i) || Surface(i).SequenceEqual("・");
                letters += tokens[i].Length;
            }

            // MeCab often reads only the first kanji of a modern given name (陸|斗, 陽|菜): a name with a surname closes
            // its kanji run, so one or two more kanji before the run ends (not an honorific or title) belong to it.
            var snapped = surname && JapaneseScript.IsKanji(text[end - 1]) ? SnapToRunEnd(Start(last), end) : end;
            if (snapped == end && surname && !given && last == first)
            {
                snapped = GivenNameAfterSpace(end); // 木村 結菜は: a given name the dictionary lacks, after a space
            }

            var cueAfter = (last + 1 < tokens.Count && IsHonorific(last + 1) && SmallGap(last, last + 1)) || TitleAfter(snapped);
            var cue = cueAfter || fieldCue || LabelBefore(start);
            if (snapped > end && (cue || !CoversCommonNoun(end, snapped)))
            {
                // Without a cue, kanji that make a word of their own (大野|菜園) are not taken for a given name.
                letters += snapped - end;
                given = true;
                end = snapped;
            }

            var full = (surname && given) || (last > first && katakana);
            double confidence;
            if (cue)
            {
                confidence = full ? CueAndFullName : letters >= 2 ? CueAndDictionary : CueAndSingleKanjiSurname;
            }
            else if (katakana)
            {
                if (!KatakanaStandsAlone(start, end))
                {
                    return; // a piece of a longer katakana word (レプリケーション)
                }

                confidence = full ? WeakDictionary : SurnameAlone;
            }
            else if (full && letters >= 3 && StandsAlone(start, end, first))
            {
                // A configured or built-in context word in the window (担当, お名前…) adds a little, never a cue's worth.
                confidence = HasContext(start, end) ? DictionaryAloneWithContext : DictionaryAlone;
            }
            else
            {
                confidence = full ? WeakDictionary : HasContext(start, end) ? WeakDictionary : SurnameAlone;
            }

            output.Add(owner.NewFinding(start, end - start, confidence));
        }

        /// <summary>True when a morpheme of two or more characters within [from, to) is a known common noun.</summary>
        private bool CoversCommonNoun(int from, int to)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Start(i) >= from && End(i) <= to && tokens[i].Length >= 2 && IsKnownCommonNoun(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// After a surname alone, a space and one to three kanji closing their run before a particle, punctuation or a
        /// cue (木村 結菜は, 木村 結菜さん), not a role or title (田中 部長): the end of those kanji, else <paramref name="end"/>.
        /// </summary>
        private int GivenNameAfterSpace(int end)
        {
            if (end + 1 >= text.Length || text[end] != ' ' || !JapaneseScript.IsKanji(text[end + 1]))
            {
                return end;
            }

            var givenEnd = KanjiRunEnd(end + 1, text.Length); // less a trailing honorific or title (結菜様)
            if (givenEnd <= end + 1)
            {
                return end;
            }

            var given = text.AsSpan(end + 1, givenEnd - end - 1);
            return given.Length <= 3 && !s_notNames.Contains(given) && !s_organisationSuffixes.Contains(given) && !IsTitle(given)
                && HonorificLengthAt(end + 1) == 0 && !StartsWithTitle(given)
                ? givenEnd
                : end;
        }

        /// <summary>The end of the kanji run that the word starting at <paramref name="start"/> is in, when it lies one or two kanji past <paramref name="end"/>.</summary>
        private int SnapToRunEnd(int start, int end)
        {
            if (end >= text.Length || !JapaneseScript.IsKanji(text[end]))
            {
                return end;
            }

            var runEnd = KanjiRunEnd(start, text.Length);
            var extra = text.AsSpan(end, Math.Max(0, runEnd - end));
            return extra.Length is 1 or 2 && !s_notNames.Contains(extra) && !s_organisationSuffixes.Contains(extra) && !IsTitle(extra)
                && HonorificLengthAt(end) == 0 && !StartsWithTitle(extra)
                ? runEnd
                : end;
        }

        private static bool StartsWithTitle(ReadOnlySpan<char> text)
        {
            foreach (var title in s_titles)
            {
                if (text.StartsWith(title, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasContext(int start, int end) => input.HasContext(Detection.EntityTypes.PersonName, start, end - start);

        /// <summary>A title right after the name (田中部長, 中村 選手).</summary>
        private bool TitleAfter(int end)
        {
            var rest = text.AsSpan(end);
            if (rest.StartsWith(' '))
            {
                rest = rest[1..];
            }

            foreach (var title in s_titles)
            {
                if (rest.StartsWith(title, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The group closes its kanji run (山田太郎が, 昨日山田太郎は) and, when kanji precede it, MeCab read those as a
        /// word of their own rather than the start of the name.
        /// </summary>
        private bool StandsAlone(int start, int end, int first) =>
            (end >= text.Length || !JapaneseScript.IsKanji(text[end]))
            && (start == 0 || !JapaneseScript.IsKanji(text[start - 1]) || (first > 0 && IsKnownWord(first - 1) && End(first - 1) == start));

        private bool IsKnownWord(int token) => !tokens[token].IsUnknown && !tokens[token].Feature.StartsWith("名詞,接頭", StringComparison.Ordinal)
            && !tokens[token].Feature.StartsWith("接頭詞", StringComparison.Ordinal);

        private bool KatakanaStandsAlone(int start, int end) =>
            (start == 0 || !JapaneseScript.IsKatakana(text[start - 1])) && (end >= text.Length || !JapaneseScript.IsKatakana(text[end]));

        private bool CompanyBefore(int start)
        {
            var before = text.AsSpan(0, start).TrimEnd(' ');
            foreach (var prefix in s_companyPrefixes)
            {
                if (before.EndsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsOrganisationSuffix(int token) =>
            s_organisationSuffixes.Contains(Surface(token))
            || tokens[token].Feature.StartsWith("名詞,接尾,地域", StringComparison.Ordinal);

        /// <summary>A label (氏名：, 担当, お名前は, ふりがな（カナ）：, オペレーター（) right before <paramref name="start"/>.</summary>
        private bool LabelBefore(int start)
        {
            var end = start;
            for (var skipped = 0; skipped < 3 && end > 0 && (s_labelSeparators.Contains(text[end - 1]) || text[end - 1] is 'は' or '('); skipped++)
            {
                end--;
            }

            if (end > 0 && text[end - 1] == ')')
            {
                // ふりがな（カナ）：
                var open = text.AsSpan(Math.Max(0, end - 8), end - Math.Max(0, end - 8)).LastIndexOf('(');
                end = open >= 0 ? Math.Max(0, end - 8) + open : end;
            }

            var before = text.AsSpan(0, end);
            foreach (var label in s_strongLabels)
            {
                if (before.EndsWith(label, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            if (before.EndsWith("名", StringComparison.Ordinal))
            {
                before = before[..^1]; // 担当者名：
            }

            foreach (var label in s_weakLabels)
            {
                if (before.EndsWith(label, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Names in kanji before an honorific, read from the text rather than MeCab's morphemes (which split modern given
        /// names: 松本|大|翔, and glue さん to a verb: 結|愛さ|ん): 松本大翔様, 川村　大翔さん, 宮城陽翔様.
        /// </summary>
        private void RescueKanjiBeforeHonorifics()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            var windowStart = Start(0);
            var windowEnd = End(tokens.Count - 1);
            for (var at = windowStart + 1; at < windowEnd; at++)
            {
                var length = HonorificLengthAt(at);
                if (length == 0 || !PlausibleHonorific(text, at, length))
                {
                    continue;
                }

                var end = text[at - 1] == ' ' ? at - 1 : at;
                if (end > 0 && JapaneseScript.IsKanji(text[end - 1]) && KanjiNameEndingAt(end, out var start, out var nameEnd, out var given))
                {
                    var confidence = given > 0 ? CueAndFullName : nameEnd - start >= 2 ? CueAndDictionary : CueAndSingleKanjiSurname;
                    output.Add(owner.NewFinding(start, nameEnd - start, confidence));
                }

                at += length - 1;
            }
        }

        private int HonorificLengthAt(int at)
        {
            var c = text[at];
            if (c is '様' or '殿' or '君' || (c == '氏' && (at + 1 >= text.Length || text[at + 1] != '名')))
            {
                return 1;
            }

            var rest = text.AsSpan(at);
            foreach (var honorific in s_kanaHonorifics)
            {
                if (rest.StartsWith(honorific, StringComparison.Ordinal))
                {
                    return honorific.Length;
                }
            }

            return rest.StartsWith("先生", StringComparison.Ordinal) ? 2 : 0;
        }

        /// <summary>
        /// A name of kanji ending at <paramref name="end"/>: a surname of the dictionary starting at a word boundary,
        /// then up to three kanji of a given name (which the dictionary often lacks: 陽翔, 蒼空), or a surname, a space
        /// and a given name (川村 大翔). A role or title after the surname (田中部長) is left out.
        /// </summary>
        private bool KanjiNameEndingAt(int end, out int start, out int nameEnd, out int given)
        {
            start = nameEnd = end;
            given = 0;
            var runStart = end;
            while (runStart > 0 && JapaneseScript.IsKanji(text[runStart - 1]) && end - runStart < 9)
            {
                runStart--;
            }

            if (runStart > 0 && JapaneseScript.IsKanji(text[runStart - 1]))
            {
                return false; // a long compound, not a name
            }

            var lexicon = owner._lexicon;
            var run = text.AsSpan(runStart, end - runStart);
            if (s_notNames.Contains(run))
            {
                return false;
            }

            // 川村 大翔: a surname alone before the space, a given name after it.
            if (run.Length <= 3 && runStart >= 2 && text[runStart - 1] == ' ')
            {
                var surnameStart = runStart - 1;
                while (surnameStart > 0 && JapaneseScript.IsKanji(text[surnameStart - 1]) && runStart - 1 - surnameStart < 5)
                {
                    surnameStart--;
                }

                var surname = text.AsSpan(surnameStart, runStart - 1 - surnameStart);
                if ((surnameStart == 0 || !JapaneseScript.IsKanji(text[surnameStart - 1])) && surname.Length is >= 1 and <= 4 && lexicon.IsSurname(surname))
                {
                    start = surnameStart;
                    given = run.Length;
                    return true;
                }
            }

            // A surname at a word boundary of MeCab's (so 今日中村 gives 中村); failing that, the run read as a surname of
            // two or more kanji and a given name, whatever MeCab made of it (小|山陽|翔).
            for (var s = runStart; s < end; s++)
            {
                if (s > runStart && !IsTokenBoundary(s))
                {
                    continue;
                }

                if (TrySplitName(s, end, strict: true, out start, out nameEnd, out given))
                {
                    return true;
                }
            }

            return TrySplitName(runStart, end, strict: false, out start, out nameEnd, out given);
        }

        /// <summary>Reads text[s..end] as a surname of the dictionary and up to three kanji of a given name.</summary>
        private bool TrySplitName(int s, int end, bool strict, out int start, out int nameEnd, out int given)
        {
            start = nameEnd = end;
            given = 0;
            for (var length = Math.Min(4, end - s); length >= (strict ? 1 : 2); length--)
            {
                if (!owner._lexicon.IsSurname(text.AsSpan(s, length)) || (strict && !IsTokenBoundary(s + length)))
                {
                    continue;
                }

                var rest = text.AsSpan(s + length, end - s - length);
                if (rest.Length > 3)
                {
                    return false;
                }

                start = s;
                var isRole = !rest.IsEmpty && (s_notNames.Contains(rest) || s_organisationSuffixes.Contains(rest) || IsTitle(rest));
                given = isRole ? 0 : rest.Length;
                nameEnd = s + length + given;
                return true;
            }

            return false;
        }

        private static bool IsTitle(ReadOnlySpan<char> word)
        {
            foreach (var title in s_titles)
            {
                if (word.SequenceEqual(title))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a morpheme starts or ends at <paramref name="position"/>, or the window's morphemes do not reach it.</summary>
        private bool IsTokenBoundary(int position)
        {
            if (tokens.Count == 0 || position <= Start(0) || position >= End(tokens.Count - 1))
            {
                return true;
            }

            foreach (var token in tokens)
            {
                var start = offset + token.Start;
                if (start == position || start + token.Length == position)
                {
                    return true;
                }

                if (start > position)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A word MeCab does not know as a name, right before an honorific (小鳥遊さん, 林さん, ヤマダ タロウ様).</summary>
        private void RescueBeforeHonorific(int honorific)
        {
            var end = Start(honorific);
            if (end >= 2 && text[end - 1] == ' ')
            {
                end--;
            }

            if (end == 0)
            {
                return;
            }

            var last = text[end - 1];
            int start;
            double confidence;
            if (JapaneseScript.IsKanji(last))
            {
                start = end;
                while (start > 0 && JapaneseScript.IsKanji(text[start - 1]) && end - start <= 4)
                {
                    start--;
                }

                if (end - start > 4 || (start > 0 && text[start - 1] is 'お' or 'ご' or '御'))
                {
                    return;
                }

                confidence = GradeKanjiWord(start, end);
            }
            else if (JapaneseScript.IsKatakana(last))
            {
                start = KatakanaWordsStart(end);
                confidence = GradeKatakanaWords(start, end);
            }
            else if (char.IsAsciiLetter(last))
            {
                start = end;
                while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || (text[start - 1] == ' ' && start >= 2 && char.IsAsciiLetter(text[start - 2]))) && end - start < 30)
                {
                    start--;
                }

                confidence = AllCapitalized(text.AsSpan(start, end - start)) ? CueAlone : 0;
            }
            else
            {
                return;
            }

            if (confidence > 0)
            {
                output.Add(owner.NewFinding(start, end - start, confidence));
            }
        }

        private int KatakanaWordsStart(int end)
        {
            var start = end;
            while (start > 0 && end - start < 20)
            {
                var c = text[start - 1];
                if (JapaneseScript.IsKatakana(c))
                {
                    start--;
                }
                else if (c is ' ' or '・' && start >= 2 && JapaneseScript.IsKatakana(text[start - 2]))
                {
                    start--;
                }
                else
                {
                    break;
                }
            }

            return start;
        }

        /// <summary>Grades a kanji word before an honorific or after a label that MeCab did not tag as a name; 0 rejects it.</summary>
        private double GradeKanjiWord(int start, int end)
        {
            var word = text.AsSpan(start, end - start);
            if (s_notNames.Contains(word) || !TokenRange(start, end, out var first, out var last))
            {
                return 0;
            }

            var lexicon = owner._lexicon;
            if (lexicon.IsSurname(word) || lexicon.IsGivenName(word) || lexicon.SplitFullName(word) > 0)
            {
                return word.Length == 1 ? CueAndSingleKanjiSurname : CueAndDictionary;
            }

            if ((first == last && IsKnownCommonNoun(first)) || word.Length == 1)
            {
                return 0;
            }

            for (var i = first; i <= last; i++)
            {
                if (tokens[i].Feature.StartsWith("名詞,固有名詞,組織", StringComparison.Ordinal)
                    || tokens[i].Feature.StartsWith("名詞,固有名詞,地域", StringComparison.Ordinal)
                    || !tokens[i].Feature.StartsWith("名詞,", StringComparison.Ordinal))
                {
                    return 0;
                }
            }

            if (tokens[last].Length >= 2 && IsKnownCommonNoun(last))
            {
                return 0; // 営業部長さん
            }

            return lexicon.IsSurname(word[..2]) || (word.Length > 3 && lexicon.IsSurname(word[..3])) ? 0.85 : CueAlone;
        }

        private double GradeKatakanaWords(int start, int end)
        {
            var words = text.AsSpan(start, end - start);
            if (words.Length < 2 || !TokenRange(start, end, out var first, out var last))
            {
                return 0;
            }

            var lexicon = owner._lexicon;
            var known = 0;
            var count = 0;
            foreach (var range in words.SplitAny(' ', '・'))
            {
                count++;
                known += lexicon.IsNamePart(words[range]) ? 1 : 0;
            }

            if (known == count)
            {
                return CueAndDictionary;
            }

            var allCommon = true;
            for (var i = first; i <= last; i++)
            {
                allCommon &= IsKnownCommonNoun(i) || Surface(i).SequenceEqual("・");
            }

            return allCommon ? 0 : known > 0 ? 0.8 : CueAlone;
        }

        /// <summary>The tokens covering exactly [start, end): false when a token crosses either edge.</summary>
        private bool TokenRange(int start, int end, out int first, out int last)
        {
            first = -1;
            last = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                var s = Start(i);
                var e = End(i);
                if (e <= start)
                {
                    continue;
                }

                if (s >= end)
                {
                    break;
                }

                if (s < start || e > end)
                {
                    return false;
                }

                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }

            return first >= 0;
        }

        /// <summary>Values after labels: 氏名：小鳥遊, フリガナ：ヤマダ タロウ, 担当：高橋.</summary>
        private void RescueAfterLabels()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            var windowStart = Start(0);
            var windowEnd = End(tokens.Count - 1);
            var window = text.AsSpan(windowStart, windowEnd - windowStart);
            RescueAfterLabels(window, windowStart, windowEnd, s_strongLabels, strong: true);
            RescueAfterLabels(window, windowStart, windowEnd, s_weakLabels, strong: false);
        }

        private void RescueAfterLabels(ReadOnlySpan<char> window, int windowStart, int windowEnd, string[] labels, bool strong)
        {
            foreach (var label in labels)
            {
                for (var at = window.IndexOf(label, StringComparison.Ordinal); at >= 0; at = NextIndex(window, label, at))
                {
                    RescueAfterLabel(windowStart + at, label, strong, windowEnd);
                }
            }
        }

        private static int NextIndex(ReadOnlySpan<char> window, string label, int at)
        {
            var next = window[(at + label.Length)..].IndexOf(label, StringComparison.Ordinal);
            return next < 0 ? -1 : at + label.Length + next;
        }

        private void RescueAfterLabel(int at, string label, bool strong, int limit)
        {
            // 名前 inside お名前 and 担当 inside 担当者 are handled as the longer label.
            if ((label == "名前" && at > 0 && text[at - 1] == 'お') || (label == "担当" && at + 2 < text.Length && text[at + 2] == '者'))
            {
                return;
            }

            var reading = label is "フリガナ" or "ふりがな";
            var v = at + label.Length;
            if (!strong && v < limit && text[v] == '名')
            {
                v++;
            }

            v = SkipQualifier(text, v); // ふりがな（カナ）：
            var separated = false;
            while (v < limit && (s_labelSeparators.Contains(text[v]) || (text[v] == '(' && !separated)))
            {
                v++;
                separated = true;
            }

            if (!separated && v < limit && text[v] is 'は' or 'の' && !(strong && text[v] == 'の'))
            {
                v++;
                separated = true;
            }

            if (!separated)
            {
                return;
            }

            var end = v;
            var words = 1;
            while (end < limit && end - v < 20)
            {
                var c = text[end];
                if (JapaneseScript.IsKanji(c) || JapaneseScript.IsKatakana(c) || char.IsAsciiLetter(c) || (reading && JapaneseScript.IsHiragana(c)))
                {
                    end++;
                }
                else if (c is ' ' or '・' && end > v && end + 1 < limit && words < 4 && !s_labelSeparators.Contains(text[end + 1]) && text[end + 1] != ' '
                    && !StartsWithLabel(end + 1))
                {
                    words++;
                    end++;
                }
                else
                {
                    break;
                }
            }

            end = v < limit && JapaneseScript.IsKanji(text[v]) ? KanjiValueEnd(v, limit) : TrimValueEnd(v, end);
            if (end <= v || (end < text.Length && char.IsAsciiDigit(text[end])))
            {
                return; // お客様: 平成24年… is a date, not a name
            }

            var confidence = GradeLabelValue(v, end, strong, reading);
            if (confidence > 0)
            {
                output.Add(owner.NewFinding(v, end - v, confidence));
            }
        }

        /// <summary>The length of the longest surname of the dictionary that starts <paramref name="word"/> and leaves at most three kanji, or 0.</summary>
        private int SurnamePrefix(ReadOnlySpan<char> word)
        {
            for (var length = Math.Min(4, word.Length); length >= 1 && word.Length - length <= 3; length--)
            {
                if (owner._lexicon.IsSurname(word[..length]))
                {
                    return length;
                }
            }

            return 0;
        }

        /// <summary>The next field's label (氏名：山田 太郎 フリガナ：…) ends a value.</summary>
        private bool StartsWithLabel(int at)
        {
            var rest = text.AsSpan(at);
            foreach (var label in s_strongLabels)
            {
                if (rest.StartsWith(label, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var label in s_weakLabels)
            {
                if (rest.StartsWith(label, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The end of a kanji value after a label: the kanji run, without a trailing honorific or title (山田太郎様,
        /// 高橋部長), and a given name after a space when the run is a surname (山田 太郎).
        /// </summary>
        private int KanjiValueEnd(int start, int limit)
        {
            var end = KanjiRunEnd(start, limit);
            if (end < 0)
            {
                return start;
            }

            if (end + 1 < limit && text[end] == ' ' && JapaneseScript.IsKanji(text[end + 1]) && end - start <= 4
                && owner._lexicon.IsSurname(text.AsSpan(start, end - start)))
            {
                var givenEnd = KanjiRunEnd(end + 1, limit);
                if (givenEnd > end + 1 && givenEnd - end - 1 <= 3)
                {
                    return givenEnd;
                }
            }

            return end;
        }

        /// <summary>The end of the kanji run at <paramref name="start"/> less a trailing honorific or title, or -1 when it is long.</summary>
        private int KanjiRunEnd(int start, int limit)
        {
            var end = start;
            while (end < limit && JapaneseScript.IsKanji(text[end]))
            {
                if (end - start == 9)
                {
                    return -1;
                }

                end++;
            }

            var run = text.AsSpan(start, end - start);
            foreach (var honorific in s_honorifics)
            {
                if (run.Length > honorific.Length && run.EndsWith(honorific, StringComparison.Ordinal))
                {
                    return end - honorific.Length;
                }
            }

            foreach (var title in s_titles)
            {
                if (run.Length > title.Length && run.EndsWith(title, StringComparison.Ordinal))
                {
                    return end - title.Length;
                }
            }

            return end;
        }

        /// <summary>Drops a trailing honorific or role word (ヤマダ様, スミス 社長) and trailing separators.</summary>
        private int TrimValueEnd(int start, int end)
        {
            while (end > start)
            {
                while (end > start && text[end - 1] is ' ' or '・')
                {
                    end--;
                }

                var trimmed = false;
                for (var i = tokens.Count - 1; i >= 0; i--)
                {
                    if (End(i) == end && Start(i) > start && (IsHonorific(i) || s_notNames.Contains(Surface(i))))
                    {
                        end = Start(i);
                        trimmed = true;
                        break;
                    }
                }

                if (!trimmed)
                {
                    break;
                }
            }

            return end;
        }

        private double GradeLabelValue(int start, int end, bool strong, bool reading)
        {
            var value = text.AsSpan(start, end - start);
            if (!TokenRange(start, end, out var first, out var last))
            {
                // MeCab's tokens may run past the value (a kana reading glued to what follows): judge the text alone.
                first = last = -1;
            }

            var hasName = false;
            var allCommon = first >= 0;
            for (var i = first; i >= 0 && i <= last; i++)
            {
                hasName |= tokens[i].IsPersonName;
                allCommon &= IsKnownCommonNoun(i) || Surface(i).SequenceEqual("・");
            }

            if (!NameFields.LooksLikeName(value, out var words, out var script) || s_notNames.Contains(value))
            {
                return 0;
            }

            var lexicon = owner._lexicon;
            if (script is NameFields.NameScript.Katakana or NameFields.NameScript.Hiragana)
            {
                var known = 0;
                foreach (var range in value.SplitAny(' ', '・'))
                {
                    known += lexicon.IsNamePart(value[range]) ? 1 : 0;
                }

                // A reading of a full name (ヤマダ ハルト) after a name label: as sure as MeCab's reading of part of it.
                return known > 0 && words >= 2 && (strong || reading) ? CueAndFullName
                    : known == words || hasName ? CueAndDictionary
                    : reading ? 0.8
                    : strong && !allCommon && script == NameFields.NameScript.Katakana ? CueAlone
                    : 0;
            }

            if (hasName && script != NameFields.NameScript.Kanji)
            {
                return CueAndDictionary;
            }

            if (script == NameFields.NameScript.Latin)
            {
                // Two or more capitalised words, not all in capitals (名前 FILE is a placeholder, not a name).
                return strong && words >= 2 && AllCapitalized(value) && value.ContainsAnyInRange('a', 'z') ? 0.8 : 0;
            }

            // 山田太郎, 山田 太郎, 松本大翔 (a surname of the dictionary and up to three kanji), 林 (a surname alone).
            var space = value.IndexOf(' ');
            var head = space < 0 ? value : value[..space];
            var surname = SurnamePrefix(head);
            if (surname > 0 || lexicon.SplitFullName(head) > 0 || hasName)
            {
                var full = space >= 0 || head.Length > surname;
                return strong ? (full ? CueAndFullName : CueAndDictionary) : (full ? CueAndDictionary : 0.75);
            }

            if (!strong || s_notNames.Contains(value) || (first >= 0 && first == last && IsKnownCommonNoun(first)))
            {
                return 0;
            }

            return value.Length >= 2 ? CueAlone : 0;
        }
    }
}
