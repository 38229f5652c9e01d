using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// Receives a scan's records in a stable order (files in the order given, directories sorted; within a
/// file: findings by position, then columns, database flags, errors and the file summary), one call
/// at a time, then the totals.
/// </summary>
public interface IScanReportWriter
{
    /// <summary>Takes one record.</summary>
    /// <param name="record">A finding, column, database flag, error or file summary.</param>
    void Write(ScanRecord record);

    /// <summary>Called once after the last record.</summary>
    /// <param name="summary">The scan's totals.</param>
    void Complete(ScanSummary summary);
}
