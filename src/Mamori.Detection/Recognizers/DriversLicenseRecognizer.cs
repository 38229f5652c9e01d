using Mamori.Detection.Validation;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// 運転免許証番号: 12 digits (issuing commission, year, serial, check, reissue count). The check digit
/// is unofficial, so it only raises confidence; a licence context word is required.
/// </summary>
public sealed class DriversLicenseRecognizer : IRecognizer
{
    private const double WithContext = 0.75;
    private const double CheckBonus = 0.15;

    /// <inheritdoc />
    public string Name => "drivers_license";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.DriversLicense];

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

            var distance = input.ContextDistance(Detection.EntityTypes.DriversLicense, run.Start, run.Length);
            if (distance == int.MaxValue)
            {
                continue;
            }

            var value = run.CopyDigits(text, digits);
            if (Checksums.IsValidMyNumber(value) && input.ContextDistance(Detection.EntityTypes.MyNumber, run.Start, run.Length) <= distance)
            {
                continue; // 個人番号 named closer to it: the My Number recognizer reports it
            }

            var commission = ((value[0] - '0') * 10) + (value[1] - '0');
            if (commission < 10)
            {
                continue;
            }

            var score = WithContext + (Checksums.PassesDriversLicenseCheck(value) ? CheckBonus : 0);
            findings.Add(new Finding(Detection.EntityTypes.DriversLicense, PiiCategory.IdentificationCode, run.Start, run.Length, score) { Recognizer = Name });
        }
    }
}
