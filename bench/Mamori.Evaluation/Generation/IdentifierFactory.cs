using System.Globalization;
using System.Text;
using Bogus;

namespace Mamori.Evaluation.Generation;

/// <summary>
/// Generates identifiers in the formats Japanese documents use, with valid check digits where
/// the scheme has one. Values are ASCII; templates decide on full-width forms.
/// </summary>
public sealed class IdentifierFactory
{
    // 公安委員会 codes that open a driver's licence number.
    private static readonly string[] s_licenceCommissions =
    [
        "10", "11", "12", "13", "14", "20", "21", "22", "23", "24", "25", "30", "40", "41", "42", "43", "44", "45", "46",
        "47", "48", "49", "50", "51", "52", "53", "54", "55", "60", "61", "62", "63", "64", "65", "70", "71", "72", "73",
        "74", "80", "81", "82", "83", "90", "91", "92", "93", "94", "95", "96", "97",
    ];

    private static readonly string[] s_passportPrefixes = ["TK", "TR", "TZ", "TH", "TS", "MZ", "MU", "ME", "RE", "RZ"];
    private static readonly string[] s_insurerLaws = ["01", "06", "06", "06", "31", "32", "33", "34", "63"];
    // Area codes (with the trunk 0) of 2 to 5 digits; the local exchange fills the rest of 6 digits.
    private static readonly string[] s_areaCodes =
    [
        "03", "03", "06", "06", "011", "022", "045", "048", "043", "052", "075", "078", "082", "092", "096", "0466", "0476",
        "0263", "0531", "0544", "0898", "0166", "01267", "04992", "09969",
    ];

    private readonly Randomizer _random;

    /// <summary>Creates a factory drawing from <paramref name="random"/>.</summary>
    /// <param name="random">The seeded random source.</param>
    public IdentifierFactory(Randomizer random) => _random = random;

