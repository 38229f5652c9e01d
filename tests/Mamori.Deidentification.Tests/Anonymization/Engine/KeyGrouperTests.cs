using Mamori.Deidentification.Anonymization.Engine;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Engine;

public sealed class KeyGrouperTests
{
    [Fact]
    public void GetOrAdd_NewAndRepeatedKeys_DenseIdsInOrderOfFirstSight()
    {
        var grouper = new KeyGrouper();
        grouper.Reset(4);

        Assert.Equal(0, grouper.GetOrAdd(long.MaxValue, out var added1));
        Assert.Equal(1, grouper.GetOrAdd(0, out var added2));
        Assert.Equal(0, grouper.GetOrAdd(long.MaxValue, out var added3));
        Assert.True(added1);
        Assert.True(added2);
        Assert.False(added3);
        Assert.Equal(2, grouper.Count);
    }

    [Fact]
    public void Reset_AfterUse_ForgetsEveryKey()
    {
        var grouper = new KeyGrouper();
        grouper.Reset(100);
        for (long key = 0; key < 100; key++)
        {
            grouper.GetOrAdd(key * 1_000_003, out _);
        }

        grouper.Reset(100);

        Assert.Equal(0, grouper.GetOrAdd(99 * 1_000_003, out var added));
        Assert.True(added);
        Assert.Equal(1, grouper.Count);
    }

    [Fact]
    public void GetOrAdd_ManyCollidingKeys_MatchesADictionary()
    {
        var grouper = new KeyGrouper();
        grouper.Reset(50_000);
        var reference = new Dictionary<long, int>();
        var random = new Random(5);
        for (var i = 0; i < 100_000; i++)
        {
            var key = (long)random.Next(50_000) << 20;
            var id = grouper.GetOrAdd(key, out _);
            if (!reference.TryGetValue(key, out var expected))
            {
                expected = reference.Count;
                reference.Add(key, expected);
            }

            Assert.Equal(expected, id);
        }
    }
}
