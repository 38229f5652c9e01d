using Xunit;

namespace Mamori.Cli.Tests;

public sealed class RootCommandTests
{
    [Fact]
    public async Task Help_Default_IsJapaneseAndListsCommands()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("個人情報保護法", output, StringComparison.Ordinal);
        Assert.Contains("doctor", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_LangEn_IsEnglish()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--help", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("discover, protect, govern", output, StringComparison.Ordinal);
        Assert.DoesNotContain("個人情報保護法", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_Flag_PrintsSemanticVersion()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public async Task UnknownCommand_Exits2WithHint()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(MamoriCli.UsageError, exitCode);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
        Assert.Contains("mamori --help", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task UnknownLanguage_Exits2()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("doctor", "--lang", "fr");

        Assert.Equal(MamoriCli.UsageError, exitCode);
        Assert.Contains("fr", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_InstalledMachine_AllChecksPass()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("doctor", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("MeCab", output, StringComparison.Ordinal);
        Assert.Contains("All checks passed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NG", output, StringComparison.Ordinal);
    }
}
