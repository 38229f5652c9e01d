using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

internal static class HierarchyAssert
{
    /// <summary>All labels of a value, level 0 first.</summary>
    public static string[] Labels(GeneralizationHierarchy hierarchy, string value)
    {
        var labels = new string[hierarchy.LevelCount];
        Assert.True(hierarchy.TryGeneralize(value, labels));
        return labels;
    }

    /// <summary>Levels nest over the given values: one label at a level has one label at the next.</summary>
    public static void Nests(GeneralizationHierarchy hierarchy, IEnumerable<string> values)
    {
        var all = values.Select(v => Labels(hierarchy, v)).ToList();
        for (var level = 0; level < hierarchy.LevelCount - 1; level++)
        {
            foreach (var group in all.GroupBy(l => l[level], StringComparer.Ordinal))
            {
                Assert.Single(group.Select(l => l[level + 1]).Distinct(StringComparer.Ordinal));
            }
        }

        Assert.All(all, l => Assert.Equal(GeneralizationHierarchy.Top, l[^1]));
    }
}
