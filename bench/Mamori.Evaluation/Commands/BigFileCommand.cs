using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mamori.Evaluation.Generation;

namespace Mamori.Evaluation.Commands;

/// <summary><c>bigfile --out FILE --size-mb N [--seed S]</c>: streams a large mixed text with sparse personal data.</summary>
internal static class BigFileCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "File to write (UTF-8)", Required = true };
        var sizeMb = new Option<long>("--size-mb") { Description = "Size in MB (10^6 bytes)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 7 };
        var command = new Command("bigfile", "Write a large mixed Japanese text with sparse personal data, streaming") { output, sizeMb, seed };
        command.SetAction(parseResult =>
        {
            var started = Stopwatch.GetTimestamp();
            long written;
            using (var stream = new FileStream(parseResult.GetRequiredValue(output), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20))
            {
                written = MixedText.Write(stream, parseResult.GetValue(seed), parseResult.GetValue(sizeMb) * 1_000_000);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {written:#,0} bytes in {seconds:0.0} s"));
            return 0;
        });
        return command;
    }
}
