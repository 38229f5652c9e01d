namespace Mamori.Detection.Recognizers;

/// <summary>
/// 旅券番号: two capital letters and seven digits (TK1234567). The format is common among product codes,
/// so a passport context word is needed to report it.
/// </summary>
public sealed class PassportRecognizer : IRecognizer
{
    private const double Plain = 0.4;
    private const double ContextBoost = 0.5;

    /// <inheritdoc />
    public string Name => "passport";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.Passport];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount != 7 || run.GroupCount != 1 || run.Start < 2
                || !char.IsAsciiLetterUpper(text[run.Start - 1]) || !char.IsAsciiLetterUpper(text[run.Start - 2])
                || (run.Start > 2 && char.IsAsciiLetterOrDigit(text[run.Start - 3]))
                || char.IsAsciiLetterOrDigit(run.After(text)))
            {
                continue;
            }

            var start = run.Start - 2;
            var context = input.HasContext(Detection.EntityTypes.Passport, start, 9);
            findings.Add(new Finding(Detection.EntityTypes.Passport, PiiCategory.IdentificationCode, start, 9,
                Scores.With(Plain, context, ContextBoost)) { Recognizer = Name });
        }
    }
}
