namespace Mamori.Scanning.Text;

/// <summary>
/// A block of a text file, cut at a line end where possible, with where it starts.
/// </summary>
/// <param name="Text">The decoded text.</param>
/// <param name="FirstLine">1-based line of the first character.</param>
/// <param name="FirstColumnOffset">Characters of the first line that lie in the previous chunk (0 unless a very long line was cut).</param>
internal sealed record TextChunk(string Text, int FirstLine, int FirstColumnOffset)
{
    private int[]? _lineBreaks;

    /// <summary>Maps an offset in <see cref="Text"/> to a 1-based line and UTF-16 column of the file.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        _lineBreaks ??= FindLineBreaks(Text);
        var index = Array.BinarySearch(_lineBreaks, offset);
        var before = index >= 0 ? index : ~index; // line breaks strictly before offset (a '\n' at offset belongs to its line)
        if (before == 0)
        {
            return (FirstLine, FirstColumnOffset + offset + 1);
        }

        return (FirstLine + before, offset - _lineBreaks[before - 1]);
    }

    private static int[] FindLineBreaks(string text)
    {
        var breaks = new List<int>();
        for (var at = text.IndexOf('\n', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            breaks.Add(at);
        }

        return [.. breaks];
    }
}
