using System.Collections.Concurrent;
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

    private const int MaxCachedNumbers = 1 << 16;

    private static readonly PhoneNumberUtil s_util = PhoneNumberUtil.GetInstance();

    private static readonly ConcurrentDictionary<long, bool> s_validity = new();

    /// <inheritdoc />
    public string Name => "phone_number";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.PhoneNumber];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<char> digits = stackalloc char[16];
        foreach (var run in input.LongDigitRuns)
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
            bool? context = null; // looked up only for a candidate that is kept (most runs of ten or more digits are not phones)
            double baseScore;
            if (international)
            {
                if (value.Length is < 11 or > 12 || !IsValid(value, international: true))
                {
                    continue;
                }

                baseScore = Grouped;
            }
            else if (value[0] != '0' || value[1] == '0' || value.Length is < 10 or > 11)
            {
                continue;
            }
            else if (IsValid(value, international: false))
            {
                var national = value[1..];
                baseScore = grouped ? Grouped
                    : national.Length == 10 && national[0] is '7' or '8' or '9' && national[1] == '0' ? Mobile
                    : input.HasDistractorContext(start, length) ? Plain - 0.2
                    : Plain;
            }
            else if (grouped && (context = input.HasContext(Detection.EntityTypes.PhoneNumber, start, length)) == true)
            {
                // Written like a phone number and called one, but in a range the plan has not allocated
                // (or allocated after the metadata was made): still a phone number to its reader.
                baseScore = Unallocated;
            }
            else
            {
                continue;
            }

            context ??= input.HasContext(Detection.EntityTypes.PhoneNumber, start, length);
            findings.Add(new Finding(Detection.EntityTypes.PhoneNumber, PiiCategory.Personal, start, length,
                Scores.With(baseScore, context.Value, ContextBoost)) { Recognizer = Name });
        }

        if (MayHoldParenthesised(text))
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

                if (IsValid(digits[..count], international: false))
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

    /// <summary>03(1234)5678 or (03)1234-5678 can only be there when a '(' touches a 0 or follows a digit.</summary>
    private static bool MayHoldParenthesised(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('('); at >= 0;)
        {
            if ((at + 1 < text.Length && text[at + 1] == '0') || (at > 0 && char.IsAsciiDigit(text[at - 1])))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf('(');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Whether libphonenumber's metadata for Japan allocates the number. Parsing allocates and costs microseconds, and
    /// the same numbers recur in real data (a shop's number on every order), so answers are kept in a bounded cache.
    /// </summary>
    private static bool IsValid(ReadOnlySpan<char> digits, bool international)
    {
        var key = (long)digits.Length << 1 | (international ? 1L : 0L);
        foreach (var c in digits)
        {
            key = (key * 10) + (c - '0');
        }

        if (s_validity.TryGetValue(key, out var known))
        {
            return known;
        }

        var valid = IsValid(international ? "+" + digits.ToString() : digits.ToString());
        if (s_validity.Count >= MaxCachedNumbers)
        {
            s_validity.Clear();
        }

        s_validity[key] = valid;
        return valid;
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
