using Mamori.Core.Security;

namespace Mamori.Core.Subjects;

/// <summary>
/// Ids as <c>prefix</c> + a version-7 UUID in hex (RFC 9562: 48-bit Unix milliseconds, then random bits), the same
/// form <see cref="Guid.CreateVersion7()"/> gives, with the random bits from <see cref="BufferedRandom"/>: bulk
/// imports make ten ids per person, and one system call each was a fifth of an import's time.
/// </summary>
internal static class TimeOrderedId
{
    public static string New(char prefix)
    {
        Span<byte> bytes = stackalloc byte[16];
        BufferedRandom.Fill(bytes[6..]);
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant

        // One allocation: the prefix and the hex digits written straight into the string.
        return string.Create(33, (prefix, Bytes: new Uuid(bytes)), static (chars, state) =>
        {
            chars[0] = state.prefix;
            Convert.TryToHexStringLower(state.Bytes, chars[1..], out _);
        });
    }

    /// <summary>The 16 bytes of a UUID by value (a span cannot be captured by the string's initialiser).</summary>
    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct Uuid
    {
        private byte _first;

        public Uuid(ReadOnlySpan<byte> bytes) => bytes.CopyTo(this);
    }
}
