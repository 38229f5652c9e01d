namespace Mamori.Detection.Text;

/// <summary>
/// A maximal run of ASCII digits in folded text, possibly split into groups by single '-' or ' '
/// (e.g. <c>1234 5678 9012</c>, <c>090-1234-5678</c>). Never preceded or followed by a digit.
/// </summary>
/// <param name="Start">Offset of the first digit.</param>
/// <param name="Length">Length including the separators.</param>
/// <param name="DigitCount">Number of digits.</param>
/// <param name="GroupCount">Number of digit groups (1 when there is no separator).</param>
/// <param name="Separator">The separator between groups ('-' or ' '), or '\0' with one group; mixed separators give '?'.</param>
public readonly record struct DigitRun(int Start, int Length, int DigitCount, int GroupCount, char Separator)
{
    /// <summary>Offset just past the last digit.</summary>
    public int End => Start + Length;

    /// <summary>Copies the digits (without separators) into <paramref name="destination"/>.</summary>
    /// <param name="text">The text the run was found in.</param>
    /// <param name="destination">At least <see cref="DigitCount"/> long.</param>
    /// <returns>The filled part of <paramref name="destination"/>.</returns>
    public ReadOnlySpan<char> CopyDigits(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        foreach (var c in text.Slice(Start, Length))
        {
            if (char.IsAsciiDigit(c))
            {
                destination[written++] = c;
            }
        }

        return destination[..written];
    }

    /// <summary>Writes the length of each digit group into <paramref name="destination"/>.</summary>
    /// <param name="text">The text the run was found in.</param>
    /// <param name="destination">At least <see cref="GroupCount"/> long.</param>
    /// <returns>The filled part of <paramref name="destination"/>.</returns>
    public ReadOnlySpan<int> GroupLengths(ReadOnlySpan<char> text, Span<int> destination)
    {
        var group = 0;
        var length = 0;
        foreach (var c in text.Slice(Start, Length))
        {
            if (char.IsAsciiDigit(c))
            {
                length++;
            }
            else
            {
                destination[group++] = length;
                length = 0;
            }
        }

        destination[group++] = length;
        return destination[..group];
    }

    /// <summary>True when the groups have exactly these lengths, e.g. <c>HasGroups(text, 4, 4, 4)</c>.</summary>
    /// <param name="text">The text the run was found in.</param>
    /// <param name="lengths">The expected group lengths.</param>
    public bool HasGroups(ReadOnlySpan<char> text, params ReadOnlySpan<int> lengths)
    {
        if (lengths.Length != GroupCount)
        {
            return false;
        }

        Span<int> actual = stackalloc int[GroupCount];
        return GroupLengths(text, actual).SequenceEqual(lengths);
    }

    /// <summary>The character before the run, or '\0' at the start of the text.</summary>
    /// <param name="text">The text the run was found in.</param>
    public char Before(ReadOnlySpan<char> text) => Start > 0 ? text[Start - 1] : '\0';

    /// <summary>The character after the run, or '\0' at the end of the text.</summary>
    /// <param name="text">The text the run was found in.</param>
    public char After(ReadOnlySpan<char> text) => End < text.Length ? text[End] : '\0';

    /// <summary>True when the run touches an ASCII letter or digit-like joiner on either side (part of a code such as <c>A123</c> or <c>1.5</c>).</summary>
    /// <param name="text">The text the run was found in.</param>
    public bool IsEmbedded(ReadOnlySpan<char> text)
    {
        var before = Before(text);
        var after = After(text);
        return char.IsAsciiLetter(before) || char.IsAsciiLetter(after) || before is '.' or '_' or '/' or '#'
            || (after is '.' or '_' or '/' && End + 1 < text.Length && char.IsAsciiDigit(text[End + 1]))
            || (before == '-' && Start >= 2 && char.IsAsciiLetterOrDigit(text[Start - 2]))
            || (after == '-' && End + 1 < text.Length && char.IsAsciiLetterOrDigit(text[End + 1]));
    }

    /// <summary>Finds every digit run in <paramref name="text"/>, in order.</summary>
    /// <param name="text">Folded text.</param>
    public static Enumerator Find(ReadOnlySpan<char> text) => new(text);

    /// <summary>Enumerates digit runs without allocating.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        internal Enumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
            Current = default;
        }

        /// <summary>The current run.</summary>
        public DigitRun Current { get; private set; }

        /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>Advances to the next run.</summary>
        public bool MoveNext()
        {
            var offset = _text[_position..].IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                _position = _text.Length;
                return false;
            }

            var start = _position + offset;
            var i = start;
            var digits = 0;
            var groups = 1;
            var separator = '\0';
            while (i < _text.Length)
            {
                var c = _text[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    i++;
                }
                else if (c is '-' or ' ' && i + 1 < _text.Length && char.IsAsciiDigit(_text[i + 1]))
                {
                    separator = separator == '\0' || separator == c ? c : '?';
                    groups++;
                    i++;
                }
                else
                {
                    break;
                }
            }

            Current = new DigitRun(start, i - start, digits, groups, separator);
            _position = i;
            return true;
        }
    }
}
