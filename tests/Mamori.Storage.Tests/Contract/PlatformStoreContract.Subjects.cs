using Mamori.Core.Ports;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    [Fact]
    public async Task InsertSubjectsAsync_OneSubject_ReadsBackEveryField()
    {
        var record = Samples.Subject(importId: "import-1");

        await Store.InsertSubjectsAsync([record], Ct);

        var subject = await Store.GetSubjectAsync(record.Subject.Id, Ct);
        Assert.Equal(record.Subject, subject);
        var items = await Store.GetItemsAsync(record.Subject.Id, Ct);
        Assert.Equal(record.Items.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            AssertSameItem(record.Items[i], items[i]);
        }

        var consents = await Store.GetConsentsAsync(record.Subject.Id, Ct);
        Assert.Equal(record.Consents, consents);
    }

    [Fact]
    public async Task InsertSubjectsAsync_WrappedKeys_AreNotWrittenToTheDataStore()
    {
        var record = Samples.Subject();

        await Store.InsertSubjectsAsync([record], Ct);

        Assert.Null(await Keys.GetAsync(record.Subject.Id, Ct));
    }

    [Fact]
    public async Task InsertSubjectsAsync_ThousandsInOneCall_StoresEveryRow()
    {
        var records = Enumerable.Range(0, 3000).Select(n => Samples.Member(n, "bulk")).ToList();

        await Store.InsertSubjectsAsync(records, Ct);

        Assert.Equal(3000, await Store.CountSubjectsAsync(Ct));
        Assert.Equal(18000, await CountRawAsync("SELECT count(*) FROM items"));
        var last = records[^1];
        var items = await Store.GetItemsAsync(last.Subject.Id, Ct);
        Assert.Equal(last.Items.Select(i => i.Id), items.Select(i => i.Id));
        Assert.Equal(last.Items[3].Ciphertext, items[3].Ciphertext);
        Assert.Equal([last.Subject.Id], await Store.FindByBlindIndexAsync(ItemTypes.MemberId, last.Items[3].BlindIndex!, Ct));
    }

    [Fact]
    public async Task InsertSubjectsAsync_BatchWithAnExistingSubject_WritesNothing()
    {
        var existing = Samples.Subject();
        await Store.InsertSubjectsAsync([existing], Ct);
        var fresh = Samples.Subject();

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => Store.InsertSubjectsAsync([fresh, Samples.Subject(id: existing.Subject.Id)], Ct));

        Assert.Equal("subjects", error.Table);
        Assert.Null(await Store.GetSubjectAsync(fresh.Subject.Id, Ct));
        Assert.Empty(await Store.GetItemsAsync(fresh.Subject.Id, Ct));
        Assert.Equal(1, await Store.CountSubjectsAsync(Ct));
    }

    [Fact]
    public async Task InsertSubjectsAsync_ItemOfAnotherSubject_RefusesTheBatch()
    {
        var record = Samples.Subject();
        var stray = record with { Items = [Samples.Item(DataSubject.NewId())] };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.InsertSubjectsAsync([stray], Ct));

        Assert.Null(await Store.GetSubjectAsync(record.Subject.Id, Ct));
    }

    [Fact]
    public async Task GetSubjectAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetSubjectAsync(DataSubject.NewId(), Ct));
    }

    [Fact]
    public async Task ListSubjectIdsAsync_Pages_FollowCreationOrder()
    {
        // Ids are written in one order, creation times say another: creation time decides.
        var records = Enumerable.Range(0, 7).Select(n => Samples.Subject(createdAt: Samples.At(10 - n))).ToList();
        await Store.InsertSubjectsAsync(records, Ct);
        var expected = records.AsEnumerable().Reverse().Select(r => r.Subject.Id).ToList();

        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Store.ListSubjectIdsAsync(after, 3, Ct);
            if (page.Count == 0)
            {
                break;
            }

            Assert.True(page.Count <= 3);
            seen.AddRange(page);
            after = page[^1];
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ListSubjectIdsAsync_ErasedSubject_IsLeftOutAndStillWorksAsACursor()
    {
        var records = Enumerable.Range(0, 4).Select(n => Samples.Subject(createdAt: Samples.At(n))).ToList();
        await Store.InsertSubjectsAsync(records, Ct);
        var erased = records[1].Subject.Id;
        await Store.SetSubjectStatusAsync(erased, SubjectStatus.Erased, Samples.At(9), Ct);

        var all = await Store.ListSubjectIdsAsync(null, 10, Ct);
        var afterErased = await Store.ListSubjectIdsAsync(erased, 10, Ct);

        Assert.Equal([records[0].Subject.Id, records[2].Subject.Id, records[3].Subject.Id], all);
        Assert.Equal([records[2].Subject.Id, records[3].Subject.Id], afterErased);
    }

    [Fact]
    public async Task ListSubjectIdsAsync_SameCreationTime_OrdersById()
    {
        var records = Enumerable.Range(0, 4).Select(_ => Samples.Subject(createdAt: Samples.T0)).ToList();
        await Store.InsertSubjectsAsync(records, Ct);

        var first = await Store.ListSubjectIdsAsync(null, 2, Ct);
        var second = await Store.ListSubjectIdsAsync(first[^1], 10, Ct);

        Assert.Equal(records.Select(r => r.Subject.Id).Order(StringComparer.Ordinal), first.Concat(second));
    }

    [Fact]
    public async Task ListSubjectIdsAsync_UnknownCursorOrBadLimit_EmptyPageOrError()
    {
        await Store.InsertSubjectsAsync([Samples.Subject()], Ct);

        Assert.Empty(await Store.ListSubjectIdsAsync(DataSubject.NewId(), 10, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListSubjectIdsAsync(null, 0, Ct));
    }

    [Fact]
    public async Task CountSubjectsAsync_ErasedSubject_IsNotCounted()
    {
        var records = new[] { Samples.Subject(), Samples.Subject(), Samples.Subject() };
        await Store.InsertSubjectsAsync(records, Ct);

        await Store.SetSubjectStatusAsync(records[1].Subject.Id, SubjectStatus.Erased, Samples.At(5), Ct);
        await Store.SetSubjectStatusAsync(records[2].Subject.Id, SubjectStatus.Suspended, Samples.At(5), Ct);

        Assert.Equal(2, await Store.CountSubjectsAsync(Ct));
    }

    [Fact]
    public async Task SetSubjectStatusAsync_Erased_RecordsWhen()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);

        await Store.SetSubjectStatusAsync(record.Subject.Id, SubjectStatus.Suspended, Samples.At(1), Ct);
        var suspended = await Store.GetSubjectAsync(record.Subject.Id, Ct);
        await Store.SetSubjectStatusAsync(record.Subject.Id, SubjectStatus.Erased, Samples.At(2), Ct);
        var erased = await Store.GetSubjectAsync(record.Subject.Id, Ct);

        Assert.Equal(SubjectStatus.Suspended, suspended!.Status);
        Assert.Null(suspended.ErasedAt);
        Assert.Equal(SubjectStatus.Erased, erased!.Status);
        Assert.Equal(Samples.At(2), erased.ErasedAt);
        Assert.Equal(record.Subject.CreatedAt, erased.CreatedAt);
    }

    [Fact]
    public async Task SetSubjectStatusAsync_UnknownSubject_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.SetSubjectStatusAsync(DataSubject.NewId(), SubjectStatus.Erased, Samples.T0, Ct));
    }

    [Fact]
    public async Task UpsertItemsAsync_SameId_ReplacesInPlaceAndAppendsNew()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);
        var replaced = record.Items[0] with { Ciphertext = [1, 2, 3], BlindIndex = "abc", Provenance = record.Items[0].Provenance with { Source = "call-centre", Method = AcquisitionMethod.Direct, NoticeId = null } };
        var added = Samples.Item(record.Subject.Id, EntityTypes.Address);

        await Store.UpsertItemsAsync([replaced, added], Ct);

        var items = await Store.GetItemsAsync(record.Subject.Id, Ct);
        Assert.Equal([record.Items[0].Id, record.Items[1].Id, record.Items[2].Id, added.Id], items.Select(i => i.Id));
        AssertSameItem(replaced, items[0]);
        AssertSameItem(added, items[3]);
    }

    [Fact]
    public async Task FindByBlindIndexAsync_TypeAndIndex_FindsEveryHolder()
    {
        var shared = Samples.BlindIndex();
        var a = Samples.Subject(emailIndex: shared);
        var b = Samples.Subject(emailIndex: shared);
        var other = Samples.Subject();
        await Store.InsertSubjectsAsync([a, b, other], Ct);

        var found = await Store.FindByBlindIndexAsync(EntityTypes.EmailAddress, shared, Ct);

        Assert.Equal(new[] { a.Subject.Id, b.Subject.Id }.Order(StringComparer.Ordinal), found);
        Assert.Empty(await Store.FindByBlindIndexAsync(EntityTypes.PhoneNumber, shared, Ct));
        Assert.Empty(await Store.FindByBlindIndexAsync(EntityTypes.EmailAddress, Samples.BlindIndex(), Ct));
    }

    [Fact]
    public async Task FindExistingBlindIndexesAsync_ManyIndexes_ReturnsThoseHeldForTheType()
    {
        var held = Enumerable.Range(0, 3).Select(_ => Samples.Subject()).ToList();
        await Store.InsertSubjectsAsync(held, Ct);
        var emails = held.Select(s => s.Items[1].BlindIndex!).ToList();
        var asked = Enumerable.Range(0, 1200).Select(_ => Samples.BlindIndex()).Concat(emails).Append(emails[0]).ToList();

        var found = await Store.FindExistingBlindIndexesAsync(EntityTypes.EmailAddress, asked, Ct);

        Assert.Equal(emails.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Empty(await Store.FindExistingBlindIndexesAsync(EntityTypes.PhoneNumber, emails, Ct));
        Assert.Empty(await Store.FindExistingBlindIndexesAsync(EntityTypes.EmailAddress, [], Ct));
    }

    [Fact]
    public async Task DeleteSubjectDataAsync_Subject_RemovesItemsAndEventsKeepsConsentsAndLog()
    {
        var gone = Samples.Subject();
        var kept = Samples.Subject();
        await Store.InsertSubjectsAsync([gone, kept], Ct);
        await Store.InsertEventsAsync([new StoredEvent(SubjectEvent.NewId(), gone.Subject.Id, "purchase", Samples.At(3), [9, 9])], Ct);
        await Store.AppendAccessLogAsync((seq, prev) => LogEntry(seq, prev, gone.Subject.Id), Ct);

        await Store.DeleteSubjectDataAsync(gone.Subject.Id, Ct);

        Assert.Empty(await Store.GetItemsAsync(gone.Subject.Id, Ct));
        Assert.Empty(await Store.GetEventsAsync(gone.Subject.Id, Ct));
        Assert.Empty(await Store.FindByBlindIndexAsync(EntityTypes.EmailAddress, gone.Items[1].BlindIndex!, Ct));
        Assert.Equal(gone.Consents, await Store.GetConsentsAsync(gone.Subject.Id, Ct));
        Assert.NotNull(await Store.GetSubjectAsync(gone.Subject.Id, Ct));
        Assert.Single(await ReadLogAsync());
        Assert.Equal(3, (await Store.GetItemsAsync(kept.Subject.Id, Ct)).Count);
    }

    [Fact]
    public async Task InsertEventsAsync_Events_ComeBackOldestFirst()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);
        var late = new StoredEvent(SubjectEvent.NewId(), record.Subject.Id, "purchase", Samples.At(30), [1]);
        var early = new StoredEvent(SubjectEvent.NewId(), record.Subject.Id, "ride", Samples.At(10), [2, 2]);
        var tie = new StoredEvent(SubjectEvent.NewId(), record.Subject.Id, "visit", Samples.At(30), [3, 3, 3]);

        await Store.InsertEventsAsync([late, early], Ct);
        await Store.InsertEventsAsync([tie], Ct);

        var events = await Store.GetEventsAsync(record.Subject.Id, Ct);
        Assert.Equal([early.Id, late.Id, tie.Id], events.Select(e => e.Id));
        Assert.Equal(early.OccurredAt, events[0].OccurredAt);
        Assert.Equal("ride", events[0].Kind);
        Assert.Equal(tie.Ciphertext, events[2].Ciphertext);
    }

    [Fact]
    public async Task InsertEventsAsync_UnknownSubject_RefusedWithoutWriting()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);
        var good = new StoredEvent(SubjectEvent.NewId(), record.Subject.Id, "purchase", Samples.At(1), [1]);
        var orphan = new StoredEvent(SubjectEvent.NewId(), DataSubject.NewId(), "purchase", Samples.At(1), [1]);

        await Assert.ThrowsAsync<StorageException>(() => Store.InsertEventsAsync([good, orphan], Ct));

        Assert.Empty(await Store.GetEventsAsync(record.Subject.Id, Ct));
    }

    [Fact]
    public async Task UpsertItemsAsync_UnknownSubject_RefusedWithoutWriting()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);
        var good = Samples.Item(record.Subject.Id, EntityTypes.Address);
        var orphan = Samples.Item(DataSubject.NewId(), EntityTypes.Address);

        await Assert.ThrowsAsync<StorageException>(() => Store.UpsertItemsAsync([good, orphan], Ct));

        Assert.Equal(record.Items.Select(i => i.Id), (await Store.GetItemsAsync(record.Subject.Id, Ct)).Select(i => i.Id));
        Assert.Equal(record.Items.Count, await CountRawAsync("SELECT count(*) FROM items"));
    }

    private static void AssertSameItem(StoredItem expected, StoredItem actual)
    {
        Assert.Equal(expected with { Ciphertext = Array.Empty<byte>() }, actual with { Ciphertext = Array.Empty<byte>() });
        Assert.Equal(expected.Ciphertext, actual.Ciphertext);
    }
}
