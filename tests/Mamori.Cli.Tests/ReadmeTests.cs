using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Xunit;

namespace Mamori.Cli.Tests;

/// <summary>The README's Quickstart must stay true: two commands, both of which work.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string s_root = FindRepositoryRoot();

    [Fact]
    public void Quickstart_HasExactlyTwoCommands_RunAndTest()
    {
        var commands = QuickstartCommands();

        Assert.Equal(2, commands.Count);
        Assert.StartsWith("./mamori ", commands[0], StringComparison.Ordinal);
        Assert.Equal("scripts/test.sh", commands[1]);
    }

    [Fact]
    public async Task Quickstart_MainCommand_SucceedsInProcess()
    {
        // Paths in the command are relative to the repository root, where the README runs it.
        var args = QuickstartCommands()[0]["./mamori ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => Path.Exists(Path.Combine(s_root, a)) ? Path.Combine(s_root, a) : a)
            .ToArray();

        if (args[0] == "serve")
        {
            // A server runs until Ctrl+C: start it on a private data folder and a free port, wait until it answers, stop it.
            var data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mamori-readme-" + Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                await using var serve = ServeRunner.Start([.. args, "--data", data]);
                await serve.WaitUntilReadyAsync();
                var exitCode = await serve.StopAsync();

                Assert.True(exitCode == 0, $"'{string.Join(' ', args)}' exited {exitCode}: {serve.Error}");
                Assert.Contains(serve.Url, serve.Output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(data, recursive: true);
            }

            return;
        }

        var (code, output, error) = await CliRunner.RunAsync(args);

        Assert.True(code == 0, $"'{string.Join(' ', args)}' exited {code}: {error}");
        Assert.NotEmpty(output);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Quickstart_Scripts_ExistAndAreExecutable()
    {
        foreach (var script in new[] { "mamori", "scripts/test.sh", "scripts/install-deps.sh", "scripts/pg.sh", ".ci/run" })
        {
            var path = Path.Combine(s_root, script);
            Assert.True(File.Exists(path), $"{script} is missing");
            Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, $"{script} is not executable");
        }
    }

    private static List<string> QuickstartCommands()
    {
        var readme = File.ReadAllText(Path.Combine(s_root, "README.md"));
        var start = readme.IndexOf("## Quickstart", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no Quickstart section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return [.. ShellBlock().Matches(section).Select(m => m.Groups[1].Value.Trim())];
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mamori.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Mamori.slnx) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```sh\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
