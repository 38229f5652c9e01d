using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Mamori.Deidentification.Crypto;
using Mamori.Deidentification.Keys;

namespace Mamori.Deidentification.Operators;

/// <summary>
/// Deterministic encryption with AES-SIV: the value becomes <c>ENC(keyId:base64url)</c>. Equal
/// values give equal tokens (joins still work), and <see cref="Restore"/> gives the value back with
/// the key named in the token, so a token found anywhere — free text, a cell, a JSON string — can
/// be restored without knowing what it was. Tokens are found again by <see cref="TokenPattern"/>;
/// any change to a token is detected.
/// </summary>
public sealed partial class DeterministicEncryptionOperator : IReversibleOperator, IDisposable
{
    // Bound to every token: a ciphertext made for another purpose with the same key does not decrypt as a token.
    private static readonly byte[] s_associatedData = "mamori-token-v1"u8.ToArray();

    private readonly KeyRing _keys;
    private readonly Dictionary<string, AesSiv> _ciphers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates the operator; new tokens use the ring's active key, restoring uses the key named in each token.</summary>
    /// <param name="keys">The key ring.</param>
    public DeterministicEncryptionOperator(KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys;
        KeyId = keys.ActiveKeyId;
    }

    /// <inheritdoc />
    public string KeyId { get; }

    /// <inheritdoc />
    public string Name => "encrypt";

    /// <summary>Matches a token in text: group 1 is the key id, group 2 the ciphertext.</summary>
    [GeneratedRegex(@"ENC\(([A-Za-z0-9._-]+):([A-Za-z0-9_-]+)\)")]
    public static partial Regex TokenPattern();

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context)
    {
        var sealedValue = Cipher(KeyId).Encrypt(Encoding.UTF8.GetBytes(value), s_associatedData);
        return $"ENC({KeyId}:{Base64Url.EncodeToString(sealedValue)})";
    }

    /// <inheritdoc />
    public string Restore(string value, in OperatorContext context)
    {
        var match = TokenPattern().Match(value);
        if (!match.Success || match.Length != value.Length)
        {
            throw new FormatException("The value is not an ENC(keyId:…) token.");
        }

        var cipherBytes = Base64Url.DecodeFromChars(match.Groups[2].ValueSpan);
        var plain = Cipher(match.Groups[1].Value).Decrypt(cipherBytes, s_associatedData);
        return Encoding.UTF8.GetString(plain);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var cipher in _ciphers.Values)
            {
                cipher.Dispose();
            }

            _ciphers.Clear();
        }
    }

    private AesSiv Cipher(string keyId)
    {
        lock (_gate)
        {
            if (!_ciphers.TryGetValue(keyId, out var cipher))
            {
                cipher = new AesSiv(_keys.Derive(KeyPurpose.DeterministicEncryption, keyId));
                _ciphers[keyId] = cipher;
            }

            return cipher;
        }
    }
}
