using Mamori.Detection;
using Mamori.Evaluation.Corpus;
using Mamori.Evaluation.Scoring;
using Xunit;

namespace Mamori.Evaluation.Tests.Scoring;

public sealed class ScorerTests
{
    private const string Phone = EntityTypes.PhoneNumber;
    private const string Postal = EntityTypes.PostalCode;
    private const string Address = EntityTypes.Address;

    [Fact]
    public void Add_PerfectFindings_ScoreOneEverywhere()
    {
        var report = Score(Doc((0, 5, Phone), (10, 8, Postal)), [new(0, 5, Phone), new(10, 8, Postal)]);

        foreach (var mode in new[] { MatchMode.Exact, MatchMode.Overlap })
        {
            var overall = report.Score(Scorer.OverallGroup, mode)!;
            Assert.Equal((2, 0, 0), (overall.TruePositives, overall.FalsePositives, overall.FalseNegatives));
            Assert.Equal(1.0, overall.Precision);
            Assert.Equal(1.0, overall.Recall);
            Assert.Equal(1.0, overall.F1);
        }
    }

    [Fact]
    public void Add_BoundaryOffByOne_MissesExactButMatchesOverlap()
    {
        var report = Score(Doc((3, 13, Phone)), [new(3, 12, Phone)]);

        var exact = report.Score(Phone, MatchMode.Exact)!;
        var overlap = report.Score(Phone, MatchMode.Overlap)!;
        Assert.Equal((0, 1, 1), (exact.TruePositives, exact.FalsePositives, exact.FalseNegatives));
        Assert.Equal(0.0, exact.F1);
        Assert.Equal((1, 0, 0), (overlap.TruePositives, overlap.FalsePositives, overlap.FalseNegatives));
    }

    [Fact]
    public void Add_WrongType_IsFalsePositiveForOneAndFalseNegativeForTheOther()
    {
        var report = Score(Doc((0, 8, Postal)), [new(0, 8, Phone)]);

        foreach (var mode in new[] { MatchMode.Exact, MatchMode.Overlap })
        {
            Assert.Equal((0, 1, 0), Counts(report.Score(Phone, mode)!));
            Assert.Equal((0, 0, 1), Counts(report.Score(Postal, mode)!));
        }
    }

    [Fact]
    public void Add_DuplicateFinding_IsOneFalsePositive()
    {
        var report = Score(Doc((0, 5, Phone)), [new(0, 5, Phone), new(0, 5, Phone)]);

        Assert.Equal((1, 1, 0), Counts(report.Score(Phone, MatchMode.Exact)!));
        Assert.Equal((1, 1, 0), Counts(report.Score(Phone, MatchMode.Overlap)!));
    }

    [Fact]
    public void Add_AddressFoundInTwoPieces_OverlapMatchesOnePieceOnly()
    {
        var report = Score(Doc((0, 20, Address)), [new(0, 8, Address), new(8, 12, Address)]);

        Assert.Equal((0, 2, 1), Counts(report.Score(Address, MatchMode.Exact)!));
        Assert.Equal((1, 1, 0), Counts(report.Score(Address, MatchMode.Overlap)!));
    }

    [Fact]
    public void Add_OneFindingOverTwoNames_MatchesOneAndMissesTheOther()
    {
        var report = Score(Doc((0, 4, EntityTypes.PersonName), (5, 4, EntityTypes.PersonName)), [new(0, 9, EntityTypes.PersonName)]);

        Assert.Equal((1, 0, 1), Counts(report.Score(EntityTypes.PersonName, MatchMode.Overlap)!));
    }

    [Fact]
    public void MatchOverlap_Contested_PrefersTheLargerOverlap()
    {
        // Finding 0 touches both gold spans; it must pair with the one it covers most, leaving the other for finding 1.
        List<PredictedSpan> gold = [new(0, 10, Phone), new(12, 10, Phone)];
        List<PredictedSpan> found = [new(8, 14, Phone), new(0, 9, Phone)];

        var matches = Scorer.MatchOverlap(gold, found);

        Assert.Equal([(1, 0), (0, 1)], matches);
    }

