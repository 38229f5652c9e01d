using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mamori.Detection.Text;

/// <summary>
/// Finds every occurrence of a fixed list of Japanese and English terms in one pass over the text, faster than a
/// multi-string search: each Japanese term is anchored on its least common character (a kanji outside the most
/// frequent ones, else a small or voiced kana: 糖尿病 on 尿, ぜんそく on ぜ), found with a table lookup per
/// character, and checked where the anchor falls; English terms (ASCII, case-insensitive) are checked at the start of
/// each word by their first two letters.
/// </summary>
/// <remarks>
/// A multi-string search (<c>SearchValues&lt;string&gt;</c>) over Japanese keywords falls back to Aho-Corasick at about
/// 170 M characters/s, and a vectorised search for the terms' first characters stops at one character in eight
/// (が, 人, 受…); the rarest character of each term stops at one in forty and costs a table lookup per character.
/// </remarks>
internal sealed class TermIndex
{
    // Kanji by how often ordinary Japanese text uses them: the very frequent ones, then other frequent ones. An anchor is
    // a term's least frequent character, so that the scan stops rarely.
    private const string VeryCommonKanji =
        "人日一大年中会出本生時行見月分後前上自事手者用員全的不国地新今内長高気体作発経法明品現所対名部話子成点利問題回" +
        "多意情報以来社物間動開結果期特当同要取心性家公実定下場合学理方円号番";

    private const string CommonKanji =
        "通入受保健関認服処思業店市区町村都県府道税込料金送配注文商購買申込確登録変更約予様皆客各向東西南北外在白和別指" +
        "務力信教連価友党条種族身門断院護診康査調設置民治産";

    // Katakana and hiragana that most words contain.
    private const string CommonKana = "ンーストルイリクラシマムアレタんいのにはをがでとしてたかなるもうっ";

    private const byte Latin = 1;
    private const byte FirstBucket = 2;

    // Per UTF-16 code unit: 0 nothing, Latin (an ASCII letter), or FirstBucket + the index of the Japanese terms anchored
    // on it. One byte load per character, with no branch on the script, scans about twice as fast as a bitmap test
    // behind an ASCII test, and names the terms to check without a dictionary lookup.
    private readonly byte[] _kinds = new byte[char.MaxValue + 1];
    private readonly (string Term, int Offset)[][] _buckets;
    private readonly FrozenDictionary<int, string[]> _latinByPrefix;
    private readonly int _shortestLatin;

    /// <summary>Indexes <paramref name="terms"/> (ASCII terms are matched case-insensitively as whole words).</summary>
    /// <param name="terms">The terms, folded (see <see cref="JapaneseTextNormalizer"/>).</param>
    public TermIndex(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var japanese = new Dictionary<char, List<(string, int)>>();
        var latin = new Dictionary<int, List<string>>();
        _shortestLatin = int.MaxValue;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (term.Length == 0)
            {
                continue;
            }

            if (char.IsAsciiLetter(term[0]) && term.Length >= 2 && char.IsAscii(term[1]))
            {
                var key = PrefixKey(term[0], term[1]);
                if (!latin.TryGetValue(key, out var list))
                {
                    latin[key] = list = [];
                }

                list.Add(term);
                _shortestLatin = Math.Min(_shortestLatin, term.Length);
                continue;
            }

            var offset = AnchorOffset(term);
            var anchor = term[offset];
            if (!japanese.TryGetValue(anchor, out var bucket))
            {
                japanese[anchor] = bucket = [];
            }

            bucket.Add((term, offset));
        }

        // Only the letters an ASCII term starts with (either case) stop the scan: in Japanese text with English words
        // in it, the other letters (most of them) are passed over like any other character.
        foreach (var key in latin.Keys)
        {
            var first = (char)(key >> 8);
            _kinds[first] = Latin;
            _kinds[char.ToUpperInvariant(first)] = Latin;
        }

        if (japanese.Count > byte.MaxValue - FirstBucket)
        {
            throw new ArgumentException($"At most {byte.MaxValue - FirstBucket} distinct anchors are supported.", nameof(terms));
        }

        _buckets = new (string, int)[japanese.Count][];
        var index = 0;
        foreach (var (anchor, bucket) in japanese)
        {
            _buckets[index] = [.. bucket.OrderByDescending(t => t.Item1.Length)];
            _kinds[anchor] = (byte)(FirstBucket + index++);
        }

