using Spectre.Console;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>A Spectre.Console status line on stderr while loading and searching, only when stderr is a terminal.</summary>
internal sealed class ProgressView(TextWriter stderr)
{
    private bool Interactive => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/> (on the thread pool), which may update the status line through its argument.</summary>
    public async Task<T> RunAsync<T>(string status, Func<Action<string>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Interactive)
        {
            return await work(static _ => { }).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync(Markup.Escape(status), context => Task.Run(() => work(s => context.Status(Markup.Escape(s)))))
            .ConfigureAwait(false);
    }
}
