namespace Mamori.Scanning.Formats;

/// <summary>
/// A cell's value unescaped from its raw form (CSV quotes, JSON escapes), with a map from every
/// value offset back to the raw text so findings point at the file.
/// </summary>
internal readonly struct CellText
{
    private readonly int[]? _map; // _map[i] = raw offset of value char i; _map[^1] = raw length
    private readonly int _shift;

    private CellText(string value, int[]? map, int shift)
    {
        Value = value;
        _map = map;
        _shift = shift;
    }

    public string Value { get; }

    /// <summary>Raw offset and length of a span of the value.</summary>
    public (int Start, int Length) ToRaw(int start, int length)
    {
        if (_map is null)
        {
            return (start + _shift, length);
        }

        var rawStart = _map[start];
        return (rawStart, _map[start + length] - rawStart);
    }

    /// <summary>A CSV field: surrounding quotes removed and doubled quotes folded.</summary>
    public static CellText FromCsv(ReadOnlySpan<char> raw)
    {
        if (raw.Length == 0 || raw[0] != '"')
        {
            return new CellText(raw.ToString(), null, 0);
        }

        var end = raw.Length > 1 && raw[^1] == '"' ? raw.Length - 1 : raw.Length;
        var inner = raw[1..end];
        if (!inner.Contains('"'))
        {
            return new CellText(inner.ToString(), null, 1);
        }

        var chars = new char[inner.Length];
        var map = new int[inner.Length + 1];
        var written = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            map[written] = i + 1;
            chars[written++] = inner[i];
            if (inner[i] == '"' && i + 1 < inner.Length && inner[i + 1] == '"')
            {
                i++;
            }
        }

        map[written] = end;
        return new CellText(new string(chars, 0, written), map[..(written + 1)], 0);
    }

    /// <summary>A JSON string's content (without the quotes), escapes resolved.</summary>
    public static CellText FromJson(string raw)
    {
        if (!raw.Contains('\\'))
        {
            return new CellText(raw, null, 0);
        }

        var chars = new char[raw.Length];
        var map = new int[raw.Length + 1];
        var written = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            map[written] = i;
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                chars[written++] = c;
                continue;
            }

            var next = raw[++i];
            switch (next)
            {
                case 'n': chars[written++] = '\n'; break;
                case 't': chars[written++] = '\t'; break;
                case 'r': chars[written++] = '\r'; break;
                case 'b': chars[written++] = '\b'; break;
                case 'f': chars[written++] = '\f'; break;
                case 'u' when i + 4 < raw.Length && ushort.TryParse(raw.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    chars[written++] = (char)code;
                    i += 4;
                    break;
                default: chars[written++] = next; break;
            }
        }

        map[written] = raw.Length;
        return new CellText(new string(chars, 0, written), map[..(written + 1)], 0);
    }
}
