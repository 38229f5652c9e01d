using Mamori.Detection;
using Mamori.Evaluation.Corpus;
using Mamori.Evaluation.Scoring;
using Xunit;

namespace Mamori.Evaluation.Tests.Scoring;

public sealed class F1TargetTests
{
    [Fact]
    public void Parse_KeysWithAndWithoutModes_GivesTargets()
    {
        var targets = F1Target.Parse("structured=0.97, JP_ADDRESS@overlap=0.90,PERSON_NAME@exact=0.85");

        Assert.Equal(
            [new F1Target("structured", MatchMode.Exact, 0.97), new F1Target("JP_ADDRESS", MatchMode.Overlap, 0.90), new F1Target("PERSON_NAME", MatchMode.Exact, 0.85)],
            targets);
    }

    [Theory]
    [InlineData("structured")]
    [InlineData("structured=high")]
    [InlineData("overall=1.5")]
    [InlineData("=0.5")]
    [InlineData("JP_ADDRESS@fuzzy=0.9")]
    public void Parse_Malformed_Throws(string spec) => Assert.Throws<FormatException>(() => F1Target.Parse(spec));

    [Fact]
    public void Check_ScoreAtOrAboveTarget_IsMet()
    {
        var report = Report(found: [new(0, 5, EntityTypes.PhoneNumber)]);

        Assert.True(new F1Target(EntityTypes.PhoneNumber, MatchMode.Exact, 1.0).Check(report).Met);
        Assert.False(new F1Target(EntityTypes.PostalCode, MatchMode.Exact, 0.5).Check(report).Met);
    }

    [Fact]
    public void Check_KeyWithoutGold_IsNotMet()
    {
        var report = Report(found: [new(0, 5, EntityTypes.PhoneNumber)]);

        var (f1, met) = new F1Target(EntityTypes.Biometric, MatchMode.Exact, 0.0).Check(report);

        Assert.Null(f1);
        Assert.False(met);
    }

    private static EvaluationReport Report(List<PredictedSpan> found)
    {
        var scorer = new Scorer();
        scorer.Add(
            new LabelledDocument("d", DocumentKinds.Prose, new string('x', 30), [new GoldEntity(0, 5, EntityTypes.PhoneNumber), new GoldEntity(10, 8, EntityTypes.PostalCode)], []),
            found);
        return scorer.Report("test", 0);
    }
}
