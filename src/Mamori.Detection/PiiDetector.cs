using Mamori.Detection.Recognizers;
using Mamori.Detection.Text;

namespace Mamori.Detection;

/// <summary>
/// Finds personal information in text: folds it, runs the recognizers, applies allow- and
/// deny-lists, the confidence threshold and the entity filters, resolves overlaps and maps every
/// finding back to the original text. Thread-safe; create once and share.
/// </summary>
public sealed class PiiDetector : IDisposable
{
    // Per-thread scratch space for the digit runs of the text being analysed.
    [ThreadStatic]
    private static DigitRun[]? s_digitRuns;

    private readonly IRecognizer[] _recognizers;
    private readonly ContextCatalog _context;
    private readonly HashSet<string> _allow;
    private readonly (string Type, string Value)[] _deny;

    /// <summary>Creates a detector with the built-in recognizers.</summary>
    /// <param name="options">What to report; null for the defaults.</param>
    public PiiDetector(DetectorOptions? options = null)
        : this(options ?? new DetectorOptions(), BuiltInRecognizers.Create(options ?? new DetectorOptions()))
    {
    }

    /// <summary>Creates a detector with the given recognizers (built-in, custom, or both).</summary>
    /// <param name="options">What to report.</param>
    /// <param name="recognizers">The recognizers to run.</param>
    public PiiDetector(DetectorOptions options, IEnumerable<IRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(recognizers);
        Options = options;
        _recognizers = [.. recognizers.Where(r => r.EntityTypes.Any(options.Reports))];

        var words = BuiltInContextWords.Create();
        words[ContextCatalog.DistractorKey] = BuiltInContextWords.NumberDistractors;
        foreach (var (type, extra) in options.ContextWords)
        {
            words[type] = words.TryGetValue(type, out var builtIn) ? [.. builtIn, .. extra] : extra;
        }

        _context = new ContextCatalog(words, options.ContextWindowBefore, options.ContextWindowAfter);
        _allow = new HashSet<string>(options.AllowList.Select(v => JapaneseTextNormalizer.Normalize(v).Text), StringComparer.OrdinalIgnoreCase);
        _deny = [.. options.DenyList
            .Where(pair => options.Reports(pair.Key))
            .SelectMany(pair => pair.Value.Where(v => v.Length > 0).Select(v => (pair.Key, JapaneseTextNormalizer.Normalize(v).Text)))];
    }

    /// <summary>The options this detector applies.</summary>
    public DetectorOptions Options { get; }

    /// <summary>The recognizers that run (those reporting at least one enabled entity id).</summary>
    public IReadOnlyList<IRecognizer> Recognizers => _recognizers;

    /// <summary>The context words in use.</summary>
    public ContextCatalog Context => _context;

    /// <summary>Finds personal information in <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="fieldName">The column header or JSON key the text is the value of; it counts as context.</param>
    /// <returns>Findings ordered by position, offsets in <paramref name="text"/>.</returns>
    public List<Finding> Detect(string text, string? fieldName = null)
    {
        var results = new List<Finding>();
        Detect(text, fieldName, results);
        return results;
    }

    /// <summary>Finds personal information in <paramref name="text"/>, appending to <paramref name="results"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="fieldName">The column header or JSON key the text is the value of; it counts as context.</param>
    /// <param name="results">Receives findings ordered by position.</param>
    public void Detect(string text, string? fieldName, List<Finding> results)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(results);
        if (text.Length == 0)
        {
            return;
        }

        var normalized = JapaneseTextNormalizer.Normalize(text);
        var runs = s_digitRuns ??= new DigitRun[64];
        var runCount = 0;
        foreach (var run in DigitRun.Find(normalized.Text))
        {
            if (runCount == runs.Length)
            {
                Array.Resize(ref runs, runs.Length * 2);
                s_digitRuns = runs;
            }

            runs[runCount++] = run;
        }

        var input = new RecognitionInput(normalized.Text, fieldName, _context, runs, runCount);
        var candidates = new List<Finding>();
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(input, candidates);
        }

        AddDenyListMatches(normalized.Text, candidates);

        var kept = new List<Finding>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Confidence >= Options.MinConfidence
                && Options.Reports(candidate.Type)
                && (_allow.Count == 0 || !_allow.Contains(normalized.Text.Substring(candidate.Start, candidate.Length))))
            {
                kept.Add(candidate);
            }
        }

        var start = results.Count;
        foreach (var finding in OverlapResolver.Resolve(kept))
        {
            var (originalStart, originalLength) = normalized.ToOriginal(finding.Start, finding.Length);
            results.Add(finding with { Start = originalStart, Length = originalLength });
        }

        results.Sort(start, results.Count - start, FindingOrder.Instance);
    }

    /// <summary>Disposes recognizers that hold native resources (MeCab).</summary>
    public void Dispose()
    {
        foreach (var recognizer in _recognizers)
        {
            (recognizer as IDisposable)?.Dispose();
        }
    }

    private void AddDenyListMatches(string text, List<Finding> candidates)
    {
        foreach (var (type, value) in _deny)
        {
            var category = EntityTypes.TryGetCategory(type, out var c) ? c : PiiCategory.Personal;
            for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(value, at + value.Length, StringComparison.OrdinalIgnoreCase))
            {
                candidates.Add(new Finding(type, category, at, value.Length, 1.0) { Recognizer = "deny_list" });
            }
        }
    }

    private sealed class FindingOrder : IComparer<Finding>
    {
        public static readonly FindingOrder Instance = new();

        public int Compare(Finding x, Finding y)
        {
            var byStart = x.Start.CompareTo(y.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(x.Type, y.Type);
        }
    }
}
