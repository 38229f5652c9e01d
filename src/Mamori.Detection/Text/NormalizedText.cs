namespace Mamori.Detection.Text;

/// <summary>
/// A text folded for matching (full-width ASCII, half-width katakana, compatibility characters,
/// dash look-alikes between digits) with a map from every folded offset back to the original.
/// </summary>
public sealed class NormalizedText
{
    // _map[i] is the original offset of the unit that produced folded char i; _map[^1] is the original length.
    private readonly int[]? _map;

    internal NormalizedText(string original, string text, int[]? map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded text recognizers match against.</summary>
    public string Text { get; }

    /// <summary>True when folding changed nothing, so offsets are the same in both texts.</summary>
    public bool IsIdentity => _map is null;

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    /// <param name="start">Start in the folded text.</param>
    /// <param name="length">Length in the folded text.</param>
    /// <returns>Start and length in the original text.</returns>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_map is null)
        {
            return (start, length);
        }

        var originalStart = _map[start];
        if (length == 0)
        {
            return (originalStart, 0);
        }

        // A span ending inside a unit that expanded (㍻ → 平成) still covers that whole unit.
        var end = start + length;
        while (end < Text.Length && _map[end] == _map[end - 1])
        {
            end++;
        }

        return (originalStart, _map[end] - originalStart);
    }
}