    [Fact]
    public void TypeScore_Counts_GiveTheTextbookFormulas()
    {
        var score = new TypeScore(Phone, Gold: 12, Found: 10, TruePositives: 8, FalsePositives: 2, FalseNegatives: 4);

        Assert.Equal(0.8, score.Precision!.Value, 6);
        Assert.Equal(8.0 / 12, score.Recall!.Value, 6);
        var p = 0.8;
        var r = 8.0 / 12;
        Assert.Equal(2 * p * r / (p + r), score.F1!.Value, 6);
    }

    [Fact]
    public void TypeScore_NoFindings_PrecisionUndefinedAndF1Zero()
    {
        var missed = new TypeScore(Phone, 3, 0, 0, 0, 3);
        var empty = new TypeScore(Phone, 0, 0, 0, 0, 0);

        Assert.Null(missed.Precision);
        Assert.Equal(0.0, missed.Recall);
        Assert.Equal(0.0, missed.F1);
        Assert.Null(empty.F1);
    }

    [Fact]
    public void Report_StructuredGroup_LeavesOutNamesAndAddresses()
    {
        var report = Score(
            Doc((0, 4, EntityTypes.PersonName), (5, 10, Address), (16, 12, Phone)),
            [new(0, 4, EntityTypes.PersonName), new(16, 12, Phone)]);

        Assert.Equal((1, 0, 0), Counts(report.Score(Scorer.StructuredGroup, MatchMode.Exact)!));
        Assert.Equal((2, 0, 1), Counts(report.Score(Scorer.OverallGroup, MatchMode.Exact)!));
    }

    [Fact]
    public void Add_FindingsInNoPiiDocument_AreCountedAndAttributedToDistractors()
    {
        var document = new LabelledDocument("d", DocumentKinds.NoPiiProse, new string('x', 40), [], [new DistractorSpan(10, 12, DistractorKinds.OrderNumber)]);
        var scorer = new Scorer();

        scorer.Add(document, [new PredictedSpan(10, 12, EntityTypes.MyNumber), new PredictedSpan(30, 3, EntityTypes.PersonName)]);
        var report = scorer.Report("test", 0);

        Assert.Equal(1, report.NoPiiDocuments);
        Assert.Equal(2, report.NoPiiFindings);
        Assert.Equal(1, report.FalsePositivesByDistractor[DistractorKinds.OrderNumber]);
        Assert.Equal(1, report.FalsePositivesByDistractor["(other text)"]);
    }

    [Fact]
    public void Add_TypeFilter_IgnoresOtherTypesOnBothSides()
    {
        var scorer = new Scorer(new HashSet<string> { Phone });

        scorer.Add(Doc((0, 5, Phone), (6, 8, Postal)), [new(0, 5, Phone), new(20, 4, EntityTypes.PersonName)]);
        var report = scorer.Report("test", 0);

        Assert.Equal([Phone, Scorer.StructuredGroup, Scorer.OverallGroup], report.Exact.Select(s => s.Type));
        Assert.Equal((1, 0, 0), Counts(report.Score(Scorer.OverallGroup, MatchMode.Exact)!));
    }

    private static (int, int, int) Counts(TypeScore s) => (s.TruePositives, s.FalsePositives, s.FalseNegatives);

    private static LabelledDocument Doc(params (int Start, int Length, string Type)[] gold) =>
        new("d", DocumentKinds.Prose, new string('x', 60), [.. gold.Select(g => new GoldEntity(g.Start, g.Length, g.Type))], []);

    private static EvaluationReport Score(LabelledDocument document, List<PredictedSpan> findings)
    {
        var scorer = new Scorer();
        scorer.Add(document, findings);
        return scorer.Report("test", 0);
    }
}
