using System.Text;

namespace Mamori.Scanning.Text;

/// <summary>
/// Decides how to decode a file from its first bytes: a byte-order mark first (UTF-8, UTF-16), then UTF-8
/// validity (pure ASCII is UTF-8), then a plausibility score between Shift_JIS (CP932) and EUC-JP that
/// rewards kana and kanji and punishes undecodable bytes and stray half-width katakana. NUL bytes
/// without a UTF-16 mark mean binary data. Decoders never throw: a wrong guess gives U+FFFD, not a crash.
/// </summary>
public static class TextEncodingDetector
{
    /// <summary>How many leading bytes are sniffed.</summary>
    public const int SampleSize = 64 * 1024;

    private const char Replacement = '\uFFFD';

    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding s_utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding s_utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding s_shiftJis;
    private static readonly Encoding s_eucJp;

    static TextEncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var fallback = new DecoderReplacementFallback(Replacement.ToString());
        s_shiftJis = Encoding.GetEncoding(932, EncoderFallback.ReplacementFallback, fallback);
        s_eucJp = Encoding.GetEncoding(51932, EncoderFallback.ReplacementFallback, fallback);
    }

    /// <summary>UTF-8 without a BOM, replacing invalid bytes.</summary>
    public static Encoding Utf8 => s_utf8;

    /// <summary>Shift_JIS as Windows writes it (CP932), replacing invalid bytes.</summary>
    public static Encoding ShiftJis => s_shiftJis;

    /// <summary>EUC-JP, replacing invalid bytes.</summary>
    public static Encoding EucJp => s_eucJp;

    /// <summary>Sniffs the start of a file.</summary>
    /// <param name="sample">The first bytes (up to <see cref="SampleSize"/>).</param>
    /// <param name="isWholeFile">True when <paramref name="sample"/> is the whole file (its end is not a cut).</param>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(s_utf8, "utf-8-bom", 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(s_utf16Le, "utf-16le", 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(s_utf16Be, "utf-16be", 2);
        }

        if (sample.Contains((byte)0))
        {
            return new DetectedEncoding(null, "binary", 0);
        }

        var checkable = isWholeFile ? sample : TrimIncompleteUtf8(sample);
        if (System.Text.Unicode.Utf8.IsValid(checkable))
        {
            return new DetectedEncoding(s_utf8, "utf-8", 0);
        }

        var sjis = Plausibility(s_shiftJis.GetString(sample));
        var euc = Plausibility(s_eucJp.GetString(sample));
        return euc > sjis
            ? new DetectedEncoding(s_eucJp, "euc-jp", 0)
            : new DetectedEncoding(s_shiftJis, "shift_jis", 0);
    }

    /// <summary>Sniffs a file's first <see cref="SampleSize"/> bytes.</summary>
    /// <param name="stream">A readable stream at its start; its position is restored when seekable.</param>
    public static DetectedEncoding Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[SampleSize];
        var start = stream.CanSeek ? stream.Position : 0;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (stream.CanSeek)
        {
            stream.Position = start;
        }

        return Detect(buffer.AsSpan(0, read), read < buffer.Length);
    }

    /// <summary>Higher means more like Japanese text: kana and kanji score, replacement characters and control characters cost.</summary>
    internal static int Plausibility(string decoded)
    {
        var score = 0;
        foreach (var c in decoded)
        {
            score += c switch
            {
                Replacement => -8,
                >= '\u3040' and <= '\u30FF' => 3, // hiragana, katakana
                >= '\u4E00' and <= '\u9FFF' => 2, // CJK ideographs
                >= '\u3000' and <= '\u303F' => 1, // Japanese punctuation
                >= '\uFF01' and <= '\uFF5E' => 1, // full-width ASCII
                >= '\uFF61' and <= '\uFF9F' => -1, // half-width katakana: rare in real text, common in mis-decoded EUC-JP
                < ' ' and not ('\t' or '\n' or '\r') => -4,
                _ => 0,
            };
        }

        return score;
    }

    /// <summary>Drops a UTF-8 sequence cut off at the end of a sample.</summary>
    private static ReadOnlySpan<byte> TrimIncompleteUtf8(ReadOnlySpan<byte> sample)
    {
        for (var back = 1; back <= Math.Min(3, sample.Length); back++)
        {
            var b = sample[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: keep looking for the lead
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? sample[..^back] : sample;
        }

        return sample;
    }
}
