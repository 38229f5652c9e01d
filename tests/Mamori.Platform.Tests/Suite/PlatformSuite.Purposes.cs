using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Theory]
    [InlineData(null, "purpose_required")]
    [InlineData("", "purpose_required")]
    [InlineData("no-such-purpose", "purpose_not_allowed")]
    public async Task GetAsync_WithoutARegisteredPurpose_RefusedAndLogged(string? purpose, string code)
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        var before = await World.LogHeadAsync();

        var refusal = await RefusedAsync(() => Platform.Subjects.GetAsync(World.Staff, subjectId, purpose, Ct));

        Assert.Equal(code, refusal.Code);
        var entry = Assert.Single(await World.LogSinceAsync(before));
        Assert.Equal((World.Staff.UserId, "staff", AccessAction.Read, subjectId, false), (entry.UserId, entry.Role, entry.Action, entry.SubjectId, entry.Allowed));
    }

    [Fact]
    public async Task GetAsync_PurposeNotCoveringACategory_LeavesThoseItemsOut()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);

        var view = await Platform.Subjects.GetAsync(World.Officer, subjectId, PlatformSetup.Analytics, Ct);

        Assert.Equal([ItemTypes.MemberId], view.Items.Select(i => i.Type));
    }

    [Fact]
    public async Task AddItemsAsync_ItemOutsideThePurpose_RefusedAndNotStored()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson(), [ItemTypes.MemberId]);
        var before = await World.LogHeadAsync();

        var refusal = await RefusedAsync(() => Platform.Subjects.AddItemsAsync(World.Staff, subjectId, PlatformSetup.Analytics, World.NextPerson().Items(EntityTypes.PhoneNumber), Ct));

        Assert.Equal("purpose_not_allowed", refusal.Code);
        Assert.Single(await Platform.Store.GetItemsAsync(subjectId, Ct));
        Assert.Contains(await World.LogSinceAsync(before), e => !e.Allowed && e.ItemTypes.Contains(EntityTypes.PhoneNumber) && e.Purpose == PlatformSetup.Analytics);
    }

    [Fact]
    public async Task SearchAsync_PurposeNotCoveringTheSearchedType_Refused()
    {
        var person = World.NextPerson();
        await World.RegisterAsync(person);

        var refusal = await RefusedAsync(() => Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, person.Email, PlatformSetup.Analytics, Ct));

        Assert.Equal("purpose_not_allowed", refusal.Code);
    }

    [Fact]
    public async Task GetAsync_ConsentWithdrawn_RefusedForThatPurposeOnly()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        var first = await Platform.Subjects.GetAsync(World.Marketer, subjectId, PlatformSetup.EmailMarketing, Ct);
        World.Clock.Advance(TimeSpan.FromMinutes(1));

        await Platform.Consents.RecordAsync(World.Staff, subjectId, new NewConsent(PlatformSetup.EmailMarketing, false, "phone", Evidence: "call 42"), Ct);

        Assert.NotEmpty(first.Items);
        Assert.Equal("no_consent", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Marketer, subjectId, PlatformSetup.EmailMarketing, Ct))).Code);
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Marketer, EntityTypes.EmailAddress, person.Email, PlatformSetup.EmailMarketing, Ct));
        Assert.NotEmpty((await Platform.Subjects.GetAsync(World.Staff, subjectId, PlatformSetup.Support, Ct)).Items);
    }

    [Fact]
    public async Task GetAsync_NeverConsented_RefusedForAnOptInPurpose()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());

        var refusal = await RefusedAsync(() => Platform.Subjects.GetAsync(World.Marketer, subjectId, PlatformSetup.EmailMarketing, Ct));

        Assert.Equal("no_consent", refusal.Code);
    }

    [Fact]
    public async Task SetSuspendedAsync_Suspended_EveryUseRefusedUntilResumed()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);

        await Platform.Subjects.SetSuspendedAsync(World.Officer, subjectId, true, Ct);

        Assert.Equal("suspended", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Staff, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Equal("suspended", (await RefusedAsync(() => Platform.Subjects.AddItemsAsync(World.Staff, subjectId, PlatformSetup.Support, World.NextPerson().Items(EntityTypes.Address), Ct))).Code);
        Assert.Equal("suspended", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Contractor, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.PhoneNumber, person.Phone, PlatformSetup.Support, Ct));

        await Platform.Subjects.SetSuspendedAsync(World.Officer, subjectId, false, Ct);

        Assert.NotEmpty((await Platform.Subjects.GetAsync(World.Staff, subjectId, PlatformSetup.Support, Ct)).Items);
        Assert.Equal([subjectId], await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.PhoneNumber, person.Phone, PlatformSetup.Support, Ct));
    }

    [Fact]
    public async Task RegisterAsync_SpecialCareWithoutPriorConsent_RefusedAndNothingStored()
    {
        var reception = await ClinicReceptionAsync();
        var before = await Platform.Store.CountSubjectsAsync(Ct);
        var head = await World.LogHeadAsync();

        var refusal = await RefusedAsync(() => Platform.Subjects.RegisterAsync(World.Staff, reception, World.NextPerson().Items(EntityTypes.PersonName, EntityTypes.SpecialCare), [], Ct));

        Assert.Equal("no_consent", refusal.Code);
        Assert.Contains("20", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Platform.Store.CountSubjectsAsync(Ct));
        Assert.Contains(await World.LogSinceAsync(head), e => !e.Allowed && e.ItemTypes.Contains(EntityTypes.SpecialCare));
    }

    [Fact]
    public async Task RegisterAsync_SpecialCareWithPriorConsent_StoredAndReadableForThePurpose()
    {
        var reception = await ClinicReceptionAsync();

        var subjectId = await Platform.Subjects.RegisterAsync(World.Staff, reception, World.NextPerson().Items(EntityTypes.PersonName, EntityTypes.SpecialCare),
            [new NewConsent(PlatformSetup.HealthProgramme, true, "paper", Evidence: "同意書 2025-04")], Ct);

        var view = await Platform.Subjects.GetAsync(World.Officer, subjectId, PlatformSetup.HealthProgramme, Ct);
        var item = Assert.Single(view.Items, i => i.Type == EntityTypes.SpecialCare);
        Assert.Equal(SyntheticPerson.MedicalHistory, item.Value);
        Assert.Equal("special_care", item.Category);
    }

    [Fact]
    public async Task AddItemsAsync_SpecialCareBeforeAndAfterConsent_RefusedThenAccepted()
    {
        var reception = await ClinicReceptionAsync();
        var person = World.NextPerson();
        var subjectId = await Platform.Subjects.RegisterAsync(World.Staff, reception, person.Items(EntityTypes.PersonName), [], Ct);

        var refusal = await RefusedAsync(() => Platform.Subjects.AddItemsAsync(World.Staff, subjectId, reception, person.Items(EntityTypes.SpecialCare), Ct));
        await Platform.Consents.RecordAsync(World.Staff, subjectId, new NewConsent(PlatformSetup.HealthProgramme, true, "paper"), Ct);
        await Platform.Subjects.AddItemsAsync(World.Staff, subjectId, reception, person.Items(EntityTypes.SpecialCare), Ct);

        Assert.Equal("no_consent", refusal.Code);
        Assert.Contains(await Platform.Store.GetItemsAsync(subjectId, Ct), i => i.Type == EntityTypes.SpecialCare);
    }

    /// <summary>A purpose that covers special care-required data without needing consent for the purpose itself, so only Art. 20(2) can refuse.</summary>
    private async Task<string> ClinicReceptionAsync()
    {
        const string code = "clinic-reception";
        if (await Platform.Purposes.CurrentAsync(code, Ct) is null)
        {
            await Platform.Purposes.DefineAsync(World.Admin, new Purpose(code, 0, World.Clock.GetUtcNow(), "受付", "診療の受付のため",
                [EntityTypes.PersonName, EntityTypes.SpecialCare], 365, false), Ct);
        }

        return code;
    }
}
