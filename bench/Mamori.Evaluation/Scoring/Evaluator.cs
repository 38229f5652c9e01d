using System.Diagnostics;
using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Scoring;

/// <summary>Runs a detector over a corpus and scores it.</summary>
public static class Evaluator
{
    /// <summary>Detects personal information in every document and scores the findings.</summary>
    /// <param name="documents">The labelled corpus.</param>
    /// <param name="detector">The detector (built-in recognizers or any other set).</param>
    /// <param name="corpus">A name for the corpus in the report.</param>
    /// <param name="types">Only these entity ids are scored; null scores all.</param>
    /// <param name="maxErrors">How many error samples to keep.</param>
    public static EvaluationReport Run(
        IReadOnlyList<LabelledDocument> documents,
        PiiDetector detector,
        string corpus,
        IReadOnlySet<string>? types = null,
        int maxErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(detector);
        var scorer = new Scorer(types, maxErrors);
        var findings = new List<Finding>();
        var elapsed = TimeSpan.Zero;
        foreach (var document in documents)
        {
            findings.Clear();
            var started = Stopwatch.GetTimestamp();
            detector.Detect(document.Text, null, findings);
            elapsed += Stopwatch.GetElapsedTime(started);
            scorer.Add(document, [.. findings.Select(f => new PredictedSpan(f.Start, f.Length, f.Type))]);
        }

        return scorer.Report(corpus, elapsed.TotalSeconds);
    }
}
