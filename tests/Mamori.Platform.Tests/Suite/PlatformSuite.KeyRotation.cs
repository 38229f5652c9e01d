using Mamori.Core.Features;
using Mamori.Core.Ports;
using Mamori.Core.Security;
using Mamori.Deidentification.Keys;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Mamori.Storage;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    private static readonly PlatformOptions s_smallBatches = new() { BatchSize = 4 };

    [Fact]
    public async Task RotateAsync_ThenRetireTheOldKey_EverySubjectReadableAndSearchable()
    {
        await using var world = await Fixture.NewWorldAsync(s_smallBatches);
        var people = await RegisterManyAsync(world, 10);
        var original = world.Platform.MasterKeys.Ring.ActiveKeyId;

        var (second, rewrapped) = await world.Platform.KeyRotation.RotateAsync(Caller.LocalOperator, retireOld: false, cancellationToken: Ct);
        await AssertAllReadableAsync(world, people);
        var (third, rewrappedAgain) = await world.Platform.KeyRotation.RotateAsync(Caller.LocalOperator, retireOld: true, cancellationToken: Ct);

        Assert.Equal(10, rewrapped);
        Assert.Equal(10, rewrappedAgain);
        Assert.NotEqual(original, second);
        var ring = KeyRing.Load(world.Location.EffectiveKeyFile);
        Assert.Equal(third, ring.ActiveKeyId);
        Assert.DoesNotContain(second, ring.KeyIds);
        // The first key stays: blind indexes and the access log's chain are derived from it (see MasterKeyRotation).
        Assert.Equal(new[] { original, third }.Order(StringComparer.Ordinal), ring.KeyIds.Order(StringComparer.Ordinal));
        Assert.Equal(new Dictionary<string, long> { [third] = 10 }, await world.Platform.KeyStore.CountByMasterKeyAsync(Ct));
        await world.CloseAsync();
        await world.OpenAsync(Ct);
        await AssertAllReadableAsync(world, people);
        Assert.True((await world.Platform.AccessLog.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task RotateAsync_RefusedForOtherRoles_AndLogged()
    {
        var keys = KeyRing.Load(World.Location.EffectiveKeyFile).KeyIds.Order(StringComparer.Ordinal).ToList();
        var before = await World.LogHeadAsync();

        var refusal = await RefusedAsync(() => Platform.KeyRotation.RotateAsync(World.Officer, retireOld: false, cancellationToken: Ct));

        Assert.Equal("forbidden", refusal.Code);
        Assert.Contains(await World.LogSinceAsync(before), e => e.UserId == World.Officer.UserId && !e.Allowed);
        Assert.Equal(keys, KeyRing.Load(World.Location.EffectiveKeyFile).KeyIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ContinueAsync_RotationInterruptedMidway_FinishesWithoutLoss()
    {
        await using var world = await Fixture.NewWorldAsync(s_smallBatches);
        var people = await RegisterManyAsync(world, 10);
        using var interrupt = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Platform.KeyRotation.RotateAsync(
            Caller.LocalOperator, retireOld: false, new SyncProgress<long>(done => interrupt.Cancel()), interrupt.Token));
        var newKey = KeyRing.Load(world.Location.EffectiveKeyFile).ActiveKeyId;
        var midway = await world.Platform.KeyStore.CountByMasterKeyAsync(Ct);
        // The process stops here; another one opens the platform and finishes the rotation.
        await world.CloseAsync();
        await world.OpenAsync(Ct);
        await AssertAllReadableAsync(world, people);
        var finished = await world.Platform.KeyRotation.ContinueAsync(cancellationToken: Ct);

        Assert.Equal(s_smallBatches.BatchSize, midway[newKey]);
        Assert.Equal(10 - s_smallBatches.BatchSize, finished);
        Assert.Equal(new Dictionary<string, long> { [newKey] = 10 }, await world.Platform.KeyStore.CountByMasterKeyAsync(Ct));
        await AssertAllReadableAsync(world, people);
    }

    [Fact]
    public async Task ContinueAsync_SubjectErasedWhileItsBatchIsRewrapped_StaysErased()
    {
        World? armed = null;
        string? erasedId = null;
        await using var world = await Fixture.NewWorldAsync(s_smallBatches, new World.Wrappers(Keys: keys => Intercept<ISubjectKeyStore>.Wrap(
            keys, nameof(ISubjectKeyStore.ListNotWrappedWithAsync), async listed =>
            {
                // A privacy officer erases a subject of the batch the rotation has just read, before it writes the batch back.
                if (armed is not null && erasedId is null && listed is IReadOnlyList<(string SubjectId, WrappedKey Key)> { Count: > 0 } batch)
                {
                    erasedId = batch[^1].SubjectId;
                    await armed.Platform.Subjects.EraseAsync(armed.Officer, erasedId, "request DSR-R", CancellationToken.None);
                }
            })));
        var people = await RegisterManyAsync(world, 10);
        var copy = await world.Backend.CopyDataStoreAsync(world.Location, Ct);
        armed = world;

        var (newKey, _) = await world.Platform.KeyRotation.RotateAsync(Caller.LocalOperator, retireOld: false, cancellationToken: Ct);

        Assert.NotNull(erasedId);
        Assert.Null(await world.Platform.KeyStore.GetAsync(erasedId, Ct));
        Assert.Equal(new Dictionary<string, long> { [newKey] = 9 }, await world.Platform.KeyStore.CountByMasterKeyAsync(Ct));
        await AssertAllReadableAsync(world, [.. people.Where(p => p.Id != erasedId)]);
        var restoredLocation = await world.Backend.RestoreDataCopyAsync(world.Location, copy, Ct);
        await using var restored = await PlatformHost.OpenAsync(restoredLocation, world.Clock, cancellationToken: Ct);
        try
        {
            Assert.Equal("not_found", (await RefusedAsync(() => restored.Subjects.GetAsync(world.Officer, erasedId, PlatformSetup.Support, Ct))).Code);
        }
        finally
        {
            await world.Backend.DropAsync(restoredLocation);
        }
    }

    private static async Task<List<(SyntheticPerson Person, string Id)>> RegisterManyAsync(World world, int count)
    {
        var people = new List<(SyntheticPerson, string)>();
        for (var i = 0; i < count; i++)
        {
            var person = world.NextPerson();
            people.Add((person, await world.RegisterAsync(person)));
        }

        return people;
    }

    private static async Task AssertAllReadableAsync(World world, List<(SyntheticPerson Person, string Id)> people)
    {
        foreach (var (person, id) in people)
        {
            var view = await world.Platform.Subjects.GetAsync(world.Officer, id, PlatformSetup.Support, Ct);
            Assert.True(person.Email == Assert.Single(view.Items, i => i.Type == EntityTypes.EmailAddress).Value, $"person {person.Number}: e-mail not read back");
            Assert.Equal([id], await world.Platform.Subjects.SearchAsync(world.Officer, EntityTypes.EmailAddress, person.Email, PlatformSetup.Support, Ct));
        }
    }
}
