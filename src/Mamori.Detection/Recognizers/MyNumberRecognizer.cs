using Mamori.Detection.Validation;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// 個人番号 (My Number): 12 digits, plain or 4-4-4, with a valid check digit. A bare checksum is
/// weak evidence (one random number in ten passes), so an ungrouped number needs a context word;
/// a grouped one is reported on its own. Numbers named as something else (a licence, an order or slip
/// number) are not reported without a My Number context word.
/// </summary>
public sealed class MyNumberRecognizer : IRecognizer
{
    private const double Grouped = 0.55;
    private const double Plain = 0.45;
    private const double ContextBoost = 0.4;
    private const double ContextOnly = 0.3;

    /// <inheritdoc />
    public string Name => "my_number";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.MyNumber];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<char> digits = stackalloc char[12];
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount != 12 || run.IsEmbedded(text))
            {
                continue;
            }

            var grouped = run.HasGroups(text, 4, 4, 4);
            if (run.GroupCount != 1 && !grouped)
            {
                continue;
            }

            var distance = input.ContextDistance(Detection.EntityTypes.MyNumber, run.Start, run.Length);
            var context = distance != int.MaxValue;
            var licenceCloser = input.ContextDistance(Detection.EntityTypes.DriversLicense, run.Start, run.Length) < distance;
            var valid = Checksums.IsValidMyNumber(run.CopyDigits(text, digits));
            double score;
            if (!valid)
            {
                score = context ? ContextOnly : 0;
            }
            else if (licenceCloser || (!context && input.HasDistractorContext(run.Start, run.Length)))
            {
                score = ContextOnly - 0.1;
            }
            else
            {
                score = Scores.With(grouped ? Grouped : Plain, context, ContextBoost);
            }

            if (score > 0)
            {
                findings.Add(new Finding(Detection.EntityTypes.MyNumber, PiiCategory.IdentificationCode, run.Start, run.Length, score) { Recognizer = Name });
            }
        }
    }
}
