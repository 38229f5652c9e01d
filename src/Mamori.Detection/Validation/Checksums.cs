namespace Mamori.Detection.Validation;

/// <summary>Check-digit algorithms of Japanese identifiers and payment cards. Inputs are ASCII digits only.</summary>
public static class Checksums
{
    /// <summary>
    /// 個人番号: weights 6,5,4,3,2,7,6,5,4,3,2 on digits 1-11; r = sum mod 11; check = 0 when r ≤ 1, else 11 − r.
    /// </summary>
    /// <param name="digits">Exactly 12 ASCII digits.</param>
    public static bool IsValidMyNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 12 || !AllDigits(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            var weight = i < 5 ? 6 - i : 12 - i;
            sum += (digits[i] - '0') * weight;
        }

        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] - '0' == check;
    }

    /// <summary>
    /// 法人番号: the first digit checks the 12 base digits; weights 1,2,1,2… from the rightmost base digit;
    /// check = 9 − (sum mod 9).
    /// </summary>
    /// <param name="digits">Exactly 13 ASCII digits.</param>
    public static bool IsValidCorporateNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 13 || !AllDigits(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var digit = digits[12 - i] - '0';
            sum += digit * (i % 2 == 0 ? 1 : 2);
        }

        return digits[0] - '0' == 9 - (sum % 9);
    }

    /// <summary>Luhn (mod 10) over all digits, the last being the check digit.</summary>
    /// <param name="digits">ASCII digits.</param>
    public static bool IsValidLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2 || !AllDigits(digits))
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// The unofficial 運転免許証番号 check: digit 11 = (11 − Σ(weights 5,4,3,2,7,6,5,4,3,2 · digits 1-10) mod 11) mod 10.
    /// A pass raises confidence; a fail must not reject the number on its own.
    /// </summary>
    /// <param name="digits">Exactly 12 ASCII digits.</param>
    public static bool PassesDriversLicenseCheck(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 12 || !AllDigits(digits))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return digits[10] - '0' == (11 - (sum % 11)) % 10;
    }

    private static bool AllDigits(ReadOnlySpan<char> digits) => !digits.ContainsAnyExceptInRange('0', '9');
}
