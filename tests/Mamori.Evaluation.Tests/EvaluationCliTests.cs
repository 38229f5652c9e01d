using System.Text.Json;
using Mamori.Evaluation.Corpus;
using Xunit;

namespace Mamori.Evaluation.Tests;

// These run the CLI in-process with the built-in detector; they hold whatever recognizers exist,
// because each uses targets that do not depend on them.
public sealed class EvaluationCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mamori-eval-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Generate_ThenEvaluateWithMetTarget_ExitsZeroAndPrintsBothMatchModes()
    {
        var (generated, _, _) = Run("generate", "--out", _folder, "--seed", "4", "--size", "40");
        var (code, output, _) = Run("evaluate", "--corpus", _folder, "--entities", "EMAIL_ADDRESS", "--min-f1", "EMAIL_ADDRESS=0");

        Assert.Equal(0, generated);
        Assert.Equal(40, CorpusFiles.Read(_folder).Count);
        Assert.Equal(0, code);
        Assert.Contains("exact P", output, StringComparison.Ordinal);
        Assert.Contains("overlap P", output, StringComparison.Ordinal);
        Assert.Contains("PASS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TargetOnTypeWithoutGold_ExitsOne()
    {
        Run("generate", "--out", _folder, "--seed", "4", "--size", "20");

        var (code, output, _) = Run("evaluate", "--corpus", _folder, "--min-f1", "BIOMETRIC=0.5");

        Assert.Equal(1, code);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_IsOneParsableObjectWithScoresAndTargets()
    {
        Run("generate", "--out", _folder, "--seed", "4", "--size", "20");

        var (code, output, _) = Run("evaluate", "--corpus", _folder, "--json", "--min-f1", "structured@overlap=0", "--max-no-pii-findings", "1000");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(20, json.RootElement.GetProperty("report").GetProperty("documents").GetInt32());
        Assert.Equal("overlap", json.RootElement.GetProperty("targets")[0].GetProperty("mode").GetString());
        Assert.True(json.RootElement.GetProperty("noPiiTarget").GetProperty("met").GetBoolean());
    }

    [Fact]
    public void Evaluate_MalformedTarget_ExitsTwo()
    {
        Run("generate", "--out", _folder, "--seed", "4", "--size", "5");

        var (code, _, error) = Run("evaluate", "--corpus", _folder, "--min-f1", "overall=2");

        Assert.Equal(2, code);
        Assert.Contains("overall=2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BigFile_SmallSize_WritesAtLeastThatManyBytes()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "big.txt");

        var (code, _, _) = Run("bigfile", "--out", file, "--size-mb", "1");

        Assert.Equal(0, code);
        Assert.InRange(new FileInfo(file).Length, 1_000_000, 1_050_000);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = EvaluationCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
