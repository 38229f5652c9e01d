using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>What a recognizer looks at: the folded text, the table field it came from (if any), and context words.</summary>
public readonly struct RecognitionInput
{
    /// <summary>The fewest digits of a run in <see cref="LongDigitRuns"/>.</summary>
    public const int LongRunDigits = 6;

    private readonly ContextCatalog _context;
    private readonly DigitRun[] _digitRuns;
    private readonly int _digitRunCount;
    private readonly DigitRun[] _longRuns;
    private readonly int _longRunCount;

    internal RecognitionInput(string text, string? fieldName, ContextCatalog context, DigitRun[] digitRuns, int digitRunCount, DigitRun[] longRuns, int longRunCount)
    {
        Text = text;
        FieldName = fieldName;
        _context = context;
        _digitRuns = digitRuns;
        _digitRunCount = digitRunCount;
        _longRuns = longRuns;
        _longRunCount = longRunCount;
    }

    /// <summary>Creates an input for one recognizer outside a detector (tests, custom pipelines); finds the digit runs itself.</summary>
    internal static RecognitionInput Create(string text, string? fieldName, ContextCatalog context)
    {
        var runs = new List<DigitRun>();
        foreach (var run in DigitRun.Find(text))
        {
            runs.Add(run);
        }

        DigitRun[] longRuns = [.. runs.Where(r => r.DigitCount >= LongRunDigits)];
        return new RecognitionInput(text, fieldName, context, [.. runs], runs.Count, longRuns, longRuns.Length);
    }

    /// <summary>Every digit run in <see cref="Text"/>, in order, found once and shared by the numeric recognizers.</summary>
    public ReadOnlySpan<DigitRun> DigitRuns => _digitRuns.AsSpan(0, _digitRunCount);

    /// <summary>
    /// The digit runs of at least <see cref="LongRunDigits"/> digits, in order: every identification number, account,
    /// phone and postal code is one, and most runs in text (dates, times, prices) are shorter.
    /// </summary>
    public ReadOnlySpan<DigitRun> LongDigitRuns => _longRuns.AsSpan(0, _longRunCount);

    /// <summary>The folded text (see <see cref="Text.JapaneseTextNormalizer"/>).</summary>
    public string Text { get; }

    /// <summary>The column header or JSON key the text is the value of, or null for free text.</summary>
    public string? FieldName { get; }

    /// <summary>
    /// True when a context word for <paramref name="type"/> appears in the window around the span,
    /// or in the field name.
    /// </summary>
    /// <param name="type">The entity id whose context words are searched.</param>
    /// <param name="start">Start of the candidate in <see cref="Text"/>.</param>
    /// <param name="length">Length of the candidate.</param>
    public bool HasContext(string type, int start, int length) => _context.HasContext(type, Text, FieldName, start, length);

    /// <summary>Characters to the nearest context word for <paramref name="type"/>, or <see cref="int.MaxValue"/> when none is near.</summary>
    /// <param name="type">The entity id whose context words are searched.</param>
    /// <param name="start">Start of the candidate in <see cref="Text"/>.</param>
    /// <param name="length">Length of the candidate.</param>
    public int ContextDistance(string type, int start, int length) => _context.Distance(type, Text, FieldName, start, length);

    /// <summary>True when a word naming a non-personal number (order, slip, tracking, product…) is near the span or in the field name.</summary>
    /// <param name="start">Start of the candidate in <see cref="Text"/>.</param>
    /// <param name="length">Length of the candidate.</param>
    public bool HasDistractorContext(int start, int length) => _context.HasContext(ContextCatalog.DistractorKey, Text, FieldName, start, length);

    /// <summary>True when the field name (column header, JSON key) holds a context word for <paramref name="type"/>.</summary>
    /// <param name="type">The entity id whose context words are searched.</param>
    public bool FieldSuggests(string type) => _context.FieldMatches(type, FieldName);
}
