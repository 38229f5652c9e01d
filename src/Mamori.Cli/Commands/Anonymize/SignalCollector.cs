using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>Collects, per column of a scanned sample, its classification and the rows holding identifying findings.</summary>
internal sealed class SignalCollector : IScanReportWriter
{
    private readonly Dictionary<string, ColumnClassification> _classifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (HashSet<int> Rows, SortedSet<string> Types)> _findings = new(StringComparer.Ordinal);

    /// <summary>Whether the scanner could not read the sample.</summary>
    public bool Failed { get; private set; }

    public void Write(ScanRecord record)
    {
        switch (record)
        {
            case ColumnClassification column:
                _classifications[column.Field] = column;
                break;
            case ScanFinding { Field: { } field } finding when RoleRules.IsIdentifyingFinding(finding.Type, finding.Category):
                if (!_findings.TryGetValue(field, out var seen))
                {
                    seen = ([], new SortedSet<string>(StringComparer.Ordinal));
                    _findings[field] = seen;
                }

                seen.Rows.Add(finding.Row ?? finding.Line);
                seen.Types.Add(finding.Type);
                break;
            case ScanError:
                Failed = true;
                break;
        }
    }

    public void Complete(ScanSummary summary)
    {
    }

    /// <summary>The signals of a column (looked up by its trimmed header, as the scanner names fields).</summary>
    public ColumnSignals For(string column)
    {
        var field = column.Trim();
        _classifications.TryGetValue(field, out var classification);
        return _findings.TryGetValue(field, out var found)
            ? new ColumnSignals(classification, found.Rows.Count, [.. found.Types])
            : new ColumnSignals(classification, 0, []);
    }
}
