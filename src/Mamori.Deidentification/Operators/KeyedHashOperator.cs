using System.Security.Cryptography;
using System.Text;
using Mamori.Deidentification.Keys;
using Mamori.Detection.Text;

namespace Mamori.Deidentification.Operators;

/// <summary>
/// A stable pseudonym: HMAC-SHA256 of the entity type and the folded, trimmed value under a
/// derived key, truncated and written in lowercase hex. The same value always gives the same
/// pseudonym (full-width and half-width forms included), so tables still join; without the key
/// it cannot be recomputed or reversed.
/// </summary>
public sealed class KeyedHashOperator : IValueOperator
{
    private readonly byte[] _key;

    /// <summary>Creates the operator.</summary>
    /// <param name="keys">The key ring; its active key is used.</param>
    /// <param name="bytes">How many bytes of the MAC to keep (8-32; 12 gives 24 hex digits).</param>
    /// <param name="prefix">Text written before the hex digits (e.g. <c>P</c>).</param>
    public KeyedHashOperator(KeyRing keys, int bytes = 12, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, 32);
        _key = keys.Derive(KeyPurpose.KeyedHash);
        KeyId = keys.ActiveKeyId;
        Bytes = bytes;
        Prefix = prefix ?? string.Empty;
    }

    /// <summary>The id of the key used (record it beside the output).</summary>
    public string KeyId { get; }

    /// <summary>Bytes of the MAC kept.</summary>
    public int Bytes { get; }

    /// <summary>Text written before the hex digits.</summary>
    public string Prefix { get; }

    /// <inheritdoc />
    public string Name => "hash";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context) => Prefix + Compute(context.EntityType, value);

    /// <summary>The pseudonym's hex digits for a value of a type.</summary>
    /// <param name="entityType">The entity type (different types never collide).</param>
    /// <param name="value">The value.</param>
    public string Compute(string entityType, string value)
    {
        var canonical = JapaneseTextNormalizer.Normalize(value).Text.Trim();
        var input = Encoding.UTF8.GetBytes(entityType + "\0" + canonical);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, input, mac);
        return Convert.ToHexStringLower(mac[..Bytes]);
    }
}
