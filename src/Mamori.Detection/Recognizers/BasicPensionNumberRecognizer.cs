namespace Mamori.Detection.Recognizers;

/// <summary>
/// 基礎年金番号: 10 digits written 4-6 (1234-567890). No public check digit: the 4-6 grouping plus a
/// context word is needed. The 12-digit ねんきん定期便 照会番号 is a different number and is not matched.
/// </summary>
public sealed class BasicPensionNumberRecognizer : IRecognizer
{
    private const double Grouped = 0.35;
    private const double Plain = 0.2;
    private const double ContextBoost = 0.55;

    /// <inheritdoc />
    public string Name => "basic_pension_number";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.BasicPensionNumber];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount != 10 || run.IsEmbedded(text))
            {
                continue;
            }

            var grouped = run.HasGroups(text, 4, 6);
            if (!grouped && run.GroupCount != 1)
            {
                continue;
            }

            var context = input.HasContext(Detection.EntityTypes.BasicPensionNumber, run.Start, run.Length);
            findings.Add(new Finding(Detection.EntityTypes.BasicPensionNumber, PiiCategory.IdentificationCode, run.Start, run.Length,
                Scores.With(grouped ? Grouped : Plain, context, ContextBoost)) { Recognizer = Name });
        }
    }
}
