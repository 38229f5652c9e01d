using Mamori.Detection;
using Mamori.Scanning;
using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;

namespace Mamori.Deidentification.Files;

/// <summary>Classifies a table file's columns by scanning it (headers plus values), for pseudonymisation and anonymisation.</summary>
public static class TableClassifier
{
    /// <summary>Scans the table and collects its column classifications and per-column finding counts.</summary>
    /// <param name="detector">The detector to scan with.</param>
    /// <param name="path">A CSV, TSV or XLSX file.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <exception cref="TableFileException">The scanner could not read the file.</exception>
    public static async Task<TableProfile> ClassifyAsync(PiiDetector detector, string path, CancellationToken cancellationToken = default)
    {
        var collector = new Collector();
        await new Scanner(detector, new ScanOptions { MaxParallelism = 1 }).ScanAsync([path], collector, cancellationToken).ConfigureAwait(false);
        if (collector.Error is { } error)
        {
            throw new TableFileException($"'{path}' could not be read: {error}");
        }

        return new TableProfile(collector.Columns, collector.Findings, collector.Database);
    }

    private sealed class Collector : IScanReportWriter
    {
        public Dictionary<string, string> Columns { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Findings { get; } = new(StringComparer.Ordinal);

        public bool Database { get; private set; }

        public string? Error { get; private set; }

        public void Write(ScanRecord record)
        {
            switch (record)
            {
                case ColumnClassification column:
                    Columns[column.Field] = column.Type;
                    break;
                case ScanFinding { Field: { } field }:
                    Findings[field] = Findings.GetValueOrDefault(field) + 1;
                    break;
                case DatabaseFlag:
                    Database = true;
                    break;
                case ScanError failure:
                    Error ??= failure.Message;
                    break;
            }
        }

        public void Complete(ScanSummary summary)
        {
        }
    }
}