        _latinByPrefix = latin.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.OrderByDescending(t => t.Length).ToArray());
    }

    /// <summary>Appends every occurrence in <paramref name="text"/>, ordered by start; overlapping ones keep the earliest, then the longest.</summary>
    /// <param name="text">Folded text.</param>
    /// <param name="matches">Receives (start, term) pairs.</param>
    public void FindAll(ReadOnlySpan<char> text, List<(int Start, string Term)> matches)
    {
        var first = matches.Count;
        ref var kinds = ref MemoryMarshal.GetArrayDataReference(_kinds); // 65,536 entries: every char indexes it
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Unsafe.Add(ref kinds, text[i]);
            if (kind == 0)
            {
                continue;
            }

            if (kind >= FirstBucket)
            {
                MatchJapanese(text, i, _buckets[kind - FirstBucket], matches);
            }
            else if (i == 0 || !char.IsAsciiLetter(text[i - 1]))
            {
                MatchLatin(text, i, matches);
            }
        }

        if (matches.Count - first > 1)
        {
            Tidy(matches, first);
        }
    }

    private static void MatchJapanese(ReadOnlySpan<char> text, int at, (string Term, int Offset)[] bucket, List<(int Start, string Term)> matches)
    {
        foreach (var (term, offset) in bucket)
        {
            var start = at - offset;
            if (start >= 0 && start + term.Length <= text.Length && text.Slice(start, term.Length).SequenceEqual(term))
            {
                matches.Add((start, term));
                return;
            }
        }
    }

    private void MatchLatin(ReadOnlySpan<char> text, int at, List<(int Start, string Term)> matches)
    {
        if (at + _shortestLatin > text.Length || !char.IsAscii(text[at + 1])
            || !_latinByPrefix.TryGetValue(PrefixKey(text[at], text[at + 1]), out var terms))
        {
            return;
        }

        var rest = text[at..];
        foreach (var term in terms)
        {
            if (rest.StartsWith(term, StringComparison.OrdinalIgnoreCase) && (rest.Length == term.Length || !char.IsAsciiLetter(rest[term.Length])))
            {
                matches.Add((at, term));
                return;
            }
        }
    }

    /// <summary>Orders matches by start (anchors may find a later-starting term first) and drops overlapped ones.</summary>
    private static void Tidy(List<(int Start, string Term)> matches, int first)
    {
        matches.Sort(first, matches.Count - first, ByStartThenLongest.Instance);
        var write = first;
        var end = -1;
        for (var read = first; read < matches.Count; read++)
        {
            var match = matches[read];
            if (match.Start < end)
            {
                continue;
            }

            matches[write++] = match;
            end = match.Start + match.Term.Length;
        }

        matches.RemoveRange(write, matches.Count - write);
    }

    private static int PrefixKey(char first, char second) => (char.ToLowerInvariant(first) << 8) | char.ToLowerInvariant(second);

    /// <summary>The offset of the term's least common character (the last of the least common): a rare kanji, a small or voiced kana, a katakana, a frequent kanji, a hiragana, a very frequent kanji, a kana most words contain.</summary>
    private static int AnchorOffset(string term)
    {
        var best = 0;
        var bestRank = int.MaxValue;
        for (var i = 0; i < term.Length; i++)
        {
            var rank = Rank(term[i]);
            if (rank <= bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }

        return best;
    }

    private static int Rank(char c) =>
        JapaneseScript.IsKanji(c) ? (VeryCommonKanji.Contains(c) ? 5 : CommonKanji.Contains(c) ? 3 : 0)
        : "ャュョッァィゥェォぜぞぢづぱぴぷぺぽガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ".Contains(c) ? 1
        : CommonKana.Contains(c) ? 6
        : JapaneseScript.IsKatakana(c) ? 2
        : JapaneseScript.IsHiragana(c) ? 4
        : 7;

    private sealed class ByStartThenLongest : IComparer<(int Start, string Term)>
    {
        public static readonly ByStartThenLongest Instance = new();

        public int Compare((int Start, string Term) x, (int Start, string Term) y)
        {
            var byStart = x.Start.CompareTo(y.Start);
            return byStart != 0 ? byStart : y.Term.Length.CompareTo(x.Term.Length);
        }
    }
}
