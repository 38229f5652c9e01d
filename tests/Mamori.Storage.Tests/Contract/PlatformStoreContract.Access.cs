using Mamori.Core.Access;
using Mamori.Detection;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    [Fact]
    public async Task InsertUserAsync_Users_FoundByIdAndNameAndListedByName()
    {
        var entrustment = new Entrustment(Entrustment.NewId(), "コールセンター株式会社", [EntityTypes.PhoneNumber], ["support"], Samples.At(60 * 24 * 365)) { Country = "JP" };
        await Store.InsertEntrustmentAsync(entrustment, Ct);
        var officer = new PlatformUser(PlatformUser.NewId(), "sato", Role.PrivacyOfficer, Samples.At(0));
        var contractor = new PlatformUser(PlatformUser.NewId(), "callcenter", Role.Contractor, Samples.At(1)) { EntrustmentId = entrustment.Id, Disabled = true };

        await Store.InsertUserAsync(officer, Ct);
        await Store.InsertUserAsync(contractor, Ct);

        Assert.Equal(officer, await Store.GetUserAsync(officer.Id, Ct));
        Assert.Equal(contractor, await Store.GetUserByNameAsync("callcenter", Ct));
        Assert.Equal([contractor, officer], await Store.GetUsersAsync(Ct));
        Assert.Null(await Store.GetUserAsync(PlatformUser.NewId(), Ct));
        Assert.Null(await Store.GetUserByNameAsync("nobody", Ct));
    }

    [Fact]
    public async Task InsertUserAsync_TakenName_ConflictsWithoutNamingIt()
    {
        await Store.InsertUserAsync(new PlatformUser(PlatformUser.NewId(), "tanaka.hanako", Role.Staff, Samples.T0), Ct);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() =>
            Store.InsertUserAsync(new PlatformUser(PlatformUser.NewId(), "tanaka.hanako", Role.Marketer, Samples.T0), Ct));

        Assert.Equal("users", error.Table);
        Assert.DoesNotContain("tanaka.hanako", error.ToString(), StringComparison.Ordinal);
        Assert.Single(await Store.GetUsersAsync(Ct));
    }

    [Fact]
    public async Task InsertTokenAsync_Tokens_FoundByHashListedAndRevoked()
    {
        var alice = new PlatformUser(PlatformUser.NewId(), "alice", Role.Administrator, Samples.T0);
        var bob = new PlatformUser(PlatformUser.NewId(), "bob", Role.Staff, Samples.T0);
        await Store.InsertUserAsync(alice, Ct);
        await Store.InsertUserAsync(bob, Ct);
        var first = new ApiToken("T1", alice.Id, new string('a', 64), Samples.At(1));
        var second = new ApiToken("T2", bob.Id, new string('b', 64), Samples.At(2));
        var third = new ApiToken("T3", alice.Id, new string('c', 64), Samples.At(3));
        await Store.InsertTokenAsync(first, Ct);
        await Store.InsertTokenAsync(second, Ct);
        await Store.InsertTokenAsync(third, Ct);

        Assert.Equal(second, await Store.GetTokenByHashAsync(new string('b', 64), Ct));
        Assert.Null(await Store.GetTokenByHashAsync(new string('d', 64), Ct));
        Assert.Equal([first, third], await Store.GetTokensAsync(alice.Id, Ct));
        Assert.Equal([first, second, third], await Store.GetTokensAsync(null, Ct));

        Assert.True(await Store.RevokeTokenAsync("T1", Samples.At(10), Ct));
        Assert.True(await Store.RevokeTokenAsync("T1", Samples.At(20), Ct));
        Assert.False(await Store.RevokeTokenAsync("T9", Samples.At(10), Ct));
        Assert.Equal(Samples.At(10), (await Store.GetTokenByHashAsync(first.Hash, Ct))!.RevokedAt);
        Assert.Null((await Store.GetTokenByHashAsync(third.Hash, Ct))!.RevokedAt);
    }

    [Fact]
    public async Task TouchTokenAsync_SignIns_KeepTheLatestTime()
    {
        var user = new PlatformUser(PlatformUser.NewId(), "alice", Role.Administrator, Samples.T0);
        await Store.InsertUserAsync(user, Ct);
        await Store.InsertTokenAsync(new ApiToken("T1", user.Id, "hash1", Samples.T0), Ct);
        await Store.InsertTokenAsync(new ApiToken("T2", user.Id, "hash2", Samples.T0), Ct);

        await Store.TouchTokenAsync("T1", Samples.At(5), Ct);
        await Store.TouchTokenAsync("T1", Samples.At(3), Ct);
        await Store.TouchTokenAsync("T9", Samples.At(3), Ct);

        Assert.Equal(Samples.At(5), (await Store.GetTokenByHashAsync("hash1", Ct))!.LastUsedAt);
        Assert.Null((await Store.GetTokenByHashAsync("hash2", Ct))!.LastUsedAt);
    }

    [Fact]
    public async Task InsertTokenAsync_SameHashTwice_Conflicts()
    {
        var user = new PlatformUser(PlatformUser.NewId(), "alice", Role.Administrator, Samples.T0);
        await Store.InsertUserAsync(user, Ct);
        await Store.InsertTokenAsync(new ApiToken("T1", user.Id, "hash", Samples.T0), Ct);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => Store.InsertTokenAsync(new ApiToken("T2", user.Id, "hash", Samples.T0), Ct));

        Assert.Equal("tokens", error.Table);
    }

    [Fact]
    public async Task InsertEntrustmentAsync_Entrustments_ReadBackWhole()
    {
        var delivery = new Entrustment("N1", "配送センター", [EntityTypes.Address, EntityTypes.PersonName, EntityTypes.PhoneNumber], ["order-fulfilment"], Samples.At(1000));
        var overseas = new Entrustment("N2", "Support Ltd.", [EntityTypes.EmailAddress], ["support", "analytics"], Samples.At(2000)) { Country = "SG" };

        await Store.InsertEntrustmentAsync(overseas, Ct);
        await Store.InsertEntrustmentAsync(delivery, Ct);

        var read = await Store.GetEntrustmentAsync("N2", Ct);
        Assert.Equal(overseas with { ItemTypes = read!.ItemTypes, PurposeCodes = read.PurposeCodes }, read);
        Assert.Equal(overseas.ItemTypes, read.ItemTypes);
        Assert.Equal(overseas.PurposeCodes, read.PurposeCodes);
        Assert.Equal(["N1", "N2"], (await Store.GetEntrustmentsAsync(Ct)).Select(e => e.Id));
        Assert.Equal("JP", (await Store.GetEntrustmentAsync("N1", Ct))!.Country);
        Assert.Null(await Store.GetEntrustmentAsync("N3", Ct));
    }
}
