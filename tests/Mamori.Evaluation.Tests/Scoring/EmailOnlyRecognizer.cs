using System.Text.RegularExpressions;
using Mamori.Detection;
using Mamori.Detection.Recognizers;

namespace Mamori.Evaluation.Tests.Scoring;

/// <summary>A tiny test-only recognizer (e-mail addresses by one regex) to drive the evaluator before the real recognizers exist.</summary>
internal sealed partial class EmailOnlyRecognizer : IRecognizer
{
    public string Name => "test_email";

    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.EmailAddress];

    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        foreach (Match match in Email().Matches(input.Text))
        {
            findings.Add(new Finding(Detection.EntityTypes.EmailAddress, PiiCategory.Personal, match.Index, match.Length, 0.9) { Recognizer = Name });
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex Email();
}
