using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Mamori.Benchmarks;

/// <summary>A summary column with MB/s: UTF-8 bytes of the benchmark input per second of mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc/>
    public string ColumnName => "MB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Throughput: UTF-8 megabytes (10^6 bytes) of input per second, from the mean, on one thread";

    /// <summary>MB/s of a benchmark case, or null when it has no result.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    public static double? MegabytesPerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean; // nanoseconds per operation
        return mean is > 0 ? BenchmarkInput.Utf8Bytes / 1e6 / (mean.Value / 1e9) : null;
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        MegabytesPerSecond(summary, benchmarkCase)?.ToString("0.0", CultureInfo.InvariantCulture) ?? "NA";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
