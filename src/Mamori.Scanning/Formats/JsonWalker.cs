using System.Text;
using System.Text.Json;
using Mamori.Detection;
using Mamori.Scanning.Tables;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Walks JSON tokens and scans every string and number with its property path as the field name
/// (<c>contact.email</c>, arrays as <c>[]</c>). A document whose root is an array of objects, and
/// every JSON Lines file, is a table: each object is a row and each path a column.
/// </summary>
internal sealed class JsonWalker
{
    private readonly FileScan _file;
    private readonly TableAccumulator _table;
    private readonly List<Frame> _frames = [];
    private readonly List<Finding> _results = [];
    private readonly bool _lines;
    private bool _isTable;
    private int? _row;

    public JsonWalker(FileScan file, bool lines)
    {
        _file = file;
        _lines = lines;
        _isTable = lines;
        _table = new TableAccumulator(file, table: null);
    }

    /// <summary>Starts a JSON Lines record at the given 1-based line.</summary>
    public void BeginLine(int line)
    {
        _frames.Clear();
        _row = line;
    }

    public void OnToken(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, Utf8Position position)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                var isArray = reader.TokenType == JsonTokenType.StartArray;
                if (_frames.Count == 0)
                {
                    if (_lines)
                    {
                        _table.Rows++;
                    }

                    _frames.Add(new Frame(isArray, Segment: null, RecordRoot: _lines));
                    break;
                }

                var parent = _frames[^1];
                var segment = ChildSegment(parent);
                parent.Index++;
                var recordRoot = false;
                if (!_lines && _frames.Count == 1 && parent.IsArray && !isArray)
                {
                    // An object directly in a root array: a table row.
                    _isTable = true;
                    _row = parent.Index;
                    _table.Rows++;
                    recordRoot = true;
                }

                _frames.Add(new Frame(isArray, segment, recordRoot));
                break;

            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                if (_frames.Count > 0)
                {
                    var closed = _frames[^1];
                    _frames.RemoveAt(_frames.Count - 1);
                    if (closed.RecordRoot && !_lines)
                    {
                        _row = null;
                    }
                }

                break;

            case JsonTokenType.PropertyName:
                if (_frames.Count > 0)
                {
                    _frames[^1].Property = reader.GetString();
                }

                break;

            case JsonTokenType.String:
            case JsonTokenType.Number:
                ScanValue(ref reader, buffer, position);
                break;

            default:
                if (_frames.Count > 0)
                {
                    _frames[^1].Index++;
                }

                break;
        }
    }

    public void Complete()
    {
        if (_isTable)
        {
            _table.Complete();
        }
    }

    private void ScanValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, Utf8Position position)
    {
        string? field = null;
        if (_frames.Count > 0)
        {
            var parent = _frames[^1];
            field = FieldPath(ChildSegment(parent));
            parent.Index++;
        }

        var isString = reader.TokenType == JsonTokenType.String;
        var raw = Encoding.UTF8.GetString(reader.ValueSpan);
        var cell = CellText.FromJson(raw); // unescaped values hold no backslash: the map is the identity
        var inRecord = _isTable && _row is not null;
        if (inRecord)
        {
            _file.DetectCell(_table.Column(field ?? "[]"), cell.Value, _results);
        }
        else
        {
            _results.Clear();
            _file.Detector.Detect(cell.Value, field, _results);
        }

        if (_results.Count == 0)
        {
            return;
        }

        position.AdvanceTo(buffer, (int)reader.TokenStartIndex);
        var firstColumn = position.Column + (isString ? 2 : 1); // 1-based column of the value's first character
        foreach (var finding in _results)
        {
            var (rawStart, rawLength) = cell.ToRaw(finding.Start, finding.Length);
            var record = _file.CreateFinding(finding with { Start = rawStart, Length = rawLength }, raw, position.Line, firstColumn + rawStart);
            _file.Emit(inRecord || field is not null ? record with { Row = inRecord ? _row : null, Field = field } : record);
        }
    }

    private static string? ChildSegment(Frame parent) => parent.IsArray ? "[]" : parent.Property;

    /// <summary>The dotted path below the record (or the root), ending with <paramref name="last"/>.</summary>
    private string? FieldPath(string? last)
    {
        var builder = new StringBuilder();
        var start = 1;
        for (var i = _frames.Count - 1; i >= 1; i--)
        {
            if (_frames[i].RecordRoot)
            {
                start = i + 1;
                break;
            }
        }

        for (var i = start; i < _frames.Count; i++)
        {
            Append(builder, _frames[i].Segment);
        }

        Append(builder, last);
        return builder.Length == 0 ? null : builder.ToString();

        static void Append(StringBuilder builder, string? segment)
        {
            if (segment is null)
            {
                return;
            }

            if (builder.Length > 0 && segment != "[]")
            {
                builder.Append('.');
            }

            builder.Append(segment);
        }
    }

    private sealed class Frame(bool isArray, string? Segment, bool RecordRoot)
    {
        public bool IsArray { get; } = isArray;

        public string? Segment { get; } = Segment;

        public bool RecordRoot { get; } = RecordRoot;

        public string? Property { get; set; }

        public int Index { get; set; }
    }
}
