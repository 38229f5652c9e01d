using System.CommandLine;
using Mamori.Evaluation.Commands;

namespace Mamori.Evaluation;

/// <summary>The <c>Mamori.Evaluation</c> command line: <c>generate</c>, <c>evaluate</c>, <c>bigfile</c>.</summary>
public static class EvaluationCli
{
    /// <summary>Parses and runs one command line; returns the exit code (0 ok, 1 targets missed, 2 usage error).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Mamori evaluation: labelled corpora, accuracy scores and large test files")
        {
            GenerateCommand.Create(),
            EvaluateCommand.Create(),
            BigFileCommand.Create(),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
