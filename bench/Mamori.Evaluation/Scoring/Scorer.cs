using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Scoring;

/// <summary>
/// Scores findings against gold labels, document by document.
/// <para>
/// Matching is per document and per entity id; a finding of one type never matches gold of another
/// (a postal code reported as a phone number is one false positive for PHONE_NUMBER and one false
/// negative for JP_POSTAL_CODE).
/// </para>
/// <list type="bullet">
/// <item><b>Exact</b>: a finding matches a gold entity when start and length are equal. Each gold
/// entity and each finding is matched at most once, so a duplicate finding is a false positive.</item>
/// <item><b>Overlap</b>: a finding and a gold entity are a candidate pair when they share at least one
/// code unit (<c>f.Start &lt; g.End &amp;&amp; g.Start &lt; f.End</c>). Pairs are matched one-to-one,
/// greedily: by shared length (largest first), then gold start, then finding start. An address found
/// as two pieces is therefore one true positive and one false positive; a finding spanning two names
/// matches one of them and the other is a false negative.</item>
/// </list>
/// TP = matched pairs; FP = findings − TP; FN = gold − TP. Groups (<c>structured</c>: every type
/// but PERSON_NAME and JP_ADDRESS; <c>overall</c>: every scored type) are micro-averaged: their
/// TP, FP and FN are the sums over their types.
/// </summary>
public sealed class Scorer
{
    /// <summary>Name of the group of every type except person names and addresses.</summary>
    public const string StructuredGroup = "structured";

    /// <summary>Name of the group of every scored type.</summary>
    public const string OverallGroup = "overall";

    private readonly IReadOnlySet<string>? _types;
    private readonly Dictionary<string, int[]> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _overlap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _noPiiByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _falsePositivesByDistractor = new(StringComparer.Ordinal);
    private readonly List<ErrorSample> _errors = [];
    private readonly int _maxErrors;

    /// <summary>Creates a scorer.</summary>
    /// <param name="types">Only these entity ids are scored (gold and findings of other types are ignored); null scores all.</param>
    /// <param name="maxErrors">How many error samples to keep (0 keeps none).</param>
    public Scorer(IReadOnlySet<string>? types = null, int maxErrors = 0)
    {
        _types = types;
        _maxErrors = maxErrors;
    }

    /// <summary>Documents added.</summary>
    public int Documents { get; private set; }

    /// <summary>No-PII documents added.</summary>
    public int NoPiiDocuments { get; private set; }

    /// <summary>UTF-8 bytes of the documents added.</summary>
    public long Bytes { get; private set; }

    /// <summary>Whether a type belongs to the <c>structured</c> group.</summary>
    /// <param name="type">An entity id.</param>
    public static bool IsStructured(string type) => type is not (EntityTypes.PersonName or EntityTypes.Address);

    /// <summary>Scores one document's findings.</summary>
    /// <param name="document">The labelled document.</param>
    /// <param name="findings">What the detector reported for its text.</param>
    public void Add(LabelledDocument document, IReadOnlyList<PredictedSpan> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        Documents++;
        Bytes += System.Text.Encoding.UTF8.GetByteCount(document.Text);
        var gold = document.Entities.Where(e => Scored(e.Type)).Select(e => new PredictedSpan(e.Start, e.Length, e.Type)).ToList();
        var found = findings.Where(f => Scored(f.Type)).ToList();

        if (document.IsNoPii)
        {
            NoPiiDocuments++;
            foreach (var finding in found)
            {
                _noPiiByType[finding.Type] = _noPiiByType.GetValueOrDefault(finding.Type) + 1;
            }
        }

        foreach (var type in gold.Select(g => g.Type).Concat(found.Select(f => f.Type)).Distinct(StringComparer.Ordinal))
        {
            var g = gold.Where(x => x.Type == type).ToList();
            var f = found.Where(x => x.Type == type).ToList();
            Accumulate(_exact, type, g.Count, f.Count, MatchExact(g, f).Count);

            var overlapMatches = MatchOverlap(g, f);
            Accumulate(_overlap, type, g.Count, f.Count, overlapMatches.Count);
            RecordErrors(document, g, f, overlapMatches);
        }
    }

    /// <summary>The scores so far.</summary>
    public EvaluationReport Report(string corpus, double seconds)
    {
        return new EvaluationReport(
            corpus,
            Documents,
            Bytes,
            seconds,
            Scores(_exact),
            Scores(_overlap),
            NoPiiDocuments,
            _noPiiByType.Values.Sum(),
            new SortedDictionary<string, int>(_noPiiByType, StringComparer.Ordinal),
            new SortedDictionary<string, int>(_falsePositivesByDistractor, StringComparer.Ordinal),
            [.. _errors]);
    }

