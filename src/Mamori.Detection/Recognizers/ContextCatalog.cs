using System.Collections.Frozen;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Context words per entity id (built-in Japanese and English plus configured ones), searched in a
/// window around a candidate rather than the whole text.
/// </summary>
public sealed class ContextCatalog
{
    /// <summary>The key under which <see cref="BuiltInContextWords.NumberDistractors"/> are held.</summary>
    public const string DistractorKey = "!NUMBER_DISTRACTOR";

    private const int AfterPenalty = 8;

    private readonly FrozenDictionary<string, string[]> _words;
    private readonly FrozenDictionary<string, WordSet> _sets;
    private readonly int _before;
    private readonly int _after;

    /// <summary>Creates a catalog.</summary>
    /// <param name="words">Context words per entity id.</param>
    /// <param name="windowBefore">Characters searched before a candidate.</param>
    /// <param name="windowAfter">Characters searched after a candidate.</param>
    public ContextCatalog(IReadOnlyDictionary<string, IReadOnlyCollection<string>> words, int windowBefore, int windowAfter)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(windowBefore);
        ArgumentOutOfRangeException.ThrowIfNegative(windowAfter);
        _words = words.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparer.Ordinal);
        _sets = _words.ToFrozenDictionary(pair => pair.Key, pair => new WordSet(pair.Value), StringComparer.Ordinal);
        _before = windowBefore;
        _after = windowAfter;
    }

    /// <summary>The words registered for <paramref name="type"/>.</summary>
    /// <param name="type">An entity id.</param>
    public IReadOnlyList<string> WordsFor(string type) => _words.TryGetValue(type, out var words) ? words : [];

    /// <summary>True when a word for <paramref name="type"/> appears near the span or in the field name.</summary>
    /// <param name="type">An entity id.</param>
    /// <param name="text">The folded text.</param>
    /// <param name="fieldName">The field the text belongs to, if any.</param>
    /// <param name="start">Start of the candidate.</param>
    /// <param name="length">Length of the candidate.</param>
    public bool HasContext(string type, string text, string? fieldName, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_sets.TryGetValue(type, out var words) || words.IsEmpty)
        {
            return false;
        }

        if (fieldName is not null && words.ContainedIn(fieldName))
        {
            return true;
        }

        var from = Math.Max(0, start - _before);
        var to = Math.Min(text.Length, start + length + _after);
        return words.ContainedIn(text.AsSpan(from, start - from))
            || words.ContainedIn(text.AsSpan(start + length, to - start - length));
    }

    /// <summary>
    /// Characters between the candidate and the nearest context word for <paramref name="type"/> in
    /// the window (0 when the field name holds one; words after the candidate count 8 further, since
    /// labels come before values), or <see cref="int.MaxValue"/> when there is none.
    /// </summary>
    /// <param name="type">An entity id.</param>
    /// <param name="text">The folded text.</param>
    /// <param name="fieldName">The field the text belongs to, if any.</param>
    /// <param name="start">Start of the candidate.</param>
    /// <param name="length">Length of the candidate.</param>
    public int Distance(string type, string text, string? fieldName, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_sets.TryGetValue(type, out var words) || words.IsEmpty)
        {
            return int.MaxValue;
        }

        if (fieldName is not null && words.ContainedIn(fieldName))
        {
            return 0;
        }

        var from = Math.Max(0, start - _before);
        var end = start + length;
        var to = Math.Min(text.Length, end + _after);
        var before = text.AsSpan(from, start - from);
        var after = text.AsSpan(end, to - end);
        var nearest = int.MaxValue;
        var latinBefore = HasLatin(before);
        var latinAfter = HasLatin(after);
        foreach (var (word, latin) in words.All)
        {
            var comparison = latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var at = latin && !latinBefore ? -1 : before.LastIndexOf(word, comparison);
            if (at >= 0)
            {
                nearest = Math.Min(nearest, before.Length - (at + word.Length));
            }

            at = latin && !latinAfter ? -1 : after.IndexOf(word, comparison);
            if (at >= 0)
            {
                // A label is read before its value: a word after the candidate counts as farther away.
                nearest = Math.Min(nearest, at + AfterPenalty);
            }
        }

        return nearest;
    }

    /// <summary>True when the field name holds a word for <paramref name="type"/>.</summary>
    /// <param name="type">An entity id.</param>
    /// <param name="fieldName">A column header or key; null gives false.</param>
    public bool FieldMatches(string type, string? fieldName) =>
        fieldName is not null && _sets.TryGetValue(type, out var words) && words.ContainedIn(fieldName);

    private static bool HasLatin(ReadOnlySpan<char> text) => text.ContainsAnyInRange('A', 'Z') || text.ContainsAnyInRange('a', 'z');

    /// <summary>
    /// One entity id's words, split by script: Japanese words are searched ordinally (vectorised), words with Latin
    /// letters case-insensitively and only in a window that holds a Latin letter at all.
    /// </summary>
    private sealed class WordSet
    {
        private readonly string[] _ordinal;
        private readonly string[] _latin;

        public WordSet(string[] words)
        {
            _ordinal = [.. words.Where(w => !HasLatin(w))];
            _latin = [.. words.Where(w => HasLatin(w))];
            All = [.. words.Select(w => (w, HasLatin(w)))];
        }

        public (string Word, bool Latin)[] All { get; }

        public bool IsEmpty => All.Length == 0;

        public bool ContainedIn(ReadOnlySpan<char> window)
        {
            if (window.IsEmpty)
            {
                return false;
            }

            foreach (var word in _ordinal)
            {
                if (window.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            if (_latin.Length == 0 || !HasLatin(window))
            {
                return false;
            }

            foreach (var word in _latin)
            {
                if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
