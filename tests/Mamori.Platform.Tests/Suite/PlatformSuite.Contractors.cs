using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task GetAsync_Contractor_SeesOnlyTheEntrustmentsItemsInFull()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);

        var view = await Platform.Subjects.GetAsync(World.Contractor, subjectId, PlatformSetup.Support, Ct);

        Assert.Equal(PlatformSetup.CallCentreItems.Order(), view.Items.Select(i => i.Type).Order());
        Assert.All(view.Items, i => Assert.False(i.Masked));
        Assert.Equal(person.Phone, Assert.Single(view.Items, i => i.Type == EntityTypes.PhoneNumber).Value);
    }

    [Fact]
    public async Task GetAsync_ContractorForAPurposeOutsideTheEntrustment_Refused()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson(), null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));

        var refusal = await RefusedAsync(() => Platform.Subjects.GetAsync(World.Contractor, subjectId, PlatformSetup.EmailMarketing, Ct));

        Assert.Equal("entrustment", refusal.Code);
    }

    [Fact]
    public async Task SearchAsync_ContractorByATypeOutsideTheEntrustment_RefusedAndLogged()
    {
        var person = World.NextPerson();
        await World.RegisterAsync(person);
        var before = await World.LogHeadAsync();

        var refusal = await RefusedAsync(() => Platform.Subjects.SearchAsync(World.Contractor, EntityTypes.EmailAddress, person.Email, PlatformSetup.Support, Ct));

        Assert.True(refusal.IsForbidden, refusal.Code);
        Assert.Contains(await World.LogSinceAsync(before), e => e.UserId == World.Contractor.UserId && !e.Allowed);
    }

    [Fact]
    public async Task RegisterAsync_ContractorWithAnItemOutsideTheEntrustment_Refused()
    {
        var refusal = await RefusedAsync(() => Platform.Subjects.RegisterAsync(World.Contractor, PlatformSetup.Support,
            World.NextPerson().Items(EntityTypes.PersonName, EntityTypes.EmailAddress), [], Ct));

        Assert.Equal("purpose_not_allowed", refusal.Code);
    }

    [Fact]
    public async Task GetEventsAsync_ContractorWhoseEntrustmentLeavesOutHistories_RefusedAndLogged()
    {
        var entrustment = await Platform.Entrustments.CreateAsync(World.Officer,
            new Entrustment(string.Empty, "受付代行株式会社", PlatformSetup.CallCentreItems, [PlatformSetup.Support], World.Clock.GetUtcNow().AddDays(30)), Ct);
        var contractor = await World.SignInAsync("reception-" + Guid.NewGuid().ToString("N")[..8], Role.Contractor, entrustment.Id, Ct);
        var subjectId = await World.RegisterAsync(World.NextPerson());
        await Platform.Subjects.AddEventsAsync(World.Staff, subjectId, PlatformSetup.Support, [("purchase", World.Clock.GetUtcNow(), new Dictionary<string, string> { ["sku"] = "A-1" })], Ct);
        var before = await World.LogHeadAsync();

        var read = await RefusedAsync(() => Platform.Subjects.GetEventsAsync(contractor, subjectId, PlatformSetup.Support, Ct));
        var write = await RefusedAsync(() => Platform.Subjects.AddEventsAsync(contractor, subjectId, PlatformSetup.Support,
            [("visit", World.Clock.GetUtcNow(), new Dictionary<string, string>())], Ct));

        Assert.Equal("entrustment", read.Code);
        Assert.Equal("entrustment", write.Code);
        Assert.Equal(2, (await World.LogSinceAsync(before)).Count(e => e.UserId == contractor.UserId && !e.Allowed && e.ItemTypes.Contains(ItemTypes.Events)));
        Assert.Single(await Platform.Subjects.GetEventsAsync(World.Officer, subjectId, PlatformSetup.Support, Ct));
    }

    [Fact]
    public async Task GetEventsAsync_ContractorEntrustedWithHistories_ReadsThemButNoOtherItems()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        await Platform.Subjects.AddEventsAsync(World.Staff, subjectId, PlatformSetup.Support, [("purchase", World.Clock.GetUtcNow(), new Dictionary<string, string> { ["sku"] = "A-1" })], Ct);

        var events = await Platform.Subjects.GetEventsAsync(World.Contractor, subjectId, PlatformSetup.Support, Ct);
        var view = await Platform.Subjects.GetAsync(World.Contractor, subjectId, PlatformSetup.Support, Ct);

        Assert.Equal("A-1", Assert.Single(events).Attributes["sku"]);
        Assert.Equal(PlatformSetup.CallCentreItems.Order(), view.Items.Select(i => i.Type).Order());
    }

    [Fact]
    public async Task ListAsync_ContractorConsents_OnlyThoseOfTheEntrustmentsPurposes()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson(), null,
            new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"), new NewConsent(PlatformSetup.Support, true, "web-form"));

        var consents = await Platform.Consents.ListAsync(World.Contractor, subjectId, PlatformSetup.Support, Ct);
        var all = await Platform.Consents.ListAsync(World.Officer, subjectId, PlatformSetup.Support, Ct);

        Assert.Equal([PlatformSetup.Support], consents.Select(c => c.PurposeCode));
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task Contractor_AfterTheEntrustmentEnds_SeesAndDoesNothing()
    {
        var now = World.Clock.GetUtcNow();
        var entrustment = await Platform.Entrustments.CreateAsync(World.Officer,
            new Entrustment(string.Empty, "短期コールセンター", PlatformSetup.CallCentreItems, [PlatformSetup.Support], now.AddDays(1)), Ct);
        var contractor = await World.SignInAsync("short-term-" + Guid.NewGuid().ToString("N")[..8], Role.Contractor, entrustment.Id, Ct);
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);
        Assert.NotEmpty((await Platform.Subjects.GetAsync(contractor, subjectId, PlatformSetup.Support, Ct)).Items);
        Assert.Equal([subjectId], await Platform.Subjects.SearchAsync(contractor, EntityTypes.PhoneNumber, person.Phone, PlatformSetup.Support, Ct));

        World.Clock.Advance(TimeSpan.FromDays(2));
        var before = await World.LogHeadAsync();

        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.GetAsync(contractor, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.SearchAsync(contractor, EntityTypes.PhoneNumber, person.Phone, PlatformSetup.Support, Ct))).Code);
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.AddItemsAsync(contractor, subjectId, PlatformSetup.Support, World.NextPerson().Items(EntityTypes.PhoneNumber), Ct))).Code);
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.GetEventsAsync(contractor, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Consents.ListAsync(contractor, subjectId, PlatformSetup.Support, Ct))).Code);
        var signedInAgain = await Platform.Users.AuthenticateAsync(await Platform.Users.IssueTokenAsync(World.Admin, contractor.Name, Ct), Ct);
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.GetAsync(signedInAgain!, subjectId, PlatformSetup.Support, Ct))).Code);
        var entries = (await World.LogSinceAsync(before)).Where(e => e.UserId == contractor.UserId).ToList();
        Assert.Equal(6, entries.Count);
        Assert.All(entries, e => Assert.False(e.Allowed));
        Assert.NotEmpty((await Platform.Subjects.GetAsync(World.Contractor, subjectId, PlatformSetup.Support, Ct)).Items);
    }
}
