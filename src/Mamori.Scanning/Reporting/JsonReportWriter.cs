using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// <c>--format json</c>: one document <c>{"tool","version","findings":[…],"columns":[…],"databases":[…],"errors":[…],"files":[…],"summary":{…}}</c>.
/// Findings are streamed as they arrive; the other sections (small) are written at the end.
/// </summary>
public sealed class JsonReportWriter : IScanReportWriter, IDisposable
{
    private readonly JsonTextOutput _output;
    private readonly List<ColumnClassification> _columns = [];
    private readonly List<DatabaseFlag> _databases = [];
    private readonly List<ScanError> _errors = [];
    private readonly List<FileSummary> _files = [];

    /// <summary>Writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the document goes.</param>
    public JsonReportWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = new JsonTextOutput(output, indented: true);
        var json = _output.Json;
        json.WriteStartObject();
        json.WriteString("tool", "mamori");
        json.WriteString("version", ToolInfo.Version);
        json.WriteStartArray("findings");
    }

    /// <inheritdoc />
    public void Write(ScanRecord record)
    {
        switch (record)
        {
            case ScanFinding finding:
                RecordJson.WriteFinding(_output.Json, finding);
                _output.Flush();
                break;
            case ColumnClassification column:
                _columns.Add(column);
                break;
            case DatabaseFlag flag:
                _databases.Add(flag);
                break;
            case ScanError error:
                _errors.Add(error);
                break;
            case FileSummary file:
                _files.Add(file);
                break;
        }
    }

    /// <inheritdoc />
    public void Complete(ScanSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var json = _output.Json;
        json.WriteEndArray();
        json.WriteStartArray("columns");
        _columns.ForEach(c => RecordJson.WriteColumn(json, c, withKind: false));
        json.WriteEndArray();
        json.WriteStartArray("databases");
        _databases.ForEach(d => RecordJson.WriteDatabase(json, d, withKind: false));
        json.WriteEndArray();
        json.WriteStartArray("errors");
        _errors.ForEach(e => RecordJson.WriteError(json, e, withKind: false));
        json.WriteEndArray();
        json.WriteStartArray("files");
        _files.ForEach(f => RecordJson.WriteFile(json, f));
        json.WriteEndArray();
        json.WritePropertyName("summary");
        RecordJson.WriteSummary(json, summary);
        json.WriteEndObject();
        _output.Flush(force: true);
        _output.NewLine();
    }

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
