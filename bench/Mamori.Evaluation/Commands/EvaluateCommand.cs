using System.CommandLine;
using Mamori.Detection;
using Mamori.Evaluation.Corpus;
using Mamori.Evaluation.Scoring;

namespace Mamori.Evaluation.Commands;

/// <summary>
/// <c>evaluate --corpus DIR [--entities A,B] [--json] [--min-f1 SPEC] [--max-no-pii-findings N]</c>:
/// scores the built-in detector (default options) on a corpus; exits 1 when a target is missed.
/// </summary>
internal static class EvaluateCommand
{
    public const int TargetsMissed = 1;

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder (or labels.jsonl file)", Required = true };
        var entities = new Option<string?>("--entities") { Description = "Only detect and score these entity ids (comma-separated)" };
        var exclude = new Option<string?>("--exclude-entities") { Description = "Do not detect or score these entity ids (comma-separated)" };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON" };
        var minF1 = new Option<string?>("--min-f1")
        {
            Description = "Targets: KEY[@exact|@overlap]=F1,… with KEY an entity id, 'structured' or 'overall' (exact by default)",
        };
        var maxNoPii = new Option<int?>("--max-no-pii-findings") { Description = "Fail when the no-PII documents hold more findings than this" };
        var showErrors = new Option<int>("--show-errors") { Description = "Print up to N false positives and negatives with context (dev corpus only!)" };
        var command = new Command("evaluate", "Score Mamori's detector on a labelled corpus (precision, recall, F1; exact and overlap matching)")
        {
            corpus, entities, exclude, json, minF1, maxNoPii, showErrors,
        };
        command.SetAction(parseResult =>
        {
            List<F1Target> targets;
            try
            {
                targets = F1Target.Parse(parseResult.GetValue(minF1) ?? "");
            }
            catch (FormatException e)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("error: " + e.Message);
                return 2;
            }

            var only = Split(parseResult.GetValue(entities));
            var excluded = Split(parseResult.GetValue(exclude)) ?? new HashSet<string>(StringComparer.Ordinal);
            var options = new DetectorOptions { Entities = only, ExcludeEntities = excluded };
            IReadOnlySet<string>? scored = only is null && excluded.Count == 0
                ? null
                : new HashSet<string>((only ?? [.. EntityTypes.All]).Except(excluded), StringComparer.Ordinal);

            var path = parseResult.GetRequiredValue(corpus);
            var documents = CorpusFiles.Read(path);
            EvaluationReport report;
            using (var detector = new PiiDetector(options))
            {
                report = Evaluator.Run(documents, detector, path, scored, parseResult.GetValue(showErrors));
            }

            var max = parseResult.GetValue(maxNoPii);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                ReportWriter.WriteJson(output, report, targets, max);
            }
            else
            {
                ReportWriter.WriteText(output, report, targets, max);
            }

            var met = targets.All(t => t.Check(report).Met) && (max is null || report.NoPiiFindings <= max);
            return met ? 0 : TargetsMissed;
        });
        return command;
    }

    private static HashSet<string>? Split(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? null
            : new HashSet<string>(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
}
