namespace Mamori.Scanning.Formats;

/// <summary>
/// Follows a UTF-8 byte stream and knows the 1-based line and the UTF-16 column (0-based) of any later
/// byte: JSON readers report byte offsets, findings report UTF-16 columns of the decoded text.
/// </summary>
internal sealed class Utf8Position(int line = 1)
{
    private int _offset;

    public int Line { get; private set; } = line;

    /// <summary>0-based UTF-16 column of the byte at the current offset.</summary>
    public int Column { get; private set; }

    /// <summary>Moves to <paramref name="target"/> (an offset in <paramref name="buffer"/>, not before the current one).</summary>
    public void AdvanceTo(ReadOnlySpan<byte> buffer, int target)
    {
        for (var i = _offset; i < target; i++)
        {
            var b = buffer[i];
            if (b == (byte)'\n')
            {
                Line++;
                Column = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                Column += b >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
            }
        }

        _offset = Math.Max(_offset, target);
    }

    /// <summary>The buffer dropped its first <paramref name="consumed"/> bytes.</summary>
    public void Rebase(int consumed) => _offset -= consumed;
}
