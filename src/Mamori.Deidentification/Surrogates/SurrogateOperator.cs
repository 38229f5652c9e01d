using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Operators;
using Mamori.Detection;
using Mamori.Detection.Text;

namespace Mamori.Deidentification.Surrogates;

/// <summary>
/// Consistent surrogates for test data: a realistic fake Japanese name, address, phone number,
/// e-mail address (on the reserved example.jp domain), postal code, date of birth, or
/// checksum-valid identification number in place of the real one. The same input always gives
/// the same surrogate under the same key (chosen by HMAC), so records stay linked; the surrogate
/// says nothing about the original. Katakana names get katakana surrogates; a space between
/// surname and given name is kept.
/// </summary>
public sealed class SurrogateOperator : IValueOperator
{
    private readonly byte[] _key;

    /// <summary>Creates the operator.</summary>
    /// <param name="keys">The key ring; its active key chooses the surrogates.</param>
    public SurrogateOperator(KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _key = keys.Derive(KeyPurpose.Surrogate);
    }

    /// <inheritdoc />
    public string Name => "surrogate";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        var random = new KeyedSequence(_key, context.EntityType, JapaneseTextNormalizer.Normalize(value).Text.Trim());
        return context.EntityType switch
        {
            EntityTypes.PersonName => PersonName(value, random),
            EntityTypes.Address => Address(random),
            EntityTypes.PhoneNumber => $"0{random.Pick(["90", "80", "70"])}-{random.Digits(4)}-{random.Digits(4)}",
            EntityTypes.EmailAddress => $"user{random.Digits(6)}@example.jp",
            EntityTypes.PostalCode => $"{random.Next(100, 999)}-{random.Digits(4)}",
            EntityTypes.DateOfBirth => new DateOnly(1940, 1, 1).AddDays(random.Next(0, 365 * 65)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EntityTypes.MyNumber => MyNumber(random),
            EntityTypes.CreditCard => CreditCard(random),
            _ => SameShape(value, random),
        };
    }

    private static string PersonName(string original, KeyedSequence random)
    {
        var (surname, surnameKana) = random.Pick(SurrogateData.Surnames);
        var (given, givenKana) = random.Pick(SurrogateData.GivenNames);
        var katakana = original.Any(c => c is >= '\u30A1' and <= '\u30FA') && !original.Any(c => c is >= '\u4E00' and <= '\u9FFF');
        var separator = original.Contains('　', StringComparison.Ordinal) ? "　" : original.Contains(' ', StringComparison.Ordinal) ? " " : string.Empty;
        return katakana ? surnameKana + separator + givenKana : surname + separator + given;
    }

    private static string Address(KeyedSequence random)
    {
        var (prefecture, municipalities) = random.Pick(SurrogateData.Places);
        return $"{prefecture}{random.Pick(municipalities)}{random.Pick(SurrogateData.Districts)}{random.Next(1, 6)}-{random.Next(1, 30)}-{random.Next(1, 20)}";
    }

    private static string MyNumber(KeyedSequence random)
    {
        var digits = random.Digits(11);
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * (i < 5 ? 6 - i : 12 - i);
        }

        var remainder = sum % 11;
        return digits + (remainder <= 1 ? 0 : 11 - remainder).ToString(CultureInfo.InvariantCulture);
    }

    private static string CreditCard(KeyedSequence random)
    {
        var body = "4" + random.Digits(14);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        var number = body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
        return $"{number[..4]}-{number[4..8]}-{number[8..12]}-{number[12..]}";
    }

    /// <summary>Digits replaced by digits and letters by letters, separators kept.</summary>
    private static string SameShape(string value, KeyedSequence random)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                >= '0' and <= '9' => (char)('0' + random.Next(0, 10)),
                >= '０' and <= '９' => (char)('０' + random.Next(0, 10)),
                >= 'A' and <= 'Z' => (char)('A' + random.Next(0, 26)),
                >= 'a' and <= 'z' => (char)('a' + random.Next(0, 26)),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>A deterministic stream of choices seeded by HMAC(key, type, value).</summary>
    private sealed class KeyedSequence(byte[] key, string type, string value)
    {
        private readonly byte[] _seed = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(type + "\0" + value));
        private int _counter;

        public int Next(int minInclusive, int maxExclusive)
        {
            Span<byte> block = stackalloc byte[32];
            Span<byte> input = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(input, _counter++);
            HMACSHA256.HashData(_seed, input, block);
            var range = (ulong)(maxExclusive - minInclusive);
            return minInclusive + (int)(BinaryPrimitives.ReadUInt64BigEndian(block) % range);
        }

        public T Pick<T>(T[] items) => items[Next(0, items.Length)];

        public string Digits(int count)
        {
            var chars = new char[count];
            for (var i = 0; i < count; i++)
            {
                chars[i] = (char)('0' + Next(0, 10));
            }

            return new string(chars);
        }
    }
}
