namespace Mamori.Detection.Text;

/// <summary>
/// A text folded for matching (full-width ASCII, half-width katakana, compatibility characters,
/// dash look-alikes between digits) with a map from every folded offset back to the original.
/// Most folding is one character for one, so the map only records the units whose length changed.
/// </summary>
public sealed class NormalizedText
{
    private readonly FoldedUnit[] _units; // units whose length changed, in text order

    internal NormalizedText(string original, string text, FoldedUnit[] units)
    {
        Original = original;
        Text = text;
        _units = units;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded text recognizers match against.</summary>
    public string Text { get; }

    /// <summary>True when offsets are the same in both texts (nothing folded, or only one-for-one).</summary>
    public bool IsIdentity => _units.Length == 0;

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    /// <param name="start">Start in the folded text.</param>
    /// <param name="length">Length in the folded text.</param>
    /// <returns>Start and length in the original text; a span touching part of a folded unit covers all of it.</returns>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_units.Length == 0)
        {
            return (start, length);
        }

        var originalStart = Map(start, isEnd: false);
        var originalEnd = length == 0 ? originalStart : Map(start + length, isEnd: true);
        return (originalStart, originalEnd - originalStart);
    }

    private int Map(int position, bool isEnd)
    {
        // The last unit starting at or before the position (for an end, strictly before it).
        int low = 0, high = _units.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var unitStart = _units[mid].TextStart;
            if (unitStart < position || (!isEnd && unitStart == position))
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (found < 0)
        {
            return position;
        }

        var unit = _units[found];
        var unitEnd = unit.TextStart + unit.TextLength;
        if (position < unitEnd || (isEnd && position == unitEnd))
        {
            return isEnd ? unit.OriginalStart + unit.OriginalLength : unit.OriginalStart;
        }

        return unit.OriginalStart + unit.OriginalLength + (position - unitEnd);
    }
}
