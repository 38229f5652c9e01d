namespace Mamori.Evaluation.Generation;

/// <summary>
/// Computes check digits for generated identifiers. Written independently of
/// Mamori.Detection.Validation.Checksums so that the tests cross-check the two.
/// </summary>
public static class CheckDigits
{
    /// <summary>個人番号: weights 6,5,4,3,2,7,6,5,4,3,2 on the 11 base digits; r = sum mod 11; 0 when r ≤ 1, else 11 − r.</summary>
    /// <param name="baseDigits">The first 11 digits.</param>
    public static int MyNumber(ReadOnlySpan<char> baseDigits)
    {
        Require(baseDigits, 11);
        ReadOnlySpan<int> weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (baseDigits[i] - '0') * weights[i];
        }

        var r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /// <summary>法人番号: the leading check digit = 9 − (Σ weights 1,2,1,2… from the rightmost base digit) mod 9.</summary>
    /// <param name="baseDigits">The 12 base digits (without the check digit).</param>
    public static int CorporateNumber(ReadOnlySpan<char> baseDigits)
    {
        Require(baseDigits, 12);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var weight = i % 2 == 0 ? 1 : 2;
            sum += (baseDigits[11 - i] - '0') * weight;
        }

        return 9 - (sum % 9);
    }

    /// <summary>The Luhn check digit to append to <paramref name="payload"/>.</summary>
    /// <param name="payload">Digits without the check digit.</param>
    public static int Luhn(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            // Counted from the right of the payload, every first digit is doubled once the check digit is appended.
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The unofficial 運転免許証 check: (11 − Σ(weights 5,4,3,2,7,6,5,4,3,2 · digits 1-10) mod 11) mod 10.</summary>
    /// <param name="firstTen">The first 10 digits.</param>
    public static int DriversLicense(ReadOnlySpan<char> firstTen)
    {
        Require(firstTen, 10);
        ReadOnlySpan<int> weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (firstTen[i] - '0') * weights[i];
        }

        return (11 - (sum % 11)) % 10;
    }

    /// <summary>EAN-13 (JAN): weights 1,3,1,3… from the left on the first 12 digits; check = (10 − sum mod 10) mod 10.</summary>
    /// <param name="firstTwelve">The first 12 digits.</param>
    public static int Ean13(ReadOnlySpan<char> firstTwelve)
    {
        Require(firstTwelve, 12);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (firstTwelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>True when the 13 digits carry a valid EAN-13 check digit.</summary>
    /// <param name="digits">Exactly 13 ASCII digits.</param>
    public static bool IsValidEan13(ReadOnlySpan<char> digits) =>
        digits.Length == 13 && !digits.ContainsAnyExceptInRange('0', '9') && Ean13(digits[..12]) == digits[12] - '0';

    private static void Require(ReadOnlySpan<char> digits, int length)
    {
        if (digits.Length != length || digits.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"Expected exactly {length} ASCII digits.", nameof(digits));
        }
    }
}
