using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class CategoricalHierarchyTests
{
    [Theory]
    [InlineData("女性")]
    [InlineData("")]
    public void TryGeneralize_AnyValue_ValueThenStar(string value)
    {
        Assert.Equal([value, "*"], HierarchyAssert.Labels(new CategoricalHierarchy("性別"), value));
    }

    [Fact]
    public void Levels_Description_IsUsedForLevelZero()
    {
        Assert.Equal("性別", new CategoricalHierarchy("性別").Levels[0].Description);
    }
}
