using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class DateHierarchyTests
{
    [Theory]
    [InlineData("1985-04-12")]
    [InlineData("1985/04/12")]
    [InlineData("1985/4/12")]
    [InlineData("1985年4月12日")]
    [InlineData("１９８５－０４－１２")]
    [InlineData("1985-04-12 10:30:00")]
    [InlineData("1985-04-12T10:30:00+09:00")]
    public void TryGeneralize_AcceptedForms_DayMonthYearFiveTenYearsStar(string date)
    {
        Assert.Equal(["1985-04-12", "1985-04", "1985", "1985-1989", "1980-1989", "*"], HierarchyAssert.Labels(new DateHierarchy(), date));
    }

    [Fact]
    public void TryGeneralize_YearOnABoundary_StartsItsFiveAndTenYearRanges()
    {
        Assert.Equal(["2000-02-29", "2000-02", "2000", "2000-2004", "2000-2009", "*"], HierarchyAssert.Labels(new DateHierarchy(), "2000-02-29"));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1985-13-01")]
    [InlineData("1985-00-10")]
    [InlineData("1985-04-31")]
    [InlineData("S60.4.12")]
    [InlineData("昭和60年4月12日")]
    [InlineData("85-04-12")]
    [InlineData("1985-04/12")]
    [InlineData("1985-04-123")]
    [InlineData("")]
    public void TryGeneralize_ImpossibleOrUnsupported_IsUnknownBelowTheTop(string date)
    {
        Assert.Equal(["不明", "不明", "不明", "不明", "不明", "*"], HierarchyAssert.Labels(new DateHierarchy(), date));
    }

    [Fact]
    public void TryGeneralize_ManyDates_LevelsNest()
    {
        var start = new DateOnly(1918, 1, 1);
        HierarchyAssert.Nests(new DateHierarchy(), Enumerable.Range(0, 40_000).Select(d => start.AddDays(d * 3).ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
