using System.Text.RegularExpressions;
using Mamori.Detection.Validation;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Health insurance numbers: the 8-digit 保険者番号 of employees' insurance (last digit a Luhn check),
/// the 6-digit number of national health insurance, and the insured person's 記号・番号 pair. All
/// need an insurance context word: the digits alone are too common.
/// </summary>
public sealed partial class HealthInsuranceRecognizer : IRecognizer
{
    private const double EightDigitsValid = 0.85;
    private const double SixDigits = 0.7;
    private const double SymbolAndNumber = 0.85;

    /// <inheritdoc />
    public string Name => "health_insurance";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.HealthInsurance];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<char> digits = stackalloc char[8];
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount is not (8 or 6) || run.GroupCount != 1 || run.IsEmbedded(text)
                || !input.HasContext(Detection.EntityTypes.HealthInsurance, run.Start, run.Length))
            {
                continue;
            }

            double score = run.DigitCount == 6 ? SixDigits
                : Checksums.IsValidLuhn(run.CopyDigits(text, digits)) ? EightDigitsValid
                : 0;
            if (score > 0)
            {
                findings.Add(new Finding(Detection.EntityTypes.HealthInsurance, PiiCategory.IdentificationCode, run.Start, run.Length, score) { Recognizer = Name });
            }
        }

        if (!input.Text.Contains("記号", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var match in SymbolNumber().EnumerateMatches(text))
        {
            // 記号・番号 also names Japan Post Bank accounts: only an insurance context makes it insurance.
            if (input.HasContext(Detection.EntityTypes.HealthInsurance, match.Index, match.Length)
                && !text.Slice(Math.Max(0, match.Index - 20), Math.Min(20, match.Index)).Contains("ゆうちょ", StringComparison.Ordinal))
            {
                var start = match.Index + "記号".Length;
                while (start < match.Index + match.Length && !char.IsAsciiLetterOrDigit(text[start]))
                {
                    start++;
                }

                findings.Add(new Finding(Detection.EntityTypes.HealthInsurance, PiiCategory.IdentificationCode, start, match.Index + match.Length - start, SymbolAndNumber) { Recognizer = Name });
            }
        }
    }

    [GeneratedRegex(@"記号[ :：]*[0-9A-Za-z\-]{1,10}[ ・,、/]*番号[ :：]*[0-9]{1,10}(?![0-9])")]
    private static partial Regex SymbolNumber();
}
