namespace Mamori.Detection.Recognizers;

/// <summary>
/// 郵便番号: NNN-NNNN (or seven digits after 〒). Never part of a longer number, so <c>090-1234</c>
/// inside a phone number is not a postal code. Reported on its own, apart from an address that
/// follows it. A bare NNN-NNNN needs 〒, a context word, or an address right after it.
/// </summary>
public sealed class PostalCodeRecognizer : IRecognizer
{
    private const double AfterMark = 0.95;
    private const double WithContext = 0.85;
    private const double BeforeAddress = 0.75;
    private const double Bare = 0.4;

    /// <inheritdoc />
    public string Name => "postal_code";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.PostalCode];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount != 7 || run.IsEmbedded(text))
            {
                continue;
            }

            var hyphenated = run.HasGroups(text, 3, 4) && run.Separator == '-';
            var mark = MarkBefore(text, run.Start);
            if (!hyphenated && !(mark && run.GroupCount == 1))
            {
                continue;
            }

            var score = mark ? AfterMark
                : input.HasContext(Detection.EntityTypes.PostalCode, run.Start, run.Length) ? WithContext
                : AddressFollows(text, run.End) ? BeforeAddress
                : Bare;
            findings.Add(new Finding(Detection.EntityTypes.PostalCode, PiiCategory.Personal, run.Start, run.Length, score) { Recognizer = Name });
        }
    }

    private static bool MarkBefore(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] is '〒' or '〶';
    }

    /// <summary>A CJK ideograph right after the code (after spaces, or a CSV comma and quote) is how an address starts.</summary>
    private static bool AddressFollows(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i < text.Length && i - end < 4 && text[i] is ' ' or ',' or '"' or '\'' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] is >= '\u4E00' and <= '\u9FFF';
    }
}
