using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class PostalCodeHierarchyTests
{
    [Theory]
    [InlineData("123-4567")]
    [InlineData("1234567")]
    [InlineData("〒123-4567")]
    [InlineData("〒 １２３－４５６７")]
    [InlineData(" 123ー4567 ")]
    public void TryGeneralize_AcceptedForms_KeepSevenFiveThreeOneDigits(string code)
    {
        Assert.Equal(["123-4567", "123-45**", "123-****", "1**-****", "*"], HierarchyAssert.Labels(new PostalCodeHierarchy(), code));
    }

    [Theory]
    [InlineData("12-34567")]
    [InlineData("123-456")]
    [InlineData("123-45678")]
    [InlineData("123--4567")]
    [InlineData("abc-defg")]
    [InlineData("")]
    public void TryGeneralize_NotAPostalCode_IsUnknownBelowTheTop(string code)
    {
        Assert.Equal(["不明", "不明", "不明", "不明", "*"], HierarchyAssert.Labels(new PostalCodeHierarchy(), code));
    }
}
