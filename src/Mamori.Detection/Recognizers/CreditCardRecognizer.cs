using Mamori.Detection.Text;
using Mamori.Detection.Validation;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Payment card numbers: 13-19 digits, plain or in the groupings printed on cards (4-4-4-4,
/// 4-6-5, 4-6-4, 4-4-4-4-3), with a valid Luhn digit. A known issuer prefix (Visa, Mastercard,
/// American Express, JCB, Diners, Discover, UnionPay) is needed to report without context.
/// </summary>
public sealed class CreditCardRecognizer : IRecognizer
{
    private const double IssuerGrouped = 0.8;
    private const double IssuerPlain = 0.65;
    private const double UnknownIssuer = 0.3;
    private const double ContextBoost = 0.3;

    /// <inheritdoc />
    public string Name => "credit_card";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.CreditCard];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<char> digits = stackalloc char[19];
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount is < 13 or > 19 || run.IsEmbedded(text))
            {
                continue;
            }

            var grouped = run.GroupCount > 1;
            if (grouped && !HasCardGrouping(text, run))
            {
                continue;
            }

            var value = run.CopyDigits(text, digits);
            if (!Checksums.IsValidLuhn(value))
            {
                continue;
            }

            // 13-digit cards are no longer issued; 13 digits are mostly JAN/EAN product codes.
            var known = value.Length > 13 && HasKnownIssuer(value);
            var baseScore = !known ? UnknownIssuer : grouped ? IssuerGrouped : IssuerPlain;
            var context = input.HasContext(Detection.EntityTypes.CreditCard, run.Start, run.Length);
            if (!context && input.HasDistractorContext(run.Start, run.Length))
            {
                baseScore = UnknownIssuer; // named as an order or tracking number
            }

            findings.Add(new Finding(Detection.EntityTypes.CreditCard, PiiCategory.Personal, run.Start, run.Length,
                Scores.With(baseScore, context, ContextBoost)) { Recognizer = Name });
        }
    }

    private static bool HasCardGrouping(ReadOnlySpan<char> text, DigitRun run) =>
        run.HasGroups(text, 4, 4, 4, 4) || run.HasGroups(text, 4, 6, 5) || run.HasGroups(text, 4, 6, 4)
        || run.HasGroups(text, 4, 4, 4, 4, 3) || run.HasGroups(text, 4, 4, 4, 2) || run.HasGroups(text, 4, 4, 4, 3);

    /// <summary>Issuer identification number ranges of the networks used in Japan.</summary>
    internal static bool HasKnownIssuer(ReadOnlySpan<char> digits)
    {
        var two = Prefix(digits, 2);
        var three = Prefix(digits, 3);
        var four = Prefix(digits, 4);
        var length = digits.Length;
        return (digits[0] == '4' && length is 16 or 19)                                        // Visa
            || (two is >= 51 and <= 55 && length == 16) || (four is >= 2221 and <= 2720 && length == 16) // Mastercard
            || (two is 34 or 37 && length == 15)                                                // American Express
            || (four is >= 3528 and <= 3589 && length is >= 16 and <= 19)                      // JCB
            || ((three is >= 300 and <= 305 || two is 36 or 38 or 39) && length is >= 14 and <= 19) // Diners Club
            || ((four == 6011 || three is >= 644 and <= 649 || two == 65) && length is >= 16 and <= 19) // Discover
            || (two == 62 && length is >= 16 and <= 19);                                        // UnionPay
    }

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return value;
    }
}
