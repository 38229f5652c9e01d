using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Incidents;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    private static BreachIncident IncidentDraft(LeakScope scope, params string[] types) =>
        new(string.Empty, "テスト事案", BreachKind.Leak, World.Start)
        {
            Scope = scope,
            Items = [.. types.Select(t => new LeakedItem(t, PiiCategory.Personal, null))],
            Summary = "会員データの一部が外部から閲覧可能な状態になっていた。",
            Cause = "ストレージの公開設定の誤り。",
        };

    [Fact]
    public async Task CreateIncident_NamedSubjects_CountsPeopleAndItemsTheyHold()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await World.RegisterAsync(World.NextPerson()));
        }

        var healthId = await World.Platform.Subjects.RegisterAsync(World.Officer, PlatformSetup.HealthProgramme,
            World.NextPerson().Items(EntityTypes.PersonName, EntityTypes.SpecialCare), [new NewConsent(PlatformSetup.HealthProgramme, true, "paper")], Ct);
        ids.Add(healthId);

        var view = await Platform.Incidents.CreateAsync(World.Officer,
            IncidentDraft(LeakScope.Subjects, EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.SpecialCare) with { SubjectIds = ids }, Ct);

        Assert.True(view.Incident.Computed);
        Assert.Equal(4, view.Incident.People);
        Assert.Equal(
            [(EntityTypes.EmailAddress, 3L), (EntityTypes.PersonName, 4L), (EntityTypes.SpecialCare, 1L)],
            view.Incident.Items.Select(i => (i.Type, i.People!.Value)));
        Assert.Equal(PiiCategory.SpecialCare, view.Incident.Items.Single(i => i.Type == EntityTypes.SpecialCare).Category);
        Assert.Equal([1], view.Triage.Met);
        Assert.Equal(BreachDuty.ReportToPpc, view.Triage.Duty);
        var stored = await Platform.Incidents.GetAsync(World.Admin, view.Incident.Id, Ct);
        Assert.Equivalent(view.Incident, stored.Incident, strict: true);
    }

    [Fact]
    public async Task CreateIncident_HoldersOfATypeInAWorldOfItsOwn_CountsEveryHolderAndCrossesOneThousandAt1001()
    {
        await using var world = await Fixture.NewWorldAsync();
        var rows = new List<Mamori.Core.Features.ImportRow>();
        for (var n = 0; n < 1001; n++)
        {
            var person = world.NextPerson();
            rows.Add(new Mamori.Core.Features.ImportRow(n + 1, n + 2, [person.MemberId, person.Name, person.Email, person.Phone, string.Empty]));
        }

        await world.Platform.Imports.ImportAsync(world.Staff, "imp-incident", PlatformSetup.Support, "members.csv", s_columns, rows, new HashSet<long>(), true, cancellationToken: Ct);
        // One more person with a name only: a holder of PERSON_NAME but not of EMAIL_ADDRESS.
        await world.RegisterAsync(world.NextPerson(), [EntityTypes.PersonName]);

        var emails = await world.Platform.Incidents.CreateAsync(world.Officer, IncidentDraft(LeakScope.Holders, EntityTypes.EmailAddress), Ct);
        var all = await world.Platform.Incidents.CreateAsync(world.Officer, IncidentDraft(LeakScope.All), Ct);

        Assert.Equal(1001, emails.Incident.People);
        Assert.Equal([4], emails.Triage.Met);
        Assert.Equal(1002, all.Incident.People);
        Assert.Equal(1002, all.Incident.Items.Single(i => i.Type == EntityTypes.PersonName).People);
        Assert.Equal(1001, all.Incident.Items.Single(i => i.Type == EntityTypes.PhoneNumber).People);
    }

    [Fact]
    public async Task CreateIncident_UnknownOrErasedSubject_RefusedAndNothingRecorded()
    {
        var erased = await World.RegisterAsync(World.NextPerson());
        await Platform.Subjects.EraseAsync(World.Officer, erased, "request DSR-1", Ct);
        var kept = await World.RegisterAsync(World.NextPerson());
        var before = (await Platform.Incidents.ListAsync(World.Officer, Ct)).Count;

        var refusal = await RefusedAsync(() => Platform.Incidents.CreateAsync(World.Officer,
            IncidentDraft(LeakScope.Subjects, EntityTypes.PersonName) with { SubjectIds = [kept, erased, "S0000nosuchsubject"] }, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("2 of the subject ids", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await Platform.Incidents.ListAsync(World.Officer, Ct)).Count);
    }

    [Fact]
    public async Task CreateIncident_ManualScopeWithUnknownTypes_KeepsTheCountsAsGiven()
    {
        var draft = IncidentDraft(LeakScope.Manual) with
        {
            Items = [new LeakedItem("紙の診療申込書", PiiCategory.SpecialCare, 40), new LeakedItem(EntityTypes.PersonName, PiiCategory.Personal, 40)],
            People = 40,
            Kind = BreachKind.Loss,
        };

        var view = await Platform.Incidents.CreateAsync(World.Officer, draft, Ct);

        Assert.False(view.Incident.Computed);
        Assert.Equal(40, view.Incident.People);
        Assert.Equal([1], view.Triage.Met);
    }

    [Fact]
    public async Task CreateIncident_BadInput_ListsEveryProblem()
    {
        var refusal = await RefusedAsync(() => Platform.Incidents.CreateAsync(World.Officer, new BreachIncident(string.Empty, " ", BreachKind.Leak, World.Clock.GetUtcNow().AddDays(2))
        {
            Scope = LeakScope.Holders,
            Items = [new LeakedItem("NOT_A_TYPE", PiiCategory.Personal, null)],
            ActingAsContractor = true,
        }, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("'title' is required", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("'aware_at' lies in the future", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("unknown item type 'NOT_A_TYPE'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("entrusting business", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Marketer)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Contractor)]
    public async Task Incidents_RoleOtherThanAdministratorOrPrivacyOfficer_RefusedAndLogged(Role role)
    {
        var caller = World.Callers[role];
        var before = await World.LogHeadAsync();

        var create = await RefusedAsync(() => Platform.Incidents.CreateAsync(caller, IncidentDraft(LeakScope.All), Ct));
        var list = await RefusedAsync(() => Platform.Incidents.ListAsync(caller, Ct));

        Assert.Equal("forbidden", create.Code);
        Assert.Equal("forbidden", list.Code);
        var entries = (await World.LogSinceAsync(before)).Where(e => e.UserId == caller.UserId).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.False(e.Allowed));
    }

    [Fact]
    public async Task UpdateIncident_PreliminaryReportSent_StatusMovesHistoryGrowsAndDaysLeftFollowTheClock()
    {
        await using var world = await Fixture.NewWorldAsync();
        var incidents = world.Platform.Incidents;
        var created = await incidents.CreateAsync(world.Officer, IncidentDraft(LeakScope.Manual, EntityTypes.CreditCard) with
        {
            AwareAt = world.Clock.GetUtcNow(),
            People = 12,
            UnlawfulAct = UnlawfulAct.UnauthorizedAccess,
        }, Ct);
        // 2025-04-01 (09:00 in Japan) is day 1; trigger 3 gives 60 days: day 60 is Friday 2025-05-30.
        Assert.Equal(new DateOnly(2025, 5, 30), created.Deadlines.FinalDue);
        Assert.Equal(59, created.Deadlines.FinalDaysLeft);

        world.Clock.Advance(TimeSpan.FromDays(3));
        var updated = await incidents.UpdateAsync(world.Officer, created.Incident.Id,
            new IncidentChange { Note = "速報をフォームで送信", PreliminaryReportedAt = world.Clock.GetUtcNow(), SecondaryHarm = "不正利用の報告は現時点でなし" }, Ct);
        world.Clock.Advance(TimeSpan.FromDays(7));
        var later = await incidents.GetAsync(world.Admin, created.Incident.Id, Ct);
        var history = await incidents.HistoryAsync(world.Officer, created.Incident.Id, Ct);

        Assert.Equal(IncidentStatus.PreliminaryReported, updated.Incident.Status);
        Assert.Equal("不正利用の報告は現時点でなし", later.Incident.SecondaryHarm);
        Assert.Equal(49, later.Deadlines.FinalDaysLeft);
        Assert.Equal(2, history.Count);
        Assert.Contains("速報をフォームで送信", history[1].Note, StringComparison.Ordinal);
        Assert.Contains("preliminary_reported", history[1].Note, StringComparison.Ordinal);
        Assert.Equal(world.Officer.UserId, history[1].UserId);
        var report = await incidents.DraftAsync(world.Officer, created.Incident.Id, DraftKind.PpcReport, Ct);
        Assert.Contains("確報", report.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateIncident_NoNoteOrPeopleOfAComputedIncident_RefusedAndUnchanged()
    {
        var id = await World.RegisterAsync(World.NextPerson());
        var created = await Platform.Incidents.CreateAsync(World.Officer, IncidentDraft(LeakScope.Subjects, EntityTypes.PersonName) with { SubjectIds = [id] }, Ct);

        var refusal = await RefusedAsync(() => Platform.Incidents.UpdateAsync(World.Officer, created.Incident.Id, new IncidentChange { People = 5000 }, Ct));

        Assert.Contains("'note' is required", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("only for incidents entered by hand", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await Platform.Incidents.GetAsync(World.Officer, created.Incident.Id, Ct)).Incident.People);
        Assert.Single(await Platform.Incidents.HistoryAsync(World.Officer, created.Incident.Id, Ct));
    }

    [Fact]
    public async Task Contractor_ReportableIncident_DraftsTheEntrustingBusinessNoticeNotThePpcReport()
    {
        var created = await Platform.Incidents.CreateAsync(World.Officer, IncidentDraft(LeakScope.Manual, EntityTypes.CreditCard) with
        {
            People = 3,
            ActingAsContractor = true,
            EntrustingBusiness = "株式会社みどり商店",
        }, Ct);

        var refusal = await RefusedAsync(() => Platform.Incidents.DraftAsync(World.Officer, created.Incident.Id, DraftKind.PpcReport, Ct));
        var notice = await Platform.Incidents.DraftAsync(World.Officer, created.Incident.Id, DraftKind.EntrustingBusinessNotice, Ct);
        var told = await Platform.Incidents.UpdateAsync(World.Officer, created.Incident.Id,
            new IncidentChange { Note = "委託元の担当者へ電話とメールで通知", EntrustingBusinessToldAt = World.Clock.GetUtcNow() }, Ct);

        Assert.Equal(BreachDuty.NotifyEntrustingBusiness, created.Triage.Duty);
        Assert.Equal("conflict", refusal.Code);
        Assert.Equal("株式会社みどり商店 御中", notice.Addressee);
        Assert.Equal(IncidentStatus.EntrustingBusinessNotified, told.Incident.Status);
        Assert.Contains("通知済", BreachDrafts.Draft(DraftKind.EntrustingBusinessNotice, told.Incident, told.Triage, told.Deadlines).Sections[8].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateIncident_Allowed_LoggedWithTheItemTypesAndNoValues()
    {
        var before = await World.LogHeadAsync();

        var created = await Platform.Incidents.CreateAsync(World.Admin, IncidentDraft(LeakScope.Manual, EntityTypes.PhoneNumber) with { People = 2 }, Ct);
        await Platform.Incidents.DraftAsync(World.Admin, created.Incident.Id, DraftKind.Notice, Ct);

        var entries = (await World.LogSinceAsync(before)).Where(e => e.UserId == World.Admin.UserId).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.True(e.Allowed && e.Action == AccessAction.Admin));
        Assert.All(entries, e => Assert.Equal([EntityTypes.PhoneNumber], e.ItemTypes));
        Assert.Contains(created.Incident.Id, entries[0].Detail, StringComparison.Ordinal);
        Assert.Contains("notice", entries[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_AfterReopening_IsStillThere()
    {
        await using var world = await Fixture.NewWorldAsync();
        var created = await world.Platform.Incidents.CreateAsync(world.Officer, IncidentDraft(LeakScope.Manual, EntityTypes.EmailAddress) with { People = 7 }, Ct);

        await world.CloseAsync();
        await world.OpenAsync(Ct);

        var reread = await world.Platform.Incidents.GetAsync(world.Officer, created.Incident.Id, Ct);
        Assert.Equivalent(created.Incident, reread.Incident, strict: true);
    }
}
