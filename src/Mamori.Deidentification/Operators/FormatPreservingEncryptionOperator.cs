using System.Text;
using Mamori.Deidentification.Keys;
using Org.BouncyCastle.Crypto.Fpe;
using Org.BouncyCastle.Crypto.Parameters;

namespace Mamori.Deidentification.Operators;

/// <summary>
/// Format-preserving encryption (FF1, NIST SP 800-38G, radix 10, via BouncyCastle) of the digits
/// of a value; separators and full-width digits stay where they were, so <c>090-1234-5678</c>
/// becomes another <c>0xx-xxxx-xxxx</c>-shaped string that fits the same column. FF1 needs at
/// least six digits; shorter values are masked instead (and cannot be restored). The entity type
/// is the tweak, so the same digits of two types encrypt differently. Record <see cref="KeyId"/>:
/// the output does not carry it.
/// </summary>
public sealed class FormatPreservingEncryptionOperator : IReversibleOperator
{
    /// <summary>The fewest digits FF1 accepts in radix 10.</summary>
    public const int MinimumDigits = 6;

    private readonly byte[] _key;

    /// <summary>Creates the operator with the ring's active key.</summary>
    /// <param name="keys">The key ring.</param>
    /// <param name="keyId">The key to use; the active key when null (restoring needs the key that encrypted).</param>
    public FormatPreservingEncryptionOperator(KeyRing keys, string? keyId = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        KeyId = keyId ?? keys.ActiveKeyId;
        _key = keys.Derive(KeyPurpose.FormatPreservingEncryption, KeyId);
    }

    /// <inheritdoc />
    public string KeyId { get; }

    /// <inheritdoc />
    public string Name => "fpe";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context) => Transform(value, context.EntityType, encrypt: true);

    /// <inheritdoc />
    public string Restore(string value, in OperatorContext context) => Transform(value, context.EntityType, encrypt: false);

    private string Transform(string value, string entityType, bool encrypt)
    {
        ArgumentNullException.ThrowIfNull(value);
        var digits = new List<byte>(value.Length);
        foreach (var c in value)
        {
            if (DigitValue(c) is { } d)
            {
                digits.Add(d);
            }
        }

        if (digits.Count < MinimumDigits)
        {
            if (!encrypt)
            {
                return value;
            }

            var masked = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                masked.Append(DigitValue(c) is null ? c : c >= '０' ? '＊' : '*');
            }

            return masked.ToString();
        }

        var engine = new FpeFf1Engine();
        engine.Init(encrypt, new FpeParameters(new KeyParameter(_key), 10, Encoding.UTF8.GetBytes(entityType)));
        var input = digits.ToArray();
        var output = new byte[input.Length];
        engine.ProcessBlock(input, 0, input.Length, output, 0);

        var result = new StringBuilder(value.Length);
        var next = 0;
        foreach (var c in value)
        {
            if (DigitValue(c) is null)
            {
                result.Append(c);
                continue;
            }

            var digit = output[next++];
            result.Append(c >= '０' ? (char)('０' + digit) : (char)('0' + digit));
        }

        return result.ToString();
    }

    private static byte? DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => (byte)(c - '0'),
        >= '０' and <= '９' => (byte)(c - '０'),
        _ => null,
    };
}
