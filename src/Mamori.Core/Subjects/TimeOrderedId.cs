using Mamori.Core.Security;

namespace Mamori.Core.Subjects;

/// <summary>
/// Ids as <c>prefix</c> + a version-7 UUID in hex (RFC 9562: 48-bit Unix milliseconds, a 12-bit counter in
/// <c>rand_a</c>, then random bits), with the random bits from <see cref="BufferedRandom"/>: bulk imports make ten ids
/// per person, and one system call each was a fifth of an import's time. The counter (the RFC's "fixed bit-length
/// dedicated counter") makes the ids of one process strictly increasing: things written in the same millisecond keep
/// the order they were written in, and indexes on ids are appended to at their right-hand end.
/// </summary>
internal static class TimeOrderedId
{
    // Unix milliseconds << 12 | counter, of the last id made by this process.
    private static long s_last;

    public static string New(char prefix)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 12;
        long last, next;
        do
        {
            last = Volatile.Read(ref s_last);
            next = Math.Max(now, last + 1); // past 4,096 ids in a millisecond the counter carries into the time
        }
        while (Interlocked.CompareExchange(ref s_last, next, last) != last);

        Span<byte> bytes = stackalloc byte[16];
        BufferedRandom.Fill(bytes[8..]);
        var milliseconds = next >> 12;
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        var counter = (int)(next & 0xFFF);
        bytes[6] = (byte)(0x70 | (counter >> 8)); // version 7, counter high bits
        bytes[7] = (byte)counter;
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
