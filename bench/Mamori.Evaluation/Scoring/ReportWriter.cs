using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mamori.Evaluation.Scoring;

/// <summary>Prints an evaluation report as a text table or as JSON.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes the report as an aligned table with the targets' verdicts.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="targets">The targets checked (may be empty).</param>
    /// <param name="maxNoPiiFindings">The allowed number of findings in no-PII documents, if checked.</param>
    public static void WriteText(TextWriter writer, EvaluationReport report, IReadOnlyList<F1Target> targets, int? maxNoPiiFindings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(targets);
        var inv = CultureInfo.InvariantCulture;
        var mb = report.Bytes / 1_000_000.0;
        writer.WriteLine(string.Create(inv, $"corpus {report.Corpus}: {report.Documents} documents, {mb:0.00} MB, detector time {report.Seconds:0.00} s ({(report.Seconds > 0 ? mb / report.Seconds : 0):0.0} MB/s)"));
        writer.WriteLine();
        writer.WriteLine(string.Create(inv, $"{"type",-26} {"gold",6} {"found",6} | {"exact P",7} {"R",6} {"F1",6} | {"overlap P",9} {"R",6} {"F1",6}"));
        writer.WriteLine(new string('-', 90));
        foreach (var exact in report.Exact)
        {
            var overlap = report.Score(exact.Type, MatchMode.Overlap)!;
            if (exact.Type == Scorer.StructuredGroup)
            {
                writer.WriteLine(new string('-', 90));
            }

            writer.WriteLine(string.Create(inv,
                $"{exact.Type,-26} {exact.Gold,6} {exact.Found,6} | {F(exact.Precision),7} {F(exact.Recall),6} {F(exact.F1),6} | {F(overlap.Precision),9} {F(overlap.Recall),6} {F(overlap.F1),6}"));
        }

        writer.WriteLine();
        var byType = report.NoPiiFindingsByType.Count == 0
            ? ""
            : " (" + string.Join(", ", report.NoPiiFindingsByType.Select(p => string.Create(inv, $"{p.Key} {p.Value}"))) + ")";
        writer.WriteLine(string.Create(inv, $"no-PII documents: {report.NoPiiDocuments}, findings in them: {report.NoPiiFindings}{byType}"));
        if (report.FalsePositivesByDistractor.Count > 0)
        {
            writer.WriteLine("false positives by what they hit: " + string.Join(", ", report.FalsePositivesByDistractor.Select(p => string.Create(inv, $"{p.Key} {p.Value}"))));
        }

        if (report.Errors.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("errors (overlap matching):");
            foreach (var e in report.Errors)
            {
                writer.WriteLine(string.Create(inv, $"  {e.Doc} {e.Error} {e.Type} @{e.Start}+{e.Length}: {e.Context}"));
            }
        }

        if (targets.Count > 0 || maxNoPiiFindings is not null)
        {
            writer.WriteLine();
            writer.WriteLine("targets:");
            foreach (var target in targets)
            {
                var (f1, met) = target.Check(report);
                writer.WriteLine(string.Create(inv, $"  {(met ? "PASS" : "FAIL")}  {target}: {(f1 is null ? "no gold entities" : f1.Value.ToString("0.000", inv))}"));
            }

            if (maxNoPiiFindings is { } max)
            {
                writer.WriteLine(string.Create(inv, $"  {(report.NoPiiFindings <= max ? "PASS" : "FAIL")}  findings in no-PII documents <= {max}: {report.NoPiiFindings}"));
            }
        }
    }

    /// <summary>Writes the report and the targets' verdicts as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="targets">The targets checked (may be empty).</param>
    /// <param name="maxNoPiiFindings">The allowed number of findings in no-PII documents, if checked.</param>
    public static void WriteJson(TextWriter writer, EvaluationReport report, IReadOnlyList<F1Target> targets, int? maxNoPiiFindings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(targets);
        var payload = new
        {
            report,
            targets = targets.Select(t =>
            {
                var (f1, met) = t.Check(report);
                return new { key = t.Key, mode = t.Mode, minF1 = t.MinF1, f1, met };
            }).ToList(),
            noPiiTarget = maxNoPiiFindings is null ? null : new { max = maxNoPiiFindings, found = report.NoPiiFindings, met = report.NoPiiFindings <= maxNoPiiFindings },
        };
        writer.WriteLine(JsonSerializer.Serialize(payload, s_json));
    }

    private static string F(double? value) => value is null ? "—" : value.Value.ToString("0.000", CultureInfo.InvariantCulture);
}
