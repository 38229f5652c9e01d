using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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
    // Per-thread scratch space (digit runs, candidate lists, table cells), so a call allocates little.
    [ThreadStatic]
    private static Scratch? s_scratch;

    private const int MaxRememberedHeaders = 4096;

    private readonly IRecognizer[] _recognizers;
    private readonly ConcurrentDictionary<string, IRecognizer[]> _readersByHeader = new(StringComparer.Ordinal);
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
    /// <remarks>
    /// Free text (<paramref name="fieldName"/> null) holding a delimited table (a header line such as
    /// <c>会員番号,氏名,生年月日</c> and lines with as many fields) is read twice: whole, and cell by cell with each
    /// column's header as the field name, so that <c>1988/4/14</c> under 生年月日 is a date of birth. Where both
    /// readings find the same type on overlapping text, the cell's reading wins. Only the recognizers whose reading the
    /// header can change (<see cref="IRecognizer.ReadsField"/>) read a column again.
    /// </remarks>
    public void Detect(string text, string? fieldName, List<Finding> results)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(results);
        if (text.Length == 0)
        {
            return;
        }

        var normalized = JapaneseTextNormalizer.Normalize(text);
        var folded = normalized.Text;
        var scratch = s_scratch ??= new Scratch();
        var candidates = scratch.Candidates;
        candidates.Clear();
        Recognize(_recognizers, folded, fieldName, scratch, candidates);
        if (fieldName is null && EmbeddedTables.MayHold(folded))
        {
            AddTableCells(folded, scratch, candidates);
        }

        AddDenyListMatches(folded, candidates);

        var kept = scratch.Kept;
        kept.Clear();
        var filterTypes = Options.Entities is not null || Options.ExcludeEntities.Count > 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Confidence >= Options.MinConfidence
                && (!filterTypes || Options.Reports(candidate.Type))
                && (_allow.Count == 0 || !_allow.Contains(folded.Substring(candidate.Start, candidate.Length))))
            {
                kept.Add(candidate);
            }
        }

        var start = results.Count;
        OverlapResolver.Resolve(kept, scratch.Layout, results);
        if (!normalized.IsIdentity)
        {
            for (var i = start; i < results.Count; i++)
            {
                var finding = results[i];
                var (originalStart, originalLength) = normalized.ToOriginal(finding.Start, finding.Length);
                results[i] = finding with { Start = originalStart, Length = originalLength, StatementEnd = OriginalEnd(normalized, finding.Start, finding.StatementEnd) };
            }
        }

        if (results.Count - start > 1)
        {
            CollectionsMarshal.AsSpan(results)[start..].Sort(default(FindingOrder));
        }

        scratch.Trim();
    }

    /// <summary>Disposes recognizers that hold native resources (MeCab).</summary>
    public void Dispose()
    {
        foreach (var recognizer in _recognizers)
        {
            (recognizer as IDisposable)?.Dispose();
        }
    }

    /// <summary>Runs the recognizers over <paramref name="text"/> (folded), sharing one scan for digit runs.</summary>
    private void Recognize(IRecognizer[] recognizers, string text, string? fieldName, Scratch scratch, List<Finding> findings)
    {
        var runs = scratch.DigitRuns;
        var longRuns = scratch.LongDigitRuns;
        var runCount = 0;
        var longRunCount = 0;
        foreach (var run in DigitRun.Find(text))
        {
            if (runCount == runs.Length)
            {
                Array.Resize(ref runs, runs.Length * 2);
                scratch.DigitRuns = runs;
            }

            runs[runCount++] = run;
            if (run.DigitCount >= RecognitionInput.LongRunDigits)
            {
                if (longRunCount == longRuns.Length)
                {
                    Array.Resize(ref longRuns, longRuns.Length * 2);
                    scratch.LongDigitRuns = longRuns;
                }

                longRuns[longRunCount++] = run;
            }
        }

        var input = new RecognitionInput(text, fieldName, _context, runs, runCount, longRuns, longRunCount);
        foreach (var recognizer in recognizers)
        {
            recognizer.Recognize(input, findings);
        }
    }

    /// <summary>
    /// Reads every data cell of the tables embedded in <paramref name="text"/> with its column's header as the field
    /// name, and merges the findings (offsets moved to the whole text) into <paramref name="candidates"/>: a whole-text
    /// candidate of the same type overlapping a cell finding gives way to it, and one inside a header line is dropped.
    /// </summary>
    private void AddTableCells(string text, Scratch scratch, List<Finding> candidates)
    {
        var headers = scratch.Headers;
        var cells = scratch.Cells;
        var headerLines = scratch.HeaderLines;
        headers.Clear();
        cells.Clear();
        headerLines.Clear();
        EmbeddedTables.Find(text, headers, cells, headerLines);
        if (cells.Count == 0)
        {
            return;
        }

        // A header line names fields (お名前,フリガナ,…): nothing in it is personal data.
        candidates.RemoveAll(c => headerLines.Exists(h => c.Start < h.End.Value && h.Start.Value < c.End));

        var cellFindings = scratch.CellFindings;
        cellFindings.Clear();
        foreach (var cell in cells)
        {
            var cellReaders = ReadersOf(headers[cell.Header]);
            if (cellReaders.Length == 0)
            {
                continue;
            }

            var first = cellFindings.Count;
            Recognize(cellReaders, text.Substring(cell.Start, cell.Length), headers[cell.Header], scratch, cellFindings);
            for (var i = first; i < cellFindings.Count; i++)
            {
                cellFindings[i] = cellFindings[i] with { Start = cellFindings[i].Start + cell.Start };
            }
        }

        candidates.RemoveAll(c => cellFindings.Exists(f => f.Type == c.Type && f.Overlaps(c)) || IsOtherColumnsBirthDate(text, c, cells));
        candidates.AddRange(cellFindings);
    }

    /// <summary>
    /// A date the whole-text reading took for a date of birth, lying in a data cell that holds no birth word itself: in a
    /// table the column's header is the date's label, and a 生年月日 header or cell elsewhere on the line is about another
    /// column (a registration date left next to an emptied birth-date column is not a birth date).
    /// </summary>
    private static bool IsOtherColumnsBirthDate(string text, Finding candidate, List<TableCell> cells)
    {
        if (candidate.Type != EntityTypes.DateOfBirth)
        {
            return false;
        }

        foreach (var cell in cells)
        {
            if (cell.Start <= candidate.Start && candidate.End <= cell.Start + cell.Length)
            {
                return !DateOfBirthRecognizer.HasTrigger(text.AsSpan(cell.Start, cell.Length));
            }
        }

        return false;
    }

    private static int? OriginalEnd(NormalizedText normalized, int start, int? end)
    {
        if (end is not { } value)
        {
            return null;
        }

        var (originalStart, originalLength) = normalized.ToOriginal(start, value - start);
        return originalStart + originalLength;
    }

    /// <summary>
    /// The recognizers whose reading a header can change (生年月日 for dates of birth, 氏名 for names, 既往歴 for special
    /// care…), remembered per header since tables of one export repeat them; none for a header that means nothing.
    /// </summary>
    private IRecognizer[] ReadersOf(string header)
    {
        if (_readersByHeader.TryGetValue(header, out var readers))
        {
            return readers;
        }

        readers = [.. _recognizers.Where(r => r.ReadsField(header, _context))];
        if (_readersByHeader.Count >= MaxRememberedHeaders)
        {
            _readersByHeader.Clear();
        }

        _readersByHeader[header] = readers;
        return readers;
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

    /// <summary>By position, then type (a struct comparer: compared inline).</summary>
    private readonly struct FindingOrder : IComparer<Finding>
    {
        public int Compare(Finding x, Finding y)
        {
            var byStart = x.Start.CompareTo(y.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(x.Type, y.Type);
        }
    }

    /// <summary>Buffers reused by every call on one thread.</summary>
    private sealed class Scratch
    {
        // Past this many entries a buffer grown by one large text is let go, so a thread does not keep it.
        private const int MaxKept = 1 << 14;

        public DigitRun[] DigitRuns { get; set; } = new DigitRun[64];

        public DigitRun[] LongDigitRuns { get; set; } = new DigitRun[16];

        public List<Finding> Candidates { get; } = [];

        public List<Finding> Kept { get; } = [];

        public List<Finding> Layout { get; } = [];

        public List<Finding> CellFindings { get; } = [];

        public List<string> Headers { get; } = [];

        public List<TableCell> Cells { get; } = [];

        public List<Range> HeaderLines { get; } = [];

        public void Trim()
        {
            if (DigitRuns.Length > MaxKept)
            {
                DigitRuns = new DigitRun[64];
            }

            if (LongDigitRuns.Length > MaxKept)
            {
                LongDigitRuns = new DigitRun[16];
            }

            foreach (var list in (ReadOnlySpan<List<Finding>>)[Candidates, Kept, Layout, CellFindings])
            {
                if (list.Capacity > MaxKept)
                {
                    list.Clear();
                    list.Capacity = 64;
                }
            }

            if (Cells.Capacity > MaxKept)
            {
                Cells.Clear();
                Cells.Capacity = 64;
            }
        }

    }
}
