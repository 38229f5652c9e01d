using System.Text.RegularExpressions;
using Mamori.Detection.Text;
using PhoneNumbers;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Telephone numbers under Japan's numbering plan, validated with libphonenumber's metadata:
/// fixed lines (area codes of 1-4 digits after the 0), mobile 070/080/090, IP phone 050,
/// 0120/0800 free dial and 0570 navi-dial, written with hyphens, spaces, parentheses
/// (<c>03(1234)5678</c>, <c>(03)1234-5678</c>) or none, and the international forms with +81.
/// </summary>
public sealed partial class PhoneNumberRecognizer : IRecognizer
{
    private const double Grouped = 0.75;
    private const double Mobile = 0.7;
    private const double Plain = 0.5;
    private const double Unallocated = 0.4;
    private const double ContextBoost = 0.2;

    private static readonly PhoneNumberUtil s_util = PhoneNumberUtil.GetInstance();

    /// <inheritdoc />
    public string Name => "phone_number";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.PhoneNumber];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<char> digits = stackalloc char[16];
        foreach (var run in input.DigitRuns)
        {
            if (run.DigitCount is < 10 or > 13 || IsPartOfCode(text, run))
            {
                continue;
            }

            var value = run.CopyDigits(text, digits);
            var international = run.Before(text) == '+' && value.StartsWith("81");
            var start = international ? run.Start - 1 : run.Start;
            var length = run.End - start;
            var grouped = run.GroupCount >= 2 && run.Separator != '?';
            var context = input.HasContext(Detection.EntityTypes.PhoneNumber, start, length);
            double baseScore;
            if (international)
            {
                if (value.Length is < 11 or > 12 || !IsValid("+" + value.ToString()))
                {
                    continue;
                }

                baseScore = Grouped;
            }
            else if (value[0] != '0' || value[1] == '0' || value.Length is < 10 or > 11)
            {
                continue;
            }
            else if (IsValid(value.ToString()))
            {
                var national = value[1..];
                baseScore = grouped ? Grouped
                    : national.Length == 10 && national[0] is '7' or '8' or '9' && national[1] == '0' ? Mobile
                    : input.HasDistractorContext(start, length) ? Plain - 0.2
                    : Plain;
            }
            else if (grouped && context)
            {
                // Written like a phone number and called one, but in a range the plan has not allocated
                // (or allocated after the metadata was made): still a phone number to its reader.
                baseScore = Unallocated;
            }
            else
            {
                continue;
            }

            findings.Add(new Finding(Detection.EntityTypes.PhoneNumber, PiiCategory.Personal, start, length,
                Scores.With(baseScore, context, ContextBoost)) { Recognizer = Name });
        }

        if (input.Text.Contains('('))
        {
            foreach (var match in Parenthesised().EnumerateMatches(text))
            {
                var count = 0;
                foreach (var c in text.Slice(match.Index, match.Length))
                {
                    if (char.IsAsciiDigit(c) && count < digits.Length)
                    {
                        digits[count++] = c;
                    }
                }

                if (IsValid(digits[..count].ToString()))
                {
                    var context = input.HasContext(Detection.EntityTypes.PhoneNumber, match.Index, match.Length);
                    findings.Add(new Finding(Detection.EntityTypes.PhoneNumber, PiiCategory.Personal, match.Index, match.Length,
                        Scores.With(Grouped, context, ContextBoost)) { Recognizer = Name });
                }
            }
        }
    }

    /// <summary>Digits glued to letters or other separators belong to a code (order or tracking number, version), except after TEL/FAX.</summary>
    private static bool IsPartOfCode(ReadOnlySpan<char> text, DigitRun run)
    {
        if (!run.IsEmbedded(text))
        {
            return false;
        }

        var before = text[..run.Start];
        return !(before.EndsWith("TEL", StringComparison.OrdinalIgnoreCase) || before.EndsWith("FAX", StringComparison.OrdinalIgnoreCase))
            || char.IsAsciiLetterOrDigit(run.After(text));
    }

    private static bool IsValid(string number)
    {
        try
        {
            var parsed = s_util.Parse(number, "JP");
            return parsed.CountryCode == 81 && s_util.IsValidNumber(parsed);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(?<![0-9])(?:\(0[0-9]{1,4}\)[ ]?[0-9]{1,4}-?[0-9]{4}|0[0-9]{1,4}\([0-9]{1,4}\)[0-9]{4})(?![0-9])")]
    private static partial Regex Parenthesised();
}
