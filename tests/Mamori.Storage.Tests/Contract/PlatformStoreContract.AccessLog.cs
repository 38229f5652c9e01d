using System.Collections.Concurrent;
using Mamori.Core.Audit;
using Mamori.Detection;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    private static readonly byte[] s_logKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public async Task AppendAccessLogAsync_Entries_ChainAndReadBackExactly()
    {
        var subject = Samples.Subject().Subject.Id;
        var first = await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, subject), Ct);
        var second = await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, null, AccessAction.SignInFailed, allowed: false), Ct);

        var log = await ReadLogAsync();

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AccessLogChain.Genesis, first.PreviousHash);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.True(AccessLogChain.Verify(log, new AccessLogHead(2, second.Hash), s_logKey).IsIntact);
        // The hash covers the time to the 100-ns tick, so it must come back exactly.
        Assert.Equal(first.At.UtcTicks, log[0].At.UtcTicks);
        Assert.Equal([EntityTypes.EmailAddress, EntityTypes.PhoneNumber], log[0].ItemTypes);
        Assert.Equal((first.UserId, first.Role, first.Action, first.SubjectId, first.Purpose, first.Allowed, first.Detail),
            (log[0].UserId, log[0].Role, log[0].Action, log[0].SubjectId, log[0].Purpose, log[0].Allowed, log[0].Detail));
        Assert.Equal(((string?)null, AccessAction.SignInFailed, false), (log[1].SubjectId, log[1].Action, log[1].Allowed));
    }

    [Fact]
    public async Task AppendAccessLogAsync_200InParallel_NumbersWithoutGapsAndChainsInOrder()
    {
        var built = new ConcurrentBag<long>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Ct }, async (_, ct) =>
            await Store.AppendAccessLogAsync((seq, prev) =>
            {
                built.Add(seq);
                return LogEntry(seq, prev, null);
            }, ct));

        var log = await ReadLogAsync();

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), built.Order());
        for (var i = 1; i < log.Count; i++)
        {
            Assert.Equal(log[i - 1].Hash, log[i].PreviousHash);
        }

        Assert.True(AccessLogChain.Verify(log, null, s_logKey).IsIntact);
    }

    [Fact]
    public async Task AppendAccessLogAsync_EntryIgnoringItsSequence_WritesNothing()
    {
        await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, null), Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq + 5, prev, null), Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendAccessLogAsync((seq, _) => LogEntry(seq, AccessLogChain.Genesis, null), Ct));

        Assert.Single(await ReadLogAsync());
    }

    [Fact]
    public async Task AccessLog_DirectUpdateOrDelete_RefusedByTheDatabase()
    {
        await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, null), Ct);
        await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, null), Ct);

        var update = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("UPDATE access_log SET allowed = NOT allowed WHERE seq = 1"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("DELETE FROM access_log WHERE seq = 2"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        var log = await ReadLogAsync();
        Assert.Equal(2, log.Count);
        Assert.True(AccessLogChain.Verify(log, null, s_logKey).IsIntact);
    }

    [Fact]
    public async Task ReadAccessLogAsync_FromSequence_StartsThere()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, null), Ct);
        }

        var tail = new List<long>();
        await foreach (var entry in Store.ReadAccessLogAsync(4, Ct))
        {
            tail.Add(entry.Sequence);
        }

        Assert.Equal([4L, 5L], tail);
    }

    private static AccessLogEntry LogEntry(long sequence, string previousHash, string? subjectId, AccessAction action = AccessAction.Read, bool allowed = true)
    {
        // DateTimeOffset.UtcNow carries 100-ns ticks: exactly what the store must not lose.
        var now = DateTimeOffset.UtcNow;
        var entry = new AccessLogEntry(sequence, now.AddTicks(7 - (now.UtcTicks % 10)), "U1", "privacy-officer", action, subjectId,
            [EntityTypes.EmailAddress, EntityTypes.PhoneNumber], "support", allowed, "count=1");
        return AccessLogChain.Seal(entry, previousHash, s_logKey);
    }

    private async Task<List<AccessLogEntry>> ReadLogAsync()
    {
        var entries = new List<AccessLogEntry>();
        await foreach (var entry in Store.ReadAccessLogAsync(1, Ct))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
