using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;

namespace Mamori.Platform.Tests.Harness;

/// <summary>Keeps what a scan reports, for assertions.</summary>
public sealed class CollectingWriter : IScanReportWriter
{
    private readonly List<ScanRecord> _records = [];

    public IReadOnlyList<ScanRecord> Records => _records;

    public ScanSummary? Summary { get; private set; }

    public void Write(ScanRecord record) => _records.Add(record);

    public void Complete(ScanSummary summary) => Summary = summary;
}
