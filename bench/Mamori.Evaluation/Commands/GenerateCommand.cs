using System.CommandLine;
using System.Globalization;
using Mamori.Evaluation.Generation;

namespace Mamori.Evaluation.Commands;

/// <summary><c>generate --out DIR --seed N --size M [--profile dev|holdout]</c>: writes a labelled corpus.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Corpus folder to write (labels.jsonl, manifest.json)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Number of documents", DefaultValueFactory = _ => 400 };
        var profile = new Option<string>("--profile") { Description = "Template mix: dev, holdout or sparse", DefaultValueFactory = _ => "dev" };
        profile.AcceptOnlyFromAmong("dev", "holdout", "sparse");
        var command = new Command("generate", "Write a labelled Japanese corpus generated from code") { output, seed, size, profile };
        command.SetAction(parseResult =>
        {
            var manifest = CorpusGenerator.WriteCorpus(
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(seed),
                CorpusProfile.Named(parseResult.GetRequiredValue(profile)),
                parseResult.GetValue(size));
            var writer = parseResult.InvocationConfiguration.Output;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{manifest.Documents} documents ({manifest.Profile}, seed {manifest.Seed}), {manifest.EntitiesByType.Values.Sum()} entities, {manifest.DistractorsByKind.Values.Sum()} distractors"));
            foreach (var (type, count) in manifest.EntitiesByType)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-26} {count,5}"));
            }

            return 0;
        });
        return command;
    }
}