    /// <summary><paramref name="count"/> random ASCII digits; the first is never 0 when <paramref name="noLeadingZero"/>.</summary>
    /// <param name="count">How many digits.</param>
    /// <param name="noLeadingZero">Whether the first digit must be 1-9.</param>
    public string Digits(int count, bool noLeadingZero = false)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + _random.Number(i == 0 && noLeadingZero ? 1 : 0, 9));
        }

        return new string(chars);
    }

    /// <summary>Random uppercase ASCII letters.</summary>
    /// <param name="count">How many letters.</param>
    public string Letters(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('A' + _random.Number(0, 25));
        }

        return new string(chars);
    }

    /// <summary>12 contiguous digits passing the 個人番号 check.</summary>
    public string MyNumberDigits()
    {
        var baseDigits = Digits(11);
        return baseDigits + CheckDigits.MyNumber(baseDigits).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A My Number as written: contiguous, 4-4-4 with spaces or hyphens.</summary>
    public string MyNumber() => Group(MyNumberDigits(), _random.Number(0, 4) switch { 0 or 1 => "", 2 or 3 => " ", _ => "-" }, 4, 4, 4);

    /// <summary>13 digits passing the 法人番号 check (check digit first).</summary>
    public string CorporateNumber()
    {
        var baseDigits = Digits(12);
        return CheckDigits.CorporateNumber(baseDigits).ToString(CultureInfo.InvariantCulture) + baseDigits;
    }

    /// <summary>
    /// A 12-digit driver's licence number: commission code, year, 6-digit serial, the (unofficial)
    /// check digit and the reissue count.
    /// </summary>
    public string DriversLicense()
    {
        var firstTen = _random.ArrayElement(s_licenceCommissions) + Digits(2) + Digits(6);
        var reissue = _random.Number(0, 9) < 8 ? "0" : _random.Number(1, 3).ToString(CultureInfo.InvariantCulture);
        return firstTen + CheckDigits.DriversLicense(firstTen).ToString(CultureInfo.InvariantCulture) + reissue;
    }

    /// <summary>A passport number: two letters and seven digits (TK1234567).</summary>
    public string Passport() => _random.ArrayElement(s_passportPrefixes) + Digits(7);

    /// <summary>A residence card number: two letters, eight digits, two letters (AB12345678CD).</summary>
    public string ResidenceCard() => Letters(2) + Digits(8) + Letters(2);

    /// <summary>An 11-digit resident-record code (住民票コード).</summary>
    public string ResidentRecordCode() => Digits(11);

    /// <summary>A basic pension number written 4-6, or contiguous.</summary>
    public string BasicPensionNumber()
    {
        var digits = Digits(4, noLeadingZero: true) + Digits(6);
        return _random.Number(0, 5) == 0 ? digits : Group(digits, "-", 4, 6);
    }

    /// <summary>An 8-digit health insurer number (保険者番号): law code, prefecture, insurer, Luhn check.</summary>
    public string HealthInsurer()
    {
        var payload = _random.ArrayElement(s_insurerLaws) + _random.Number(1, 47).ToString("00", CultureInfo.InvariantCulture) + Digits(3);
        return payload + CheckDigits.Luhn(payload).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A Luhn-valid card number of a real issuer prefix and length, as written (grouped or not).</summary>
    public string CreditCard()
    {
        var (prefix, length) = _random.Number(0, 9) switch
        {
            <= 3 => ("4", 16),
            4 or 5 => ("5" + _random.Number(1, 5).ToString(CultureInfo.InvariantCulture), 16),
            6 => (_random.Number(2221, 2720).ToString(CultureInfo.InvariantCulture), 16),
            7 or 8 => ("35" + _random.Number(28, 89).ToString(CultureInfo.InvariantCulture), 16),
            _ => (_random.Bool() ? "34" : "37", 15),
        };
        if (_random.Number(0, 19) == 0)
        {
            (prefix, length) = ("36", 14); // Diners Club
        }

        var payload = prefix + Digits(length - prefix.Length - 1);
        var number = payload + CheckDigits.Luhn(payload).ToString(CultureInfo.InvariantCulture);
        var separator = _random.Number(0, 3) switch { 0 => "", 1 => "-", _ => " " };
        return length switch
        {
            16 => Group(number, separator, 4, 4, 4, 4),
            15 => Group(number, separator, 4, 6, 5),
            _ => Group(number, separator, 4, 6, 4),
        };
    }

    /// <summary>A 7-digit ordinary bank account number.</summary>
    public string BankAccountNumber() => Digits(7);

    /// <summary>A ゆうちょ銀行 記号-番号: 5-digit 記号 starting with 1 and ending in 0, 8-digit 番号 ending in 1.</summary>
    public string JapanPostAccount() => "1" + Digits(3) + "0-" + Digits(7) + "1";

    /// <summary>A fixed-line number (10 digits, area code of 2-5 digits), hyphenated.</summary>
    public string FixedPhone()
    {
        var code = _random.ArrayElement(s_areaCodes);
        return code + "-" + Digits(6 - code.Length, noLeadingZero: true) + "-" + Digits(4);
    }

    /// <summary>A mobile number (070/080/090), hyphenated.</summary>
    public string MobilePhone() => _random.ArrayElement(["090", "090", "080", "080", "070"]) + "-" + Digits(4, noLeadingZero: true) + "-" + Digits(4);

    /// <summary>An IP phone (050), hyphenated.</summary>
    public string IpPhone() => "050-" + Digits(4, noLeadingZero: true) + "-" + Digits(4);

    /// <summary>A toll-free or navi-dial number (0120-xxx-xxx, 0800-xxx-xxxx, 0570-xxx-xxx).</summary>
    public string ServicePhone() => _random.Number(0, 3) switch
    {
        0 or 1 => "0120-" + Digits(3, noLeadingZero: true) + "-" + Digits(3),
        2 => "0800-" + Digits(3, noLeadingZero: true) + "-" + Digits(4),
        _ => "0570-" + Digits(3, noLeadingZero: true) + "-" + Digits(3),
    };

    /// <summary>The +81 form of a hyphenated domestic number (the leading 0 dropped).</summary>
    /// <param name="domestic">A hyphenated number starting with 0.</param>
    public string International(string domestic)
    {
        ArgumentNullException.ThrowIfNull(domestic);
        var rest = domestic[1..];
        return _random.Bool() ? "+81-" + rest : "+81 " + rest.Replace('-', ' ');
    }

    /// <summary>
    /// A number in one of the written forms: hyphenated, contiguous, with spaces, or (when
    /// <paramref name="unseen"/>) the 03(1234)5678 form.
    /// </summary>
    /// <param name="hyphenated">A hyphenated domestic number.</param>
    /// <param name="unseen">Whether the holdout-only form may be used.</param>
    public string PhoneForm(string hyphenated, bool unseen)
    {
        ArgumentNullException.ThrowIfNull(hyphenated);
        var roll = _random.Number(0, 9);
        if (roll <= 5)
        {
            return hyphenated;
        }

        if (roll <= 7)
        {
            return hyphenated.Replace("-", "", StringComparison.Ordinal);
        }

        if (roll == 8 || !unseen)
        {
            return hyphenated.Replace('-', ' ');
        }

        var parts = hyphenated.Split('-');
        return parts.Length == 3 ? $"{parts[0]}({parts[1]}){parts[2]}" : hyphenated;
    }

    /// <summary>A 7-digit postal code written NNN-NNNN.</summary>
    public string PostalCode() => Digits(3) + "-" + Digits(4);

    /// <summary>A public or private IPv4 address.</summary>
    public string IPv4()
    {
        if (_random.Number(0, 9) == 0)
        {
            return _random.Bool() ? $"192.168.{_random.Number(0, 255)}.{_random.Number(1, 254)}" : $"10.{_random.Number(0, 255)}.{_random.Number(0, 255)}.{_random.Number(1, 254)}";
        }

        int first;
        do
        {
            first = _random.Number(1, 223);
        }
        while (first is 10 or 127 or 169 or 172 or 192);

        return string.Create(CultureInfo.InvariantCulture, $"{first}.{_random.Number(0, 255)}.{_random.Number(0, 255)}.{_random.Number(1, 254)}");
    }

    /// <summary>An IPv6 address from a Japanese ISP range, full or zero-compressed.</summary>
    public string IPv6()
    {
        var prefix = _random.ArrayElement(["2400:4051", "240b:10", "2404:7a80", "2001:268", "240d:1a"]);
        var groups = Enumerable.Range(0, 6).Select(_ => _random.Number(0, 0xffff).ToString("x", CultureInfo.InvariantCulture)).ToArray();
        return _random.Bool()
            ? prefix + ":" + string.Join(':', groups)
            : prefix + ":" + groups[0] + ":" + groups[1] + "::" + groups[5];
    }

    /// <summary>A UUID: upper case as iOS writes an IDFA, lower case as Android writes an AAID.</summary>
    /// <param name="upper">Upper case.</param>
    public string Uuid(bool upper)
    {
        var bytes = _random.Bytes(16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexString(bytes);
        var uuid = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
        return upper ? uuid : uuid.ToLowerInvariant();
    }

    /// <summary>A 32-hex-digit cookie id.</summary>
    public string CookieId() => Convert.ToHexString(_random.Bytes(16)).ToLowerInvariant();

    /// <summary>A Google Analytics client id as stored in the <c>_ga</c> cookie (GA1.2.1234567890.1700000000).</summary>
    public string GaClientId() => $"GA1.2.{Digits(9, noLeadingZero: true)}.{_random.Number(1600000000, 1730000000)}";

    /// <summary>A JAN (EAN-13) product code from a Japanese prefix (45, 49) with a valid check digit.</summary>
    public string JanCode()
    {
        var first = _random.ArrayElement(["45", "49"]) + Digits(10);
        return first + CheckDigits.Ean13(first).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A 12-digit parcel tracking number whose last digit is the carriers' mod-7 check, written 4-4-4 or contiguous.</summary>
    public string TrackingNumber()
    {
        var first = Digits(11, noLeadingZero: true);
        var check = (long.Parse(first, CultureInfo.InvariantCulture) % 7).ToString(CultureInfo.InvariantCulture);
        return Group(first + check, _random.Bool() ? "-" : "", 4, 4, 4);
    }

    /// <summary>An order number in one of several shop styles (some are bare 12-digit numbers).</summary>
    public string OrderNumber() => _random.Number(0, 4) switch
    {
        0 => Digits(12, noLeadingZero: true),
        1 => $"{_random.Number(2022, 2025)}{_random.Number(1, 12):00}{_random.Number(1, 28):00}-{Digits(4)}",
        2 => "ORD-" + Digits(8),
        3 => Letters(3) + Digits(9),
        _ => Digits(10, noLeadingZero: true),
    };

    /// <summary>A member id (M0012345) or an 8-digit membership number.</summary>
    public string MemberId() => _random.Bool() ? "M" + Digits(7) : Digits(8);

    /// <summary>Inserts <paramref name="separator"/> between groups of the given sizes.</summary>
    /// <param name="digits">The characters to group.</param>
    /// <param name="separator">The separator (may be empty).</param>
    /// <param name="sizes">Group sizes adding up to the length of <paramref name="digits"/>.</param>
    public static string Group(string digits, string separator, params int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(digits);
        ArgumentNullException.ThrowIfNull(sizes);
        var builder = new StringBuilder(digits.Length + sizes.Length);
        var at = 0;
        foreach (var size in sizes)
        {
            if (at > 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits, at, size);
            at += size;
        }

        return builder.ToString();
    }
}
