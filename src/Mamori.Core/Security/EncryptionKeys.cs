using System.Security.Cryptography;
using System.Text;
using Mamori.Deidentification.Keys;

namespace Mamori.Core.Security;

/// <summary>
/// Encryption at rest for the platform. Every subject has its own random 256-bit data key; each
/// personal value is sealed with AES-256-GCM under it (the subject id and item type bound as
/// associated data), and the data key is stored wrapped (AES-256-GCM) under a key-encryption key
/// derived from the master key. Erasing a subject destroys its wrapped key — kept in a key store
/// apart from the data — so no copy of the data can be read again (crypto-shredding). Rotating the
/// master key re-wraps data keys only; values are not re-encrypted. Lookups use blind indexes:
/// HMAC-SHA256 of the normalised value under a separate derived key.
/// </summary>
public sealed class EncryptionKeys
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int DataKeySize = 32;

    private readonly KeyRing _masterKeys;
    private readonly byte[] _blindIndexKey;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _keyEncryptionKeys = new(StringComparer.Ordinal);

    /// <summary>Creates the key service.</summary>
    /// <param name="masterKeys">The master keys (the active one wraps new data keys).</param>
    /// <param name="blindIndexKeyId">The master key the blind-index key is derived from (stable across rotations).</param>
    public EncryptionKeys(KeyRing masterKeys, string blindIndexKeyId)
    {
        ArgumentNullException.ThrowIfNull(masterKeys);
        _masterKeys = masterKeys;
        BlindIndexKeyId = blindIndexKeyId;
        _blindIndexKey = masterKeys.Derive(KeyPurpose.BlindIndex, blindIndexKeyId);
    }

    /// <summary>The master key new data keys are wrapped with.</summary>
    public string ActiveMasterKeyId => _masterKeys.ActiveKeyId;

    /// <summary>The master key blind indexes are derived from.</summary>
    public string BlindIndexKeyId { get; }

    /// <summary>A fresh data key for a new subject.</summary>
    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(DataKeySize);

    /// <summary>Wraps a data key under the active master key.</summary>
    /// <param name="subjectId">The subject (bound as associated data).</param>
    /// <param name="dataKey">The data key.</param>
    public WrappedKey Wrap(string subjectId, ReadOnlySpan<byte> dataKey)
    {
        return new WrappedKey(ActiveMasterKeyId, Seal(KeyEncryptionKey(ActiveMasterKeyId), dataKey, Encoding.UTF8.GetBytes(subjectId)));
    }

    /// <summary>Unwraps a data key.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="wrapped">The wrapped key.</param>
    /// <exception cref="CryptographicException">The wrapped key was altered or belongs to another subject.</exception>
    /// <exception cref="KeyRingException">The master key that wrapped it is no longer held.</exception>
    public byte[] Unwrap(string subjectId, WrappedKey wrapped)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        return Open(KeyEncryptionKey(wrapped.MasterKeyId), wrapped.Blob, Encoding.UTF8.GetBytes(subjectId));
    }

    /// <summary>Re-wraps a data key under the active master key (rotation).</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="wrapped">The key as wrapped now.</param>
    public WrappedKey Rewrap(string subjectId, WrappedKey wrapped)
    {
        var dataKey = Unwrap(subjectId, wrapped);
        try
        {
            return Wrap(subjectId, dataKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Encrypts a value under a subject's data key.</summary>
    /// <param name="dataKey">The subject's data key.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="itemType">The item type (bound with the subject as associated data).</param>
    /// <param name="value">The value.</param>
    public static byte[] EncryptValue(ReadOnlySpan<byte> dataKey, string subjectId, string itemType, string value) =>
        Seal(dataKey, Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(subjectId + "\0" + itemType));

    /// <summary>A cipher over a subject's data key, to seal several of its values with one instance (dispose it).</summary>
    /// <param name="dataKey">The subject's data key.</param>
    internal static AesGcm Cipher(ReadOnlySpan<byte> dataKey) => new(dataKey, TagSize);

    /// <summary>Encrypts a value with a subject's <see cref="Cipher"/>: the same result as <see cref="EncryptValue(ReadOnlySpan{byte}, string, string, string)"/>.</summary>
    internal static byte[] EncryptValue(AesGcm cipher, string subjectId, string itemType, string value)
    {
        // The same bytes as the string overload, encoded on the stack (a bulk import seals ten values per person).
        var associatedSize = Encoding.UTF8.GetMaxByteCount(subjectId.Length + 1 + itemType.Length);
        Span<byte> associated = associatedSize <= 256 ? stackalloc byte[256] : new byte[associatedSize];
        var associatedLength = Encoding.UTF8.GetBytes(subjectId, associated);
        associated[associatedLength++] = 0;
        associatedLength += Encoding.UTF8.GetBytes(itemType, associated[associatedLength..]);
        var plaintextSize = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> plaintext = plaintextSize <= 1024 ? stackalloc byte[1024] : new byte[plaintextSize];
        var plaintextLength = Encoding.UTF8.GetBytes(value, plaintext);
        try
        {
            return Seal(cipher, plaintext[..plaintextLength], associated[..associatedLength]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext[..plaintextLength]);
        }
    }

    /// <summary>Decrypts a value.</summary>
    /// <param name="dataKey">The subject's data key.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="itemType">The item type.</param>
    /// <param name="blob">What <see cref="EncryptValue(ReadOnlySpan{byte}, string, string, string)"/> produced.</param>
    /// <exception cref="CryptographicException">The value was altered or moved to another subject or type.</exception>
    public static string DecryptValue(ReadOnlySpan<byte> dataKey, string subjectId, string itemType, byte[] blob) =>
        Encoding.UTF8.GetString(Open(dataKey, blob, Encoding.UTF8.GetBytes(subjectId + "\0" + itemType)));

    /// <summary>The blind index of a searchable value: HMAC-SHA256 over the type and the normalised value, 16 bytes, hex.</summary>
    /// <param name="itemType">The item type (e-mail, phone, member id).</param>
    /// <param name="value">The value as given.</param>
    public string BlindIndex(string itemType, string value)
    {
        var normalized = BlindIndexNormalizer.Normalize(itemType, value);
        var size = Encoding.UTF8.GetMaxByteCount(itemType.Length + 1 + normalized.Length);
        Span<byte> input = size <= 512 ? stackalloc byte[512] : new byte[size];
        var length = Encoding.UTF8.GetBytes(itemType, input);
        input[length++] = 0;
        length += Encoding.UTF8.GetBytes(normalized, input[length..]);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_blindIndexKey, input[..length], mac);
        CryptographicOperations.ZeroMemory(input[..length]);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>The key chaining the access log, derived from the blind-index master key (stable across rotations).</summary>
    public byte[] AuditIntegrityKey() => _masterKeys.Derive(KeyPurpose.AuditIntegrity, BlindIndexKeyId);

    private byte[] KeyEncryptionKey(string masterKeyId) =>
        _keyEncryptionKeys.GetOrAdd(masterKeyId, id => _masterKeys.Derive(KeyPurpose.SubjectKeyWrap, id));

    private static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        using var aes = new AesGcm(key, TagSize);
        return Seal(aes, plaintext, associatedData);
    }

    /// <summary>AES-256-GCM with a random 96-bit nonce: nonce, tag, ciphertext.</summary>
    private static byte[] Seal(AesGcm aes, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var blob = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = blob.AsSpan(0, NonceSize);
        BufferedRandom.Fill(nonce);
        aes.Encrypt(nonce, plaintext, blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), associatedData);
        return blob;
    }

    private static byte[] Open(ReadOnlySpan<byte> key, byte[] blob, ReadOnlySpan<byte> associatedData)
    {
        if (blob is null || blob.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The sealed value is too short.");
        }

        var plaintext = new byte[blob.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), plaintext, associatedData);
        return plaintext;
    }
}