    /// <summary>Exact matching: the (gold, finding) index pairs with identical spans, one-to-one.</summary>
    /// <param name="gold">Gold spans of one type in one document.</param>
    /// <param name="found">Findings of the same type in the same document.</param>
    public static List<(int Gold, int Found)> MatchExact(IReadOnlyList<PredictedSpan> gold, IReadOnlyList<PredictedSpan> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var matches = new List<(int, int)>();
        var used = new bool[found.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var f = 0; f < found.Count; f++)
            {
                if (!used[f] && found[f].Start == gold[g].Start && found[f].Length == gold[g].Length)
                {
                    used[f] = true;
                    matches.Add((g, f));
                    break;
                }
            }
        }

        return matches;
    }

    /// <summary>Overlap matching: greedy one-to-one by shared length, then gold start, then finding start.</summary>
    /// <param name="gold">Gold spans of one type in one document.</param>
    /// <param name="found">Findings of the same type in the same document.</param>
    public static List<(int Gold, int Found)> MatchOverlap(IReadOnlyList<PredictedSpan> gold, IReadOnlyList<PredictedSpan> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var pairs = new List<(int Shared, int Gold, int Found)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var f = 0; f < found.Count; f++)
            {
                var shared = Math.Min(gold[g].End, found[f].End) - Math.Max(gold[g].Start, found[f].Start);
                if (shared > 0)
                {
                    pairs.Add((shared, g, f));
                }
            }
        }

        pairs.Sort((x, y) =>
        {
            var c = y.Shared.CompareTo(x.Shared);
            if (c != 0)
            {
                return c;
            }

            c = gold[x.Gold].Start.CompareTo(gold[y.Gold].Start);
            return c != 0 ? c : found[x.Found].Start.CompareTo(found[y.Found].Start);
        });

        var goldUsed = new bool[gold.Count];
        var foundUsed = new bool[found.Count];
        var matches = new List<(int, int)>();
        foreach (var (_, g, f) in pairs)
        {
            if (!goldUsed[g] && !foundUsed[f])
            {
                goldUsed[g] = foundUsed[f] = true;
                matches.Add((g, f));
            }
        }

        return matches;
    }

    private bool Scored(string type) => _types is null || _types.Contains(type);

    private static void Accumulate(Dictionary<string, int[]> table, string type, int gold, int found, int matched)
    {
        if (!table.TryGetValue(type, out var counts))
        {
            counts = new int[3];
            table[type] = counts;
        }

        counts[0] += matched;
        counts[1] += found - matched;
        counts[2] += gold - matched;
    }

    private static List<TypeScore> Scores(Dictionary<string, int[]> table)
    {
        var perType = table
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new TypeScore(p.Key, p.Value[0] + p.Value[2], p.Value[0] + p.Value[1], p.Value[0], p.Value[1], p.Value[2]))
            .ToList();
        return
        [
            .. perType,
            TypeScore.Sum(StructuredGroup, perType.Where(s => IsStructured(s.Type))),
            TypeScore.Sum(OverallGroup, perType),
        ];
    }

    private void RecordErrors(LabelledDocument document, List<PredictedSpan> gold, List<PredictedSpan> found, List<(int Gold, int Found)> matches)
    {
        var matchedGold = matches.Select(m => m.Gold).ToHashSet();
        var matchedFound = matches.Select(m => m.Found).ToHashSet();
        for (var f = 0; f < found.Count; f++)
        {
            if (matchedFound.Contains(f))
            {
                continue;
            }

            var finding = found[f];
            var distractor = document.Distractors.FirstOrDefault(d => d.Start < finding.End && finding.Start < d.End);
            var key = distractor?.Kind ?? "(other text)";
            _falsePositivesByDistractor[key] = _falsePositivesByDistractor.GetValueOrDefault(key) + 1;
            Sample(document, "FP", finding);
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
            {
                Sample(document, "FN", gold[g]);
            }
        }
    }

    private void Sample(LabelledDocument document, string error, PredictedSpan span)
    {
        if (_errors.Count >= _maxErrors)
        {
            return;
        }

        var text = document.Text;
        var from = Math.Max(0, span.Start - 12);
        var to = Math.Min(text.Length, span.End + 12);
        var context = (text[from..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..to]).Replace('\n', '⏎');
        _errors.Add(new ErrorSample(document.Doc, error, span.Type, span.Start, span.Length, context));
    }
}
