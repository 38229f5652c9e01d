using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class NumericHierarchyTests
{
    private static readonly NumericHierarchy s_income = new(new NumericHierarchyOptions
    {
        Widths = [1_000_000m, 5_000_000m, 10_000_000m],
        TopCodeAt = 20_000_000m,
        Unit = "円",
    });

    [Fact]
    public void TryGeneralize_Amount_IntervalsOfGrowingWidth()
    {
        Assert.Equal(
            ["4250000", "4000000以上5000000未満", "0以上5000000未満", "0以上10000000未満", "*"],
            HierarchyAssert.Labels(s_income, "4,250,000"));
    }

    [Fact]
    public void TryGeneralize_AboveTopCode_IsTopCodedAtEveryLevel()
    {
        Assert.Equal(["20000000以上", "20000000以上", "20000000以上", "20000000以上", "*"], HierarchyAssert.Labels(s_income, "350000000"));
    }

    [Fact]
    public void TryGeneralize_IntervalHoldingTheTopCode_OpensUpwards()
    {
        var hierarchy = new NumericHierarchy(new NumericHierarchyOptions { Widths = [10m, 100m], TopCodeAt = 150m });

        Assert.Equal(["149.5", "140以上150未満", "100以上"], HierarchyAssert.Labels(hierarchy, "149.5")[..3]);
    }

    [Fact]
    public void TryGeneralize_NegativeAndDecimal_UseFloorIntervals()
    {
        var hierarchy = new NumericHierarchy(new NumericHierarchyOptions { Widths = [10m] });

        Assert.Equal(["-3.5", "-10以上0未満", "*"], HierarchyAssert.Labels(hierarchy, "-3.5"));
    }

    [Fact]
    public void TryGeneralize_NotANumber_IsUnknownBelowTheTop()
    {
        Assert.Equal(["不明", "不明", "不明", "不明", "*"], HierarchyAssert.Labels(s_income, "非公開"));
    }

    [Fact]
    public void Levels_Description_NamesTheWidthAndUnit()
    {
        Assert.Equal("interval_5000000", s_income.Levels[2].Key);
        Assert.Equal("5000000円刻みの区間（20000000円以上は「20000000以上」）", s_income.Levels[2].Description);
    }

    [Fact]
    public void Constructor_WidthsThatDoNotNest_Throws()
    {
        Assert.Throws<ArgumentException>(() => new NumericHierarchy(new NumericHierarchyOptions { Widths = [300m, 500m] }));
    }
}
