using System.Security.Cryptography;

namespace Mamori.Deidentification.Crypto;

/// <summary>AES-CMAC (RFC 4493) over the BCL's AES in ECB mode; the MAC half of AES-SIV.</summary>
internal sealed class AesCmac : IDisposable
{
    public const int BlockSize = 16;

    private readonly Aes _aes;
    private readonly byte[] _k1 = new byte[BlockSize];
    private readonly byte[] _k2 = new byte[BlockSize];

    public AesCmac(ReadOnlySpan<byte> key)
    {
        _aes = Aes.Create();
        _aes.Key = key.ToArray();
        Span<byte> l = stackalloc byte[BlockSize];
        _aes.EncryptEcb(new byte[BlockSize], l, PaddingMode.None);
        Double(l, _k1);
        Double(_k1, _k2);
    }

    public void Compute(ReadOnlySpan<byte> message, Span<byte> mac)
    {
        var blocks = Math.Max(1, (message.Length + BlockSize - 1) / BlockSize);
        var complete = message.Length > 0 && message.Length % BlockSize == 0;
        Span<byte> x = stackalloc byte[BlockSize];
        Span<byte> y = stackalloc byte[BlockSize];
        x.Clear();
        for (var i = 0; i < blocks - 1; i++)
        {
            Xor(x, message.Slice(i * BlockSize, BlockSize), y);
            _aes.EncryptEcb(y, x, PaddingMode.None);
        }

        Span<byte> last = stackalloc byte[BlockSize];
        var tail = message[((blocks - 1) * BlockSize)..];
        if (complete)
        {
            Xor(tail, _k1, last);
        }
        else
        {
            last.Clear();
            tail.CopyTo(last);
            last[tail.Length] = 0x80;
            Xor(last, _k2, last);
        }

        Xor(last, x, y);
        _aes.EncryptEcb(y, mac, PaddingMode.None);
    }

    public void Dispose() => _aes.Dispose();

    /// <summary>Multiplication by x in GF(2^128) (the "dbl" of RFC 5297).</summary>
    public static void Double(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var carry = (input[0] & 0x80) != 0;
        for (var i = 0; i < BlockSize - 1; i++)
        {
            output[i] = (byte)((input[i] << 1) | (input[i + 1] >> 7));
        }

        output[BlockSize - 1] = (byte)(input[BlockSize - 1] << 1);
        if (carry)
        {
            output[BlockSize - 1] ^= 0x87;
        }
    }

    public static void Xor(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (byte)(a[i] ^ b[i]);
        }
    }
}
