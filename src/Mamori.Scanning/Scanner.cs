using System.Diagnostics;
using System.Threading.Channels;
using Mamori.Detection;
using Mamori.Scanning.Formats;
using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;

namespace Mamori.Scanning;

/// <summary>
/// Scans files, folders, archives and databases for personal information and hands the records to a
/// report writer. Files are scanned in parallel (and chunks of a large text file too) up to
/// <see cref="ScanOptions.MaxParallelism"/>, yet records come out in a stable order: targets in the
/// order given, folders sorted, and each file's records together. A file that cannot be read becomes an
/// error record and the scan goes on.
/// </summary>
public sealed class Scanner
{
    private readonly PiiDetector _detector;
    private readonly ScanOptions _options;

    /// <summary>Creates a scanner.</summary>
    /// <param name="detector">The detector run on every text, cell and value.</param>
    /// <param name="options">How files and tables are walked; null for the defaults.</param>
    public Scanner(PiiDetector detector, ScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
        _options = options ?? new ScanOptions();
        Catalog = new EntityCatalog(detector.Recognizers);
    }

    /// <summary>Every entity id this scanner can report, with its category.</summary>
    public EntityCatalog Catalog { get; }

    /// <summary>Scans files and folders.</summary>
    /// <param name="paths">Files or folders (folders are walked recursively, sorted).</param>
    /// <param name="writer">Receives the records.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <returns>The totals.</returns>
    public Task<ScanSummary> ScanAsync(IEnumerable<string> paths, IScanReportWriter writer, CancellationToken cancellationToken = default) =>
        ScanAsync(paths, [], writer, null, cancellationToken);

    /// <summary>Scans files, folders and PostgreSQL databases.</summary>
    /// <param name="paths">Files or folders (folders are walked recursively, sorted).</param>
    /// <param name="postgresConnectionStrings">PostgreSQL databases to sample (Npgsql connection strings).</param>
    /// <param name="writer">Receives the records.</param>
    /// <param name="progress">Told after each file; may be null.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <returns>The totals.</returns>
    public async Task<ScanSummary> ScanAsync(
        IEnumerable<string> paths,
        IEnumerable<string> postgresConnectionStrings,
        IScanReportWriter writer,
        IProgress<ScanProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(postgresConnectionStrings);
        ArgumentNullException.ThrowIfNull(writer);
        var stopwatch = Stopwatch.StartNew();
        using var session = new ScanSession(_detector, _options, Catalog, cancellationToken);
        var totals = new ScanTotals();
        var window = Math.Max(1, _options.MaxParallelism);
        var queue = Channel.CreateBounded<Channel<ScanRecord>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        var running = new List<Task>();

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var target in ScanTargets.Enumerate(paths, postgresConnectionStrings, _options))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var records = Channel.CreateUnbounded<ScanRecord>(new UnboundedChannelOptions { SingleReader = true });
                        await queue.Writer.WriteAsync(records, cancellationToken).ConfigureAwait(false);
                        lock (running)
                        {
                            running.RemoveAll(t => t.IsCompleted);
                            running.Add(Task.Run(() => RunAsync(session, target, records.Writer), CancellationToken.None));
                        }
                    }
                }
                finally
                {
                    queue.Writer.TryComplete();
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var records in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await foreach (var record in records.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    totals.Add(record);
                    writer.Write(record);
                    if (record is FileSummary done)
                    {
                        progress?.Report(new ScanProgress(totals.Files, done.Path));
                    }
                }
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            Task[] outstanding;
            lock (running)
            {
                outstanding = [.. running];
            }

            await Task.WhenAll(outstanding.Append(producer)).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }

        var summary = totals.ToSummary(stopwatch.Elapsed);
        writer.Complete(summary);
        return summary;
    }

    private static async Task RunAsync(ScanSession session, ScanTarget target, ChannelWriter<ScanRecord> output)
    {
        try
        {
            switch (target)
            {
                case ScanTarget.File file:
                    await FileDispatcher.ScanAsync(new FileScan(session, output, file.ReportedPath, file.PhysicalPath, 0, null, holdsWorker: false)).ConfigureAwait(false);
                    break;
                case ScanTarget.Postgres database:
                    await PostgresScanner.ScanAsync(session, database.ConnectionString, output).ConfigureAwait(false);
                    break;
                case ScanTarget.Failure failure:
                    output.TryWrite(new ScanError(failure.ReportedPath, failure.Code, failure.Message));
                    break;
            }
        }
        catch (OperationCanceledException)
        {
            // The consumer stops reading; nothing more to report.
        }
        finally
        {
            output.TryComplete();
        }
    }
}
