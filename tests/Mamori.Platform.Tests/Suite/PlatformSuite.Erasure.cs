using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Mamori.Storage;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task EraseAsync_CopyOfTheDataTakenBefore_ErasedSubjectCannotBeDecryptedFromIt()
    {
        var erased = World.NextPerson();
        var kept = World.NextPerson();
        var erasedId = await World.RegisterAsync(erased);
        var keptId = await World.RegisterAsync(kept);
        await Platform.Subjects.AddEventsAsync(World.Staff, erasedId, PlatformSetup.Support, [("purchase", World.Clock.GetUtcNow(), new Dictionary<string, string> { ["sku"] = "A-1" })], Ct);
        var wrappedKey = (await Platform.KeyStore.GetAsync(erasedId, Ct))!.Blob;
        var copy = await World.Backend.CopyDataStoreAsync(World.Location, Ct);

        await Platform.Subjects.EraseAsync(World.Officer, erasedId, "request DSR-1", Ct);

        // Live: the key is gone, the items and events are gone, the subject is marked erased.
        Assert.Null(await Platform.KeyStore.GetAsync(erasedId, Ct));
        Assert.Equal(SubjectStatus.Erased, (await Platform.Store.GetSubjectAsync(erasedId, Ct))!.Status);
        Assert.Empty(await Platform.Store.GetItemsAsync(erasedId, Ct));
        Assert.Empty(await Platform.Store.GetEventsAsync(erasedId, Ct));
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Officer, erasedId, PlatformSetup.Support, Ct))).Code);
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Officer, EntityTypes.EmailAddress, erased.Email, PlatformSetup.Support, Ct));
        // Nowhere in the live databases' bytes (SQLite files and their WAL, or a dump of both schemas) is the destroyed key.
        Assert.Empty(RawBytes.Locate(await World.Backend.RawFilesAsync(World.Location, Ct), wrappedKey));

        // The copy, restored next to the live key store and key file, still holds the ciphertext but can no longer open it.
        var restoredLocation = await World.Backend.RestoreDataCopyAsync(World.Location, copy, Ct);
        await using var restored = await PlatformHost.OpenAsync(restoredLocation, World.Clock, cancellationToken: Ct);
        try
        {
            Assert.Equal(SubjectStatus.Active, (await restored.Store.GetSubjectAsync(erasedId, Ct))!.Status);
            Assert.Equal(PlatformSetup.SupportItems.Length, (await restored.Store.GetItemsAsync(erasedId, Ct)).Count);
            Assert.Single(await restored.Store.GetEventsAsync(erasedId, Ct));
            Assert.Null(await restored.KeyStore.GetAsync(erasedId, Ct));
            var refusal = await RefusedAsync(() => restored.Subjects.GetAsync(World.Officer, erasedId, PlatformSetup.Support, Ct));
            Assert.Equal("not_found", refusal.Code);
            Assert.Equal("not_found", (await RefusedAsync(() => restored.Subjects.GetEventsAsync(World.Officer, erasedId, PlatformSetup.Support, Ct))).Code);
            var view = await restored.Subjects.GetAsync(World.Officer, keptId, PlatformSetup.Support, Ct);
            Assert.Equal(kept.Email, Assert.Single(view.Items, i => i.Type == EntityTypes.EmailAddress).Value);
        }
        finally
        {
            await World.Backend.DropAsync(restoredLocation);
        }
    }

    [Fact]
    public async Task EraseAsync_Twice_SecondIsNotFoundAndConsentsStayAsProof()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson(), null, new Mamori.Core.Features.NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));

        await Platform.Subjects.EraseAsync(World.Officer, subjectId, "request DSR-2", Ct);

        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Subjects.EraseAsync(World.Officer, subjectId, "request DSR-2", Ct))).Code);
        Assert.Single(await Platform.Store.GetConsentsAsync(subjectId, Ct));
    }
}
