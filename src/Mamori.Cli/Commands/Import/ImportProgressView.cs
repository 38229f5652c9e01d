using System.Globalization;
using Mamori.Cli.Localization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mamori.Cli.Commands.Import;

/// <summary>
/// A Spectre.Console progress bar on stderr with rows done and rows per second — only when stderr is a
/// terminal; otherwise the work runs silently and the summary line gives the rate.
/// </summary>
internal sealed class ImportProgressView(TextWriter stderr, UiText text, bool interactive)
{
    /// <summary>Runs <paramref name="work"/>, which reports rows done through its argument.</summary>
    /// <param name="description">What is being done.</param>
    /// <param name="total">Rows expected, or null when unknown (the bar only counts).</param>
    /// <param name="work">The work.</param>
    public async Task<T> RunAsync<T>(string description, long? total, Func<Action<long>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!interactive)
        {
            return await work(static _ => { }).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RowsColumn(text), new RateColumn(text), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total ?? 1));
                task.IsIndeterminate = total is null;
                var result = await work(rows => task.Value = total is null ? rows : Math.Min(rows, task.MaxValue)).ConfigureAwait(false);
                if (total is null)
                {
                    task.MaxValue = Math.Max(1, task.Value);
                    task.IsIndeterminate = false;
                }

                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class RowsColumn(UiText text) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.IsIndeterminate
                ? text[$"{task.Value.ToString("N0", CultureInfo.InvariantCulture)} 行", $"{task.Value.ToString("N0", CultureInfo.InvariantCulture)} rows"]
                : text[$"{task.Value.ToString("N0", CultureInfo.InvariantCulture)} / {task.MaxValue.ToString("N0", CultureInfo.InvariantCulture)} 行",
                    $"{task.Value.ToString("N0", CultureInfo.InvariantCulture)} / {task.MaxValue.ToString("N0", CultureInfo.InvariantCulture)} rows"]);
    }

    private sealed class RateColumn(UiText text) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var speed = task.Speed ?? 0;
            return new Text(text[$"{speed.ToString("N0", CultureInfo.InvariantCulture)} 行/秒", $"{speed.ToString("N0", CultureInfo.InvariantCulture)} rows/s"], new Style(Color.Grey));
        }
    }
}
