namespace Mamori.Detection.Recognizers;

/// <summary>在留カード番号: two capital letters, eight digits, two capital letters (AB12345678CD). A distinctive shape.</summary>
public sealed class ResidenceCardRecognizer : IRecognizer
{
    private const double Plain = 0.6;
    private const double ContextBoost = 0.35;

    /// <inheritdoc />
    public string Name => "residence_card";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.ResidenceCard];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount != 8 || run.GroupCount != 1 || run.Start < 2 || run.End + 2 > text.Length
                || !char.IsAsciiLetterUpper(text[run.Start - 1]) || !char.IsAsciiLetterUpper(text[run.Start - 2])
                || !char.IsAsciiLetterUpper(text[run.End]) || !char.IsAsciiLetterUpper(text[run.End + 1])
                || (run.Start > 2 && char.IsAsciiLetterOrDigit(text[run.Start - 3]))
                || (run.End + 2 < text.Length && char.IsAsciiLetterOrDigit(text[run.End + 2])))
            {
                continue;
            }

            var start = run.Start - 2;
            var context = input.HasContext(Detection.EntityTypes.ResidenceCard, start, 12);
            findings.Add(new Finding(Detection.EntityTypes.ResidenceCard, PiiCategory.IdentificationCode, start, 12,
                Scores.With(Plain, context, ContextBoost)) { Recognizer = Name });
        }
    }
}
