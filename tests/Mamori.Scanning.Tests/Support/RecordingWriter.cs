using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;

namespace Mamori.Scanning.Tests.Support;

/// <summary>Keeps every record a scan produces.</summary>
internal sealed class RecordingWriter : IScanReportWriter
{
    public List<ScanRecord> Records { get; } = [];

    public ScanSummary? Summary { get; private set; }

    public IEnumerable<ScanFinding> Findings => Records.OfType<ScanFinding>();

    public IEnumerable<ColumnClassification> Columns => Records.OfType<ColumnClassification>();

    public IEnumerable<DatabaseFlag> Databases => Records.OfType<DatabaseFlag>();

    public IEnumerable<ScanError> Errors => Records.OfType<ScanError>();

    public IEnumerable<FileSummary> Files => Records.OfType<FileSummary>();

    public void Write(ScanRecord record) => Records.Add(record);

    public void Complete(ScanSummary summary) => Summary = summary;
}
