using System.Buffers;

namespace Mamori.Scanning.Text;

/// <summary>
/// Reads a text in blocks of about <c>chunkChars</c> characters, each cut after a line end, so memory
/// stays bounded whatever the file size while line numbers stay right. A line longer than twice the
/// block size is cut (at a space when there is one) and continues in the next block.
/// </summary>
internal sealed class TextChunker : IDisposable
{
    private readonly TextReader _reader;
    private readonly int _chunkChars;
    private char[] _buffer;
    private int _length;
    private bool _eof;
    private int _line = 1;
    private int _columnOffset;

    public TextChunker(TextReader reader, int chunkChars)
    {
        _reader = reader;
        _chunkChars = Math.Max(16, chunkChars);
        _buffer = ArrayPool<char>.Shared.Rent(_chunkChars * 2);
    }

    public TextChunk? Next()
    {
        while (!_eof && _length < _chunkChars)
        {
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _eof = true;
            }

            _length += read;
        }

        if (_length == 0)
        {
            return null;
        }

        var cut = _eof ? _length : FindCut();

        var text = new string(_buffer, 0, cut);
        var chunk = new TextChunk(text, _line, _columnOffset);
        var lastBreak = text.LastIndexOf('\n');
        var breaks = text.AsSpan().Count('\n');
        _line += breaks;
        _columnOffset = lastBreak < 0 ? _columnOffset + cut : cut - lastBreak - 1;
        Array.Copy(_buffer, cut, _buffer, 0, _length - cut);
        _length -= cut;
        return chunk;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>After the last line break; else after the last space in the second half; else the whole buffer.</summary>
    private int FindCut()
    {
        var span = _buffer.AsSpan(0, _length);
        var lastBreak = span.LastIndexOf('\n');
        if (lastBreak >= 0)
        {
            return lastBreak + 1;
        }

        if (_length < _buffer.Length && !_eof)
        {
            // Not full yet: read more before cutting a line.
            return ReadMoreThenCut();
        }

        var space = span[(_length / 2)..].LastIndexOfAny(' ', '\t');
        var cut = space >= 0 ? (_length / 2) + space + 1 : _length;
        return AvoidSplittingSurrogate(cut);
    }

    private int ReadMoreThenCut()
    {
        while (!_eof && _length < _buffer.Length)
        {
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _eof = true;
            }

            _length += read;
            var lastBreak = _buffer.AsSpan(0, _length).LastIndexOf('\n');
            if (lastBreak >= 0)
            {
                return lastBreak + 1;
            }
        }

        if (_eof)
        {
            return _length;
        }

        var span = _buffer.AsSpan(0, _length);
        var space = span[(_length / 2)..].LastIndexOfAny(' ', '\t');
        return AvoidSplittingSurrogate(space >= 0 ? (_length / 2) + space + 1 : _length);
    }

    private int AvoidSplittingSurrogate(int cut) =>
        cut > 0 && cut < _length && char.IsHighSurrogate(_buffer[cut - 1]) ? cut - 1 : cut;
}
