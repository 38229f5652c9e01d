using Mamori.Detection.Validation;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// 法人番号 (corporate number): 13 digits with a leading check digit. Not personal information: it is
/// reported (category not_personal) so the same digits are never taken for something personal.
/// Invoice registration numbers (T + 13 digits) are part of a code and are skipped.
/// </summary>
public sealed class CorporateNumberRecognizer : IRecognizer
{
    private const double Plain = 0.4;
    private const double ContextBoost = 0.55;

    /// <inheritdoc />
    public string Name => "corporate_number";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.CorporateNumber];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<char> digits = stackalloc char[13];
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount != 13 || run.IsEmbedded(text) || !(run.GroupCount == 1 || run.HasGroups(text, 1, 4, 4, 4)))
            {
                continue;
            }

            if (Checksums.IsValidCorporateNumber(run.CopyDigits(text, digits)))
            {
                var context = input.HasContext(Detection.EntityTypes.CorporateNumber, run.Start, run.Length);
                findings.Add(new Finding(Detection.EntityTypes.CorporateNumber, PiiCategory.NotPersonal, run.Start, run.Length,
                    Scores.With(Plain, context, ContextBoost)) { Recognizer = Name });
            }
        }
    }
}
