using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>What a recognizer looks at: the folded text, the table field it came from (if any), and context words.</summary>
public readonly struct RecognitionInput
{
    private readonly ContextCatalog _context;
    private readonly DigitRun[] _digitRuns;
    private readonly int _digitRunCount;

    internal RecognitionInput(string text, string? fieldName, ContextCatalog context, DigitRun[] digitRuns, int digitRunCount)
    {
        Text = text;
        FieldName = fieldName;
        _context = context;
        _digitRuns = digitRuns;
        _digitRunCount = digitRunCount;
    }

    /// <summary>Creates an input for one recognizer outside a detector (tests, custom pipelines); finds the digit runs itself.</summary>
    internal static RecognitionInput Create(string text, string? fieldName, ContextCatalog context)
    {
        var runs = new List<DigitRun>();
        foreach (var run in DigitRun.Find(text))
        {
            runs.Add(run);
        }

        return new RecognitionInput(text, fieldName, context, [.. runs], runs.Count);
    }

    /// <summary>Every digit run in <see cref="Text"/>, in order, found once and shared by the numeric recognizers.</summary>
    public ReadOnlySpan<DigitRun> DigitRuns => _digitRuns.AsSpan(0, _digitRunCount);

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
