using Xunit;

namespace Mamori.Cli.Tests;

/// <summary>Runs the mamori command in-process with captured output.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        RunAsync(TestContext.Current.CancellationToken, args);

    /// <summary>Runs with a token of the test's own (to interrupt a command part-way).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await MamoriCli.InvokeAsync(args, output, error, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
