using System.Text.RegularExpressions;
using Mamori.Detection;
using Mamori.Detection.Recognizers;

namespace Mamori.Scanning.Tests.Support;

/// <summary>
/// A tiny regex recognizer for tests, so scanning tests never depend on which built-in recognizers exist.
/// </summary>
internal sealed class TestRecognizer(string type, PiiCategory category, string pattern, double confidence = 0.9) : IRecognizer
{
    private readonly Regex _regex = new(pattern, RegexOptions.CultureInvariant);

    public static TestRecognizer Email { get; } = new(Detection.EntityTypes.EmailAddress, PiiCategory.Personal, @"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+");

    public static TestRecognizer Mobile { get; } = new(Detection.EntityTypes.PhoneNumber, PiiCategory.Personal, @"(?<![0-9])0[789]0-[0-9]{4}-[0-9]{4}(?![0-9])");

    /// <summary>A stand-in for the name recognizer: the few test surnames followed by a given name.</summary>
    public static TestRecognizer Name { get; } = new(Detection.EntityTypes.PersonName, PiiCategory.Personal, "(山田|佐藤|鈴木|田中)(太郎|花子|一郎|次郎)");

    /// <summary>A stand-in for the My Number recognizer (12 digits in 4-4-4 groups).</summary>
    public static TestRecognizer MyNumber { get; } = new(Detection.EntityTypes.MyNumber, PiiCategory.IdentificationCode, @"(?<![0-9])[0-9]{4} [0-9]{4} [0-9]{4}(?![0-9])");

    string IRecognizer.Name => "test_" + type.ToLowerInvariant();

    public IReadOnlyCollection<string> EntityTypes { get; } = [type];

    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        foreach (Match match in _regex.Matches(input.Text))
        {
            findings.Add(new Finding(type, category, match.Index, match.Length, confidence));
        }
    }
}
