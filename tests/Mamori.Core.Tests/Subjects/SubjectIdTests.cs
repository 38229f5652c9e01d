using Mamori.Core.Subjects;
using Xunit;

namespace Mamori.Core.Tests.Subjects;

public sealed class SubjectIdTests
{
    [Fact]
    public void NewId_Form_IsThePrefixAndAVersion7UuidInLowerHex()
    {
        var id = DataSubject.NewId();

        Assert.Equal(33, id.Length);
        Assert.Equal('S', id[0]);
        Assert.Matches("^S[0-9a-f]{32}$", id);
        Assert.Equal('7', id[13]); // version nibble
        Assert.Contains(id[17], "89ab"); // RFC 9562 variant
        Assert.True(Guid.TryParseExact(id[1..], "N", out var uuid));
        Assert.Equal(7, uuid.Version);
    }

    [Fact]
    public async Task NewId_LaterMillisecond_SortsAfter()
    {
        var earlier = DataSubject.NewId();
        await Task.Delay(5, TestContext.Current.CancellationToken);

        var later = DataSubject.NewId();

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
    }

    [Fact]
    public void NewId_ManyInTheSameMillisecond_StrictlyIncreasing()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => DataSubject.NewId()).ToList();

        Assert.All(ids.Zip(ids.Skip(1)), pair => Assert.True(string.CompareOrdinal(pair.First, pair.Second) < 0));
    }

    [Fact]
    public void NewId_FromSeveralThreads_AllDistinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 40_000, _ => ids.Add(DataSubject.NewId()));

        Assert.Equal(40_000, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
