using Mamori.Core.Audit;
using Xunit;

namespace Mamori.Core.Tests.Audit;

public sealed class AccessLogChainTests
{
    private static readonly byte[] s_key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    private static List<AccessLogEntry> Chain(int count)
    {
        var entries = new List<AccessLogEntry>();
        var previous = AccessLogChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = AccessLogChain.Seal(
                new AccessLogEntry(i, new DateTimeOffset(2026, 11, 30, 0, 0, i, TimeSpan.Zero), "U1", "staff", AccessAction.Read, "S" + i, ["PERSON_NAME"], "order-fulfilment", true, null),
                previous, s_key);
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }

    [Fact]
    public void Verify_UntouchedLog_IsIntact()
    {
        var log = Chain(5);

        var result = AccessLogChain.Verify(log, new AccessLogHead(5, log[^1].Hash), s_key);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.VerifiedEntries);
    }

    [Fact]
    public void Verify_ChangedEntry_IsFoundEvenWhenRehashedWithoutTheKey()
    {
        var log = Chain(5);
        log[2] = log[2] with { Purpose = "email-marketing" };
        log[2] = log[2] with { Hash = AccessLogChain.ComputeHash(log[2], new byte[32]) }; // an attacker without the key

        var result = AccessLogChain.Verify(log, new AccessLogHead(5, log[^1].Hash), s_key);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FailedSequence);
    }

    [Fact]
    public void Verify_RemovedOrReorderedEntries_AreFound()
    {
        var removed = Chain(5);
        removed.RemoveAt(1);
        var reordered = Chain(5);
        (reordered[1], reordered[2]) = (reordered[2], reordered[1]);
        var truncated = Chain(5);
        var head = new AccessLogHead(5, truncated[^1].Hash);
        truncated.RemoveAt(4);

        Assert.False(AccessLogChain.Verify(removed, null, s_key).IsIntact);
        Assert.False(AccessLogChain.Verify(reordered, null, s_key).IsIntact);
        Assert.False(AccessLogChain.Verify(truncated, head, s_key).IsIntact);
        Assert.True(AccessLogChain.Verify(Chain(6), head with { LastHash = Chain(5)[^1].Hash }, s_key).IsIntact); // a lagging head is fine
    }
}
