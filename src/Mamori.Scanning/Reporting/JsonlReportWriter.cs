using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// <c>--format jsonl</c>: one JSON object per line, as records arrive (nothing is held back, so memory
/// stays flat on any scan). Findings are <c>{"path","line","column","length","type","category","confidence",…}</c>;
/// other records carry <c>"kind"</c>: <c>column</c>, <c>database</c>, <c>error</c>. File summaries and totals are not written.
/// </summary>
public sealed class JsonlReportWriter : IScanReportWriter, IDisposable
{
    private readonly JsonTextOutput _output;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the lines go.</param>
    public JsonlReportWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = new JsonTextOutput(output, indented: false);
    }

    /// <inheritdoc />
    public void Write(ScanRecord record)
    {
        switch (record)
        {
            case ScanFinding finding:
                RecordJson.WriteFinding(_output.Json, finding);
                break;
            case ColumnClassification column:
                RecordJson.WriteColumn(_output.Json, column, withKind: true);
                break;
            case DatabaseFlag flag:
                RecordJson.WriteDatabase(_output.Json, flag, withKind: true);
                break;
            case ScanError error:
                RecordJson.WriteError(_output.Json, error, withKind: true);
                break;
            default:
                return;
        }

        _output.NewLine();
    }

    /// <inheritdoc />
    public void Complete(ScanSummary summary) => _output.Flush(force: true);

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
