using System.Text.Json;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Retention;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

// The retention job acts on every subject of a platform at the clock's time: each test opens a world of its own.
public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task RunAsync_SupportPeriodPassed_WholeSubjectErasedUnreadableAndLogged()
    {
        await using var world = await Fixture.NewWorldAsync();
        var old = world.NextPerson();
        var oldId = await world.RegisterAsync(old);
        world.Clock.Advance(TimeSpan.FromDays(200));
        var recentId = await world.RegisterAsync(world.NextPerson());
        world.Clock.Advance(TimeSpan.FromDays(166));
        var before = await world.LogHeadAsync();

        var report = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);
        var log = await world.LogSinceAsync(before);

        Assert.False(report.DryRun);
        Assert.Equal(2, report.SubjectsChecked);
        Assert.Equal(1, report.SubjectsErased);
        Assert.Equal(0, report.ItemsDeleted);
        var deletion = Assert.Single(report.Deletions);
        Assert.Equal((DeletionKind.Subject, oldId, RetentionRules.Expired, 365), (deletion.Kind, deletion.SubjectId, deletion.Rule, deletion.RetentionDays));
        // Analytics (365 days, MEMBER_ID) governs the member id as long as support does: both are named.
        Assert.Equal([PlatformSetup.Analytics, PlatformSetup.Support], deletion.PurposeCodes);
        Assert.Equal(World.Start.AddDays(365), deletion.DueAt);

        Assert.Equal(SubjectStatus.Erased, (await world.Platform.Store.GetSubjectAsync(oldId, Ct))!.Status);
        Assert.Null(await world.Platform.KeyStore.GetAsync(oldId, Ct));
        Assert.Empty(await world.Platform.Store.GetItemsAsync(oldId, Ct));
        Assert.Equal("not_found", (await RefusedAsync(() => world.Platform.Subjects.GetAsync(world.Officer, oldId, PlatformSetup.Support, Ct))).Code);
        Assert.Empty(await world.Platform.Subjects.SearchAsync(world.Officer, EntityTypes.EmailAddress, old.Email, PlatformSetup.Support, Ct));
        Assert.Equal(PlatformSetup.SupportItems.Length, (await world.Platform.Subjects.GetAsync(world.Officer, recentId, PlatformSetup.Support, Ct)).Items.Count);

        var line = Assert.Single(await world.Platform.Retention.LogAsync(world.Officer, 1, 100, Ct));
        Assert.Equal((report.RunId, DeletionKind.Subject, oldId, PlatformSetup.SupportItems.Length, RetentionRules.Expired, "retention"),
            (line.RunId, line.Kind, line.SubjectId, line.Count, line.Rule, line.Actor));
        Assert.Equal(PlatformSetup.SupportItems.Order(StringComparer.Ordinal), line.ItemTypes);
        Assert.Equal(World.Start, line.LastActivity);
        Assert.Contains(log, e => e.Action == AccessAction.Erase && e.SubjectId == oldId && e.UserId == "retention" && e.Allowed);
        Assert.DoesNotContain(log, e => e.SubjectId == recentId);
        Assert.Contains(log, e => e.UserId == world.Officer.UserId && e.Detail!.Contains(report.RunId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DryRun_ListsWhatWouldGoAndDeletesNothing()
    {
        await using var world = await Fixture.NewWorldAsync();
        var id = await world.RegisterAsync(world.NextPerson());
        world.Clock.Advance(TimeSpan.FromDays(400));

        var dry = await world.Platform.Retention.RunAsync(world.Admin, dryRun: true, Ct);

        Assert.True(dry.DryRun);
        Assert.Equal(1, dry.SubjectsErased);
        Assert.Equal(id, Assert.Single(dry.Deletions).SubjectId);
        Assert.Equal(SubjectStatus.Active, (await world.Platform.Store.GetSubjectAsync(id, Ct))!.Status);
        Assert.NotNull(await world.Platform.KeyStore.GetAsync(id, Ct));
        Assert.Equal(PlatformSetup.SupportItems.Length, (await world.Platform.Store.GetItemsAsync(id, Ct)).Count);
        Assert.Empty(await world.Platform.Retention.LogAsync(world.Officer, 1, 100, Ct));

        var real = await world.Platform.Retention.RunAsync(world.Admin, dryRun: false, Ct);
        Assert.Equal(dry.Deletions.Select(d => (d.Kind, d.SubjectId, d.Rule)), real.Deletions.Select(d => (d.Kind, d.SubjectId, d.Rule)));
    }

    [Fact]
    public async Task RunAsync_ConsentedPurposeStillInEffect_KeepsItsItemsDeletesTheRest()
    {
        await using var world = await Fixture.NewWorldAsync();
        var person = world.NextPerson();
        var id = await world.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        world.Clock.Advance(TimeSpan.FromDays(400));

        var report = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);

        Assert.Equal(0, report.SubjectsErased);
        Assert.Equal(2, report.ItemsDeleted);
        var deletion = Assert.Single(report.Deletions);
        Assert.Equal((DeletionKind.Items, RetentionRules.Expired, 365), (deletion.Kind, deletion.Rule, deletion.RetentionDays));
        Assert.Equal([EntityTypes.DateOfBirth, EntityTypes.Address], deletion.ItemTypes);
        var view = await world.Platform.Subjects.GetAsync(world.Officer, id, PlatformSetup.Support, Ct);
        Assert.Equal(PlatformSetup.MarketingItems.Order(StringComparer.Ordinal), view.Items.Select(i => i.Type).Order(StringComparer.Ordinal));
        Assert.Equal(person.Email, Assert.Single(view.Items, i => i.Type == EntityTypes.EmailAddress).Value);

        // The marketing period (730 days) runs out too: then the whole subject goes.
        world.Clock.Advance(TimeSpan.FromDays(331));
        var later = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);
        var erased = Assert.Single(later.Deletions);
        Assert.Equal((DeletionKind.Subject, id, 730), (erased.Kind, erased.SubjectId, erased.RetentionDays));
        Assert.Equal([PlatformSetup.EmailMarketing], erased.PurposeCodes);
    }

    [Fact]
    public async Task RunAsync_ConsentWithdrawn_ItemsOnlyThatPurposeCoveredGoAtOnce()
    {
        await using var world = await Fixture.NewWorldAsync();
        var id = await world.RegisterAsync(world.NextPerson(), [EntityTypes.PersonName, EntityTypes.PhoneNumber], new NewConsent(PlatformSetup.HealthProgramme, true, "paper"));
        await world.Platform.Subjects.AddItemsAsync(world.Staff, id, PlatformSetup.HealthProgramme, world.NextPerson().Items(EntityTypes.SpecialCare), Ct);
        Assert.Empty((await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct)).Deletions);

        await world.Platform.Consents.RecordAsync(world.Staff, id, new NewConsent(PlatformSetup.HealthProgramme, false, "phone"), Ct);
        var report = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);

        var deletion = Assert.Single(report.Deletions);
        Assert.Equal((DeletionKind.Items, RetentionRules.NoPurpose, (int?)null), (deletion.Kind, deletion.Rule, deletion.RetentionDays));
        Assert.Equal([EntityTypes.SpecialCare], deletion.ItemTypes);
        Assert.Empty(deletion.PurposeCodes);
        Assert.Equal([EntityTypes.PersonName, EntityTypes.PhoneNumber], (await world.Platform.Store.GetItemsAsync(id, Ct)).Select(i => i.Type));
    }

    [Fact]
    public async Task RunAsync_RecentEvent_CountsAsLastActivityAndKeepsTheSubject()
    {
        await using var world = await Fixture.NewWorldAsync();
        var id = await world.RegisterAsync(world.NextPerson());
        world.Clock.Advance(TimeSpan.FromDays(300));
        await world.Platform.Subjects.AddEventsAsync(world.Staff, id, PlatformSetup.Support, [("purchase", world.Clock.GetUtcNow(), new Dictionary<string, string> { ["sku"] = "A-1" })], Ct);
        world.Clock.Advance(TimeSpan.FromDays(100));

        Assert.Empty((await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct)).Deletions);

        world.Clock.Advance(TimeSpan.FromDays(266));
        var report = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);
        Assert.Equal(World.Start.AddDays(300), Assert.Single(report.Deletions).LastActivity);
        Assert.Empty(await world.Platform.Store.GetEventsAsync(id, Ct));
    }

    [Fact]
    public async Task RunAsync_Again_FindsNothingAndTheLogHoldsNoValue()
    {
        await using var world = await Fixture.NewWorldAsync(new PlatformOptions { RetentionBatchSize = 2 });
        var people = Enumerable.Range(0, 5).Select(_ => world.NextPerson()).ToList();
        foreach (var person in people)
        {
            await world.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, person.Number % 2 == 0, "web-form"));
        }

        world.Clock.Advance(TimeSpan.FromDays(366));

        var first = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);
        var second = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);

        Assert.Equal(5, first.SubjectsChecked);
        Assert.Equal(5, first.SubjectsErased + first.Deletions.Count(d => d.Kind == DeletionKind.Items));
        Assert.True(first.SubjectsErased > 0 && first.ItemsDeleted > 0, "both kinds expected among five people");
        Assert.Empty(second.Deletions);
        Assert.Equal(5 - first.SubjectsErased, second.SubjectsChecked);
        var lines = await world.Platform.Retention.LogAsync(world.Officer, 1, 1000, Ct);
        Assert.Equal(first.Deletions.Count, lines.Count);
        var text = JsonSerializer.Serialize(lines) + JsonSerializer.Serialize(first);
        foreach (var person in people)
        {
            foreach (var type in PlatformSetup.SupportItems)
            {
                Assert.DoesNotContain(person.ValueOf(type), text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task RunAsync_Participants_CalledWithTheClockLoggedAndSkippedInADryRun()
    {
        await using var world = await Fixture.NewWorldAsync();
        var calls = new List<DateTimeOffset>();
        world.Platform.Retention.AddParticipant(RetentionParticipant.Create("provision-records", (now, _) =>
        {
            calls.Add(now);
            return Task.FromResult(3);
        }));
        world.Clock.Advance(TimeSpan.FromDays(10));

        await world.Platform.Retention.RunAsync(world.Officer, dryRun: true, Ct);
        Assert.Empty(calls);
        var report = await world.Platform.Retention.RunAsync(world.Officer, dryRun: false, Ct);

        Assert.Equal([World.Start.AddDays(10)], calls);
        Assert.Equal(3, report.RecordsPurged);
        var line = Assert.Single(await world.Platform.Retention.LogAsync(world.Officer, 1, 10, Ct));
        Assert.Equal((DeletionKind.Records, "provision-records", 3, (string?)null), (line.Kind, line.Participant, line.Count, line.SubjectId));
    }

    [Fact]
    public async Task RunAsync_MarketerOrStaff_RefusedAndLogged()
    {
        var before = await World.LogHeadAsync();

        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Retention.RunAsync(World.Marketer, dryRun: true, Ct))).Code);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Retention.RunAsync(World.Staff, dryRun: false, Ct))).Code);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Retention.LogAsync(World.Contractor, 1, 10, Ct))).Code);

        Assert.Equal(3, (await World.LogSinceAsync(before)).Count(e => !e.Allowed && e.Action == AccessAction.Admin));
    }
}
