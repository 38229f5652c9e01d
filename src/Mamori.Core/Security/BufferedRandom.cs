using System.Security.Cryptography;

namespace Mamori.Core.Security;

/// <summary>
/// Cryptographically secure random bytes for nonces and ids, drawn a few kilobytes at a time from the OS CSPRNG
/// and handed out per thread: one system call per ~300 nonces instead of one each (a bulk import seals ten values
/// per person). Bytes handed out are wiped from the buffer. Not for keys: those come straight from
/// <see cref="RandomNumberGenerator"/>, so no future key waits in memory.
/// </summary>
internal static class BufferedRandom
{
    private const int Size = 4096;

    [ThreadStatic]
    private static byte[]? s_buffer;

    [ThreadStatic]
    private static int s_used;

    public static void Fill(Span<byte> destination)
    {
        if (destination.Length > Size / 4)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }

        var buffer = s_buffer;
        if (buffer is null || s_used + destination.Length > Size)
        {
            buffer = s_buffer ??= new byte[Size];
            RandomNumberGenerator.Fill(buffer);
            s_used = 0;
        }

        var slice = buffer.AsSpan(s_used, destination.Length);
        slice.CopyTo(destination);
        slice.Clear();
        s_used += destination.Length;
    }
}
