using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;

namespace Mamori.Cli.Commands.Scan;

/// <summary>Passes records to the report writer and to the <c>--fail-on</c> rule.</summary>
internal sealed class ObservingWriter(IScanReportWriter inner, FailOnRule failOn) : IScanReportWriter
{
    public void Write(ScanRecord record)
    {
        failOn.Observe(record);
        inner.Write(record);
    }

    public void Complete(ScanSummary summary) => inner.Complete(summary);
}
