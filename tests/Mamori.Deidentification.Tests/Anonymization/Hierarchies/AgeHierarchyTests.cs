using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class AgeHierarchyTests
{
    [Fact]
    public void Levels_Default_ExactThenFiveTenTwentyYearBandsThenStar()
    {
        var hierarchy = new AgeHierarchy();

        Assert.Equal(["exact", "band_5", "band_10", "band_20", "suppressed"], hierarchy.Levels.Select(l => l.Key));
        Assert.Equal(["34", "30-34", "30-39", "20-39", "*"], HierarchyAssert.Labels(hierarchy, "34"));
    }

    [Theory]
    [InlineData("90")]
    [InlineData("95")]
    [InlineData("116")]
    public void TryGeneralize_AtOrAboveTopCode_IsTopCodedAtEveryLevel(string age)
    {
        Assert.Equal(["90以上", "90以上", "90以上", "80以上", "*"], HierarchyAssert.Labels(new AgeHierarchy(), age));
    }

    [Fact]
    public void TryGeneralize_JustBelowTopCode_KeepsItsBandUntilTheBandReachesTheCode()
    {
        Assert.Equal(["89", "85-89", "80-89", "80以上", "*"], HierarchyAssert.Labels(new AgeHierarchy(), "89"));
    }

    [Fact]
    public void TryGeneralize_BottomCoding_GroupsYoungAgesBelowTheCode()
    {
        var hierarchy = new AgeHierarchy(new AgeHierarchyOptions { BottomCodeBelow = 15 });

        Assert.Equal(["15未満", "15未満", "20未満", "20未満", "*"], HierarchyAssert.Labels(hierarchy, "3"));
        Assert.Equal(["17", "15-19", "20未満", "20未満", "*"], HierarchyAssert.Labels(hierarchy, "17"));
        Assert.Equal(["20", "20-24", "20-29", "20-39", "*"], HierarchyAssert.Labels(hierarchy, "20"));
    }

    [Fact]
    public void TryGeneralize_TopCodingOff_KeepsHighAges()
    {
        var hierarchy = new AgeHierarchy(new AgeHierarchyOptions { TopCodeAt = null });

        Assert.Equal(["116", "115-119", "110-119", "100-119", "*"], HierarchyAssert.Labels(hierarchy, "116"));
    }

    [Theory]
    [InlineData("３４歳")]
    [InlineData(" 34 ")]
    [InlineData("34才")]
    public void TryGeneralize_FullWidthOrSuffixed_ReadsTheAge(string age)
    {
        Assert.Equal("30-34", new AgeHierarchy().Generalize(age, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("3.5")]
    public void TryGeneralize_Unreadable_IsUnknownBelowTheTop(string age)
    {
        Assert.Equal(["不明", "不明", "不明", "不明", "*"], HierarchyAssert.Labels(new AgeHierarchy(), age));
    }

    [Fact]
    public void Levels_CustomCodes_DescribeTheCodingInJapanese()
    {
        var hierarchy = new AgeHierarchy(new AgeHierarchyOptions { BottomCodeBelow = 15, TopCodeAt = 85 });

        Assert.Equal("10歳階級（15歳未満は「15未満」、85歳以上は「85以上」）", hierarchy.Levels[2].Description);
    }

    [Fact]
    public void TryGeneralize_AnyAgeWithCodes_LevelsNest()
    {
        var hierarchy = new AgeHierarchy(new AgeHierarchyOptions { BottomCodeBelow = 13, TopCodeAt = 92 });

        HierarchyAssert.Nests(hierarchy, Enumerable.Range(0, 130).Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("?"));
    }

    [Theory]
    [InlineData(new[] { 5, 12 })]
    [InlineData(new[] { 10, 5 })]
    [InlineData(new int[0])]
    [InlineData(new[] { 0, 10 })]
    public void Constructor_BandsThatDoNotNest_Throws(int[] widths)
    {
        Assert.Throws<ArgumentException>(() => new AgeHierarchy(new AgeHierarchyOptions { BandWidths = widths }));
    }

    [Fact]
    public void Constructor_BottomCodeAboveTopCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AgeHierarchy(new AgeHierarchyOptions { BottomCodeBelow = 95, TopCodeAt = 90 }));
    }
}
