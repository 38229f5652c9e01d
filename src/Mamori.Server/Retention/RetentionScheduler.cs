using Mamori.Core.Features;

namespace Mamori.Server.Retention;

/// <summary>
/// Runs the retention job (Art. 22) while the server runs: every <c>interval</c> on the platform's clock, the first one
/// interval after the start, as <see cref="RetentionJob.SystemCaller"/>. A failed run is logged (without values) and
/// the next one tries again; runs are idempotent.
/// </summary>
internal sealed partial class RetentionScheduler(Platform platform, TimeSpan interval, ILogger<RetentionScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, platform.Time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var report = await platform.Retention.RunAsync(RetentionJob.SystemCaller, dryRun: false, stoppingToken).ConfigureAwait(false);
                Ran(logger, report.RunId, report.SubjectsChecked, report.SubjectsErased, report.ItemsDeleted, report.RecordsPurged);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed run must not stop the schedule; the next run tries again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Failed(logger, exception.GetType().Name, exception is PlatformException platformException ? platformException.Code : "error");
            }
        }
    }

    [LoggerMessage(101, LogLevel.Information, "Retention run {RunId}: {Checked} subject(s) checked, {Erased} erased, {Items} item(s) deleted, {Records} record(s) purged")]
    private static partial void Ran(ILogger logger, string runId, int @checked, int erased, int items, int records);

    [LoggerMessage(102, LogLevel.Error, "A retention run failed with {ExceptionType} ({Code}); message withheld, it may quote data. The next run tries again.")]
    private static partial void Failed(ILogger logger, string exceptionType, string code);
}
