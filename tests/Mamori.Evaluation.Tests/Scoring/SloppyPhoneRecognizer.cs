using System.Text.RegularExpressions;
using Mamori.Detection;
using Mamori.Detection.Recognizers;

namespace Mamori.Evaluation.Tests.Scoring;

/// <summary>
/// A deliberately poor test-only recognizer: calls every run of 10 to 13 digits a phone number. It
/// finds some phones, misses hyphenated ones, and fires on order numbers, JAN codes and national numbers.
/// </summary>
internal sealed partial class SloppyPhoneRecognizer : IRecognizer
{
    public string Name => "test_sloppy_phone";

    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.PhoneNumber];

    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        foreach (Match match in Digits().Matches(input.Text))
        {
            findings.Add(new Finding(Detection.EntityTypes.PhoneNumber, PiiCategory.Personal, match.Index, match.Length, 0.9) { Recognizer = Name });
        }
    }

    [GeneratedRegex("(?<![0-9])[0-9]{10,13}(?![0-9])")]
    private static partial Regex Digits();
}
