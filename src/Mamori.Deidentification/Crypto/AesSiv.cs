using System.Security.Cryptography;

namespace Mamori.Deidentification.Crypto;

/// <summary>
/// Deterministic authenticated encryption with AES-SIV (RFC 5297). The same plaintext and
/// associated data always give the same ciphertext, so encrypted values still join; tampering
/// or a wrong key is detected on decryption. Output is the 16-byte synthetic IV followed by the
/// ciphertext. Keys are 32, 48 or 64 bytes (two AES keys: MAC then CTR).
/// </summary>
public sealed class AesSiv : IDisposable
{
    private const int BlockSize = AesCmac.BlockSize;

    private readonly AesCmac _mac;
    private readonly Aes _ctr;

    /// <summary>Creates the cipher.</summary>
    /// <param name="key">32, 48 or 64 bytes.</param>
    /// <exception cref="ArgumentException">The key has another length.</exception>
    public AesSiv(ReadOnlySpan<byte> key)
    {
        if (key.Length is not (32 or 48 or 64))
        {
            throw new ArgumentException("An AES-SIV key is 32, 48 or 64 bytes.", nameof(key));
        }

        var half = key.Length / 2;
        _mac = new AesCmac(key[..half]);
        _ctr = Aes.Create();
        _ctr.Key = key[half..].ToArray();
    }

    /// <summary>Encrypts <paramref name="plaintext"/> bound to <paramref name="associatedData"/>.</summary>
    /// <param name="plaintext">The bytes to encrypt.</param>
    /// <param name="associatedData">Authenticated, unencrypted context (e.g. the entity type).</param>
    /// <returns>IV (16 bytes) followed by the ciphertext.</returns>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[BlockSize + plaintext.Length];
        var iv = output.AsSpan(0, BlockSize);
        S2V(associatedData, plaintext, iv);
        Ctr(iv, plaintext, output.AsSpan(BlockSize));
        return output;
    }

    /// <summary>Decrypts and verifies what <see cref="Encrypt"/> produced.</summary>
    /// <param name="ciphertext">IV followed by the ciphertext.</param>
    /// <param name="associatedData">The same associated data as when encrypting.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="CryptographicException">The ciphertext was altered, or the key or associated data is wrong.</exception>
    public byte[] Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData)
    {
        if (ciphertext.Length < BlockSize)
        {
            throw new CryptographicException("The ciphertext is shorter than its synthetic IV.");
        }

        var iv = ciphertext[..BlockSize];
        var plaintext = new byte[ciphertext.Length - BlockSize];
        Ctr(iv, ciphertext[BlockSize..], plaintext);
        Span<byte> check = stackalloc byte[BlockSize];
        S2V(associatedData, plaintext, check);
        if (!CryptographicOperations.FixedTimeEquals(check, iv))
        {
            CryptographicOperations.ZeroMemory(plaintext);
            throw new CryptographicException("Decryption failed: wrong key, or the value was altered.");
        }

        return plaintext;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _mac.Dispose();
        _ctr.Dispose();
    }

    /// <summary>S2V with one associated-data string followed by the plaintext.</summary>
    private void S2V(ReadOnlySpan<byte> associatedData, ReadOnlySpan<byte> plaintext, Span<byte> result)
    {
        Span<byte> d = stackalloc byte[BlockSize];
        Span<byte> mac = stackalloc byte[BlockSize];
        _mac.Compute(new byte[BlockSize], d);
        AesCmac.Double(d, d);
        _mac.Compute(associatedData, mac);
        AesCmac.Xor(d, mac, d);

        if (plaintext.Length >= BlockSize)
        {
            var t = plaintext.ToArray();
            var offset = t.Length - BlockSize;
            AesCmac.Xor(t.AsSpan(offset), d, t.AsSpan(offset));
            _mac.Compute(t, result);
        }
        else
        {
            Span<byte> t = stackalloc byte[BlockSize];
            AesCmac.Double(d, d);
            t.Clear();
            plaintext.CopyTo(t);
            t[plaintext.Length] = 0x80;
            AesCmac.Xor(t, d, t);
            _mac.Compute(t, result);
        }
    }

    private void Ctr(ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, Span<byte> output)
    {
        Span<byte> counter = stackalloc byte[BlockSize];
        Span<byte> stream = stackalloc byte[BlockSize];
        iv.CopyTo(counter);
        counter[8] &= 0x7F;  // RFC 5297: clear the 31st and 63rd bits (from the right)
        counter[12] &= 0x7F;
        for (var offset = 0; offset < input.Length; offset += BlockSize)
        {
            _ctr.EncryptEcb(counter, stream, PaddingMode.None);
            var n = Math.Min(BlockSize, input.Length - offset);
            AesCmac.Xor(input.Slice(offset, n), stream, output.Slice(offset, n));
            for (var i = BlockSize - 1; i >= 0 && ++counter[i] == 0; i--)
            {
            }
        }
    }
}
