using Mamori.Core.Audit;
using Mamori.Core.Security;
using Mamori.Core.Subjects;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    [Fact]
    public async Task PutAsync_Keys_StoredAndReplaced()
    {
        var a = DataSubject.NewId();
        var b = DataSubject.NewId();
        var first = Samples.Key("mk1");
        var second = Samples.Key("mk2");

        await Keys.PutAsync([(a, first), (b, Samples.Key("mk1"))], Ct);
        await Keys.PutAsync([(a, second)], Ct);

        var read = await Keys.GetAsync(a, Ct);
        Assert.Equal("mk2", read!.MasterKeyId);
        Assert.Equal(second.Blob, read.Blob);
        Assert.NotNull(await Keys.GetAsync(b, Ct));
        Assert.Null(await Keys.GetAsync(DataSubject.NewId(), Ct));
    }

    [Fact]
    public async Task PutAsync_SameSubjectTwiceInOneCall_LastWins()
    {
        var a = DataSubject.NewId();
        var last = Samples.Key("mk2");

        await Keys.PutAsync([(a, Samples.Key("mk1")), (a, last)], Ct);

        Assert.Equal(last.Blob, (await Keys.GetAsync(a, Ct))!.Blob);
    }

    [Fact]
    public async Task DeleteAsync_Key_GoneAndOthersKept()
    {
        var a = DataSubject.NewId();
        var b = DataSubject.NewId();
        await Keys.PutAsync([(a, Samples.Key()), (b, Samples.Key())], Ct);

        await Keys.DeleteAsync(a, Ct);
        await Keys.DeleteAsync(a, Ct);

        Assert.Null(await Keys.GetAsync(a, Ct));
        Assert.NotNull(await Keys.GetAsync(b, Ct));
    }

    [Fact]
    public async Task ListNotWrappedWithAsync_MixedMasterKeys_ListsOnlyOldOnesInBatches()
    {
        var old = Enumerable.Range(0, 5).Select(_ => (DataSubject.NewId(), Samples.Key("mk1"))).ToList();
        var older = Enumerable.Range(0, 2).Select(_ => (DataSubject.NewId(), Samples.Key("mk0"))).ToList();
        var current = Enumerable.Range(0, 3).Select(_ => (DataSubject.NewId(), Samples.Key("mk2"))).ToList();
        await Keys.PutAsync([.. old, .. older, .. current], Ct);

        // Rotation: take a batch, re-wrap it, store it, repeat until nothing is left.
        var rotated = new List<string>();
        while (true)
        {
            var batch = await Keys.ListNotWrappedWithAsync("mk2", 3, Ct);
            if (batch.Count == 0)
            {
                break;
            }

            Assert.True(batch.Count <= 3);
            Assert.DoesNotContain(batch, k => k.Key.MasterKeyId == "mk2");
            rotated.AddRange(batch.Select(k => k.SubjectId));
            await Keys.PutAsync([.. batch.Select(k => (k.SubjectId, k.Key with { MasterKeyId = "mk2" }))], Ct);
        }

        Assert.Equal(old.Concat(older).Select(k => k.Item1).Order(StringComparer.Ordinal), rotated.Order(StringComparer.Ordinal));
        Assert.Equal(new Dictionary<string, long> { ["mk2"] = 10 }, await Keys.CountByMasterKeyAsync(Ct));
    }

    [Fact]
    public async Task CountByMasterKeyAsync_Keys_CountedPerMasterKey()
    {
        Assert.Empty(await Keys.CountByMasterKeyAsync(Ct));
        await Keys.PutAsync([(DataSubject.NewId(), Samples.Key("mk1")), (DataSubject.NewId(), Samples.Key("mk1")), (DataSubject.NewId(), Samples.Key("mk2"))], Ct);

        var counts = await Keys.CountByMasterKeyAsync(Ct);

        Assert.Equal(new Dictionary<string, long> { ["mk1"] = 2, ["mk2"] = 1 }, counts);
    }

    [Fact]
    public async Task SetAccessLogHeadAsync_Heads_KeepsTheFurthest()
    {
        Assert.Null(await Keys.GetAccessLogHeadAsync(Ct));

        await Keys.SetAccessLogHeadAsync(new AccessLogHead(5, "h5"), Ct);
        await Keys.SetAccessLogHeadAsync(new AccessLogHead(7, "h7"), Ct);
        // A slower writer recording an older head after a newer one changes nothing.
        await Keys.SetAccessLogHeadAsync(new AccessLogHead(6, "h6"), Ct);

        Assert.Equal(new AccessLogHead(7, "h7"), await Keys.GetAccessLogHeadAsync(Ct));
    }

    [Fact]
    public async Task KeyStore_Tables_AreApartFromTheData()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);
        await Keys.PutAsync([(record.Subject.Id, record.Key)], Ct);
        await Keys.SetAccessLogHeadAsync(new AccessLogHead(1, "h"), Ct);

        Assert.Equal(1, await CountRawAsync("SELECT count(*) FROM subject_keys", keyStore: true));
        await Assert.ThrowsAnyAsync<Exception>(() => ScalarRawAsync("SELECT count(*) FROM subject_keys"));
        await Assert.ThrowsAnyAsync<Exception>(() => ScalarRawAsync("SELECT count(*) FROM log_head"));
        await Assert.ThrowsAnyAsync<Exception>(() => ScalarRawAsync("SELECT count(*) FROM subjects", keyStore: true));
    }

    [Fact]
    public async Task Erasure_KeyDestroyed_BackupKeepsCiphertextThatNoKeyOpens()
    {
        // Crypto-shredding at the storage level: real encryption (Core's EncryptionKeys), a backup taken
        // before the erasure, then the key destroyed. The backup still holds the ciphertext; nothing
        // holds a key that opens it. The other subject, backed up alike, still opens.
        var ring = Deidentification.Keys.KeyRing.Generate();
        var keys = new EncryptionKeys(ring, ring.ActiveKeyId);
        var erased = await SealedSubjectAsync(keys, "山田太郎");
        var kept = await SealedSubjectAsync(keys, "佐藤花子");
        var backup = await BackUpItemsAsync();

        await Keys.DeleteAsync(erased.Id, Ct);
        await Store.DeleteSubjectDataAsync(erased.Id, Ct);
        await Store.SetSubjectStatusAsync(erased.Id, SubjectStatus.Erased, Samples.At(100), Ct);

        Assert.Equal(erased.Ciphertext, backup[erased.ItemId]);
        Assert.Null(await Keys.GetAsync(erased.Id, Ct));
        Assert.Empty(await Store.GetItemsAsync(erased.Id, Ct));
        Assert.Equal(SubjectStatus.Erased, (await Store.GetSubjectAsync(erased.Id, Ct))!.Status);
        var keptKey = keys.Unwrap(kept.Id, (await Keys.GetAsync(kept.Id, Ct))!);
        Assert.Equal("佐藤花子", EncryptionKeys.DecryptValue(keptKey, kept.Id, Detection.EntityTypes.PersonName, backup[kept.ItemId]));
        // The data store never held a key: no wrapped key of either subject appears in the backup.
        Assert.DoesNotContain(backup.Values, blob => blob.AsSpan().IndexOf(erased.WrappedBlob) >= 0 || blob.AsSpan().IndexOf(kept.WrappedBlob) >= 0);
    }

    private async Task<(string Id, string ItemId, byte[] Ciphertext, byte[] WrappedBlob)> SealedSubjectAsync(EncryptionKeys keys, string name)
    {
        var id = DataSubject.NewId();
        var dataKey = EncryptionKeys.NewDataKey();
        var wrapped = keys.Wrap(id, dataKey);
        var item = Samples.Item(id) with { Ciphertext = EncryptionKeys.EncryptValue(dataKey, id, Detection.EntityTypes.PersonName, name) };
        await Keys.PutAsync([(id, wrapped)], Ct);
        await Store.InsertSubjectsAsync([new Core.Ports.NewSubjectRecord(new DataSubject(id, Samples.T0, SubjectStatus.Active), wrapped, [item], [])], Ct);
        // Before the erasure the stored ciphertext opens with the stored key: the test below can fail.
        var stored = (await Store.GetItemsAsync(id, Ct))[0];
        Assert.Equal(name, EncryptionKeys.DecryptValue(keys.Unwrap(id, (await Keys.GetAsync(id, Ct))!), id, Detection.EntityTypes.PersonName, stored.Ciphertext));
        return (id, item.Id, item.Ciphertext, wrapped.Blob);
    }
}
