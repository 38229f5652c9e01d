using Mamori.Detection;
using Mamori.Evaluation.Corpus;
using Mamori.Evaluation.Generation;
using Mamori.Evaluation.Scoring;
using Xunit;

namespace Mamori.Evaluation.Tests.Scoring;

public sealed class EvaluatorTests
{
    private static readonly List<LabelledDocument> s_corpus = [.. CorpusGenerator.Generate(21, CorpusProfile.Holdout, 150)];

    [Fact]
    public void Run_EmailRecognizer_FindsEveryEmailAtItsExactSpan()
    {
        using var detector = new PiiDetector(new DetectorOptions(), [new EmailOnlyRecognizer()]);

        var report = Evaluator.Run(s_corpus, detector, "generated");

        var email = report.Score(EntityTypes.EmailAddress, MatchMode.Exact)!;
        Assert.True(email.Gold > 20, $"only {email.Gold} e-mail addresses generated");
        Assert.Equal(1.0, email.F1);
        Assert.Equal(0, report.NoPiiFindings);

        // Every other generated type is a miss: recall of the overall group is the e-mail share.
        var overall = report.Score(Scorer.OverallGroup, MatchMode.Exact)!;
        Assert.Equal(email.Gold, overall.TruePositives);
        Assert.Equal(0, overall.FalsePositives);
    }

    [Fact]
    public void Run_SloppyRecognizer_IsPunishedForDistractorsAndFullWidthForms()
    {
        using var detector = new PiiDetector(new DetectorOptions(), [new SloppyPhoneRecognizer()]);

        var report = Evaluator.Run(s_corpus, detector, "generated");

        var exact = report.Score(EntityTypes.PhoneNumber, MatchMode.Exact)!;
        Assert.InRange(exact.F1!.Value, 0.01, 0.6);
        Assert.True(exact.FalsePositives > 0);
        Assert.True(
            report.FalsePositivesByDistractor.Keys.Any(k => k is DistractorKinds.OrderNumber or DistractorKinds.JanCode or DistractorKinds.TrackingNumber),
            "false positives on order numbers, JAN codes or tracking numbers should be attributed to them");
    }

    [Fact]
    public void Run_TypeFilter_ScoresOnlyThoseTypes()
    {
        using var detector = new PiiDetector(new DetectorOptions(), [new EmailOnlyRecognizer(), new SloppyPhoneRecognizer()]);

        var report = Evaluator.Run(s_corpus, detector, "generated", new HashSet<string> { EntityTypes.EmailAddress });

        Assert.Equal([EntityTypes.EmailAddress, Scorer.StructuredGroup, Scorer.OverallGroup], report.Exact.Select(s => s.Type));
        Assert.Equal(1.0, report.Score(Scorer.OverallGroup, MatchMode.Exact)!.F1);
    }

    [Fact]
    public void Run_ErrorSamples_AreKeptOnlyWhenAskedFor()
    {
        using var detector = new PiiDetector(new DetectorOptions(), [new SloppyPhoneRecognizer()]);

        Assert.Empty(Evaluator.Run(s_corpus, detector, "generated").Errors);
        var errors = Evaluator.Run(s_corpus, detector, "generated", maxErrors: 5).Errors;

        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.Contains(e.Error, new[] { "FP", "FN" }));
    }
}
