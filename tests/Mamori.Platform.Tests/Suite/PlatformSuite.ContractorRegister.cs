using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task AddAsync_FullRegisterEntry_ComesBackAsWritten()
    {
        var now = World.Clock.GetUtcNow();
        var entry = RegisterEntry("配送株式会社", now.AddDays(-30), now.AddDays(300)) with
        {
            Country = "jp",
            SubContractors =
            [
                new SubContractor("マニラ・サポート社", "ph", "夜間の一次受付", Approved: true),
                new SubContractor("セブ・データ社", "PH", "通話記録の保管", Approved: false, Parent: "マニラ・サポート社"),
            ],
        };

        var stored = await Platform.Contractors.AddAsync(World.Officer, entry, Ct);
        var details = await Platform.Contractors.GetAsync(World.Admin, stored.Id, Ct);

        Assert.StartsWith("N", stored.Id, StringComparison.Ordinal);
        Assert.Equal("JP", details.Entrustment.Country);
        Assert.Equal(entry.ProcessingContent, details.Entrustment.ProcessingContent);
        Assert.Equal(entry.ContractDate, details.Entrustment.ContractDate);
        Assert.Equal(entry.ValidUntil, details.Entrustment.ValidUntil);
        Assert.Equal(entry.ContractDate!.Value.AddDays(365), details.Entrustment.NextAssessmentDue);
        Assert.Equal(EntrustmentStatus.Active, details.Entrustment.Status);
        Assert.Equal(
            [("マニラ・サポート社", "PH", true, (string?)null), ("セブ・データ社", "PH", false, "マニラ・サポート社")],
            details.Entrustment.SubContractors.Select(s => (s.Name, s.Country, s.Approved, s.Parent)));
        Assert.True(details.InForce);
        Assert.False(details.AssessmentOverdue);
        Assert.Empty(details.Assessments);
        Assert.Contains(await Platform.Contractors.ListAsync(World.Officer, Ct), e => e.Id == stored.Id && e.SubContractors.Count == 2);
    }

    [Fact]
    public async Task AddAsync_IncompleteEntry_RefusedNamingEachProblem()
    {
        var now = World.Clock.GetUtcNow();
        var entry = RegisterEntry("不備のある委託先", now, now.AddDays(10)) with
        {
            ProcessingContent = " ",
            Country = "Japan",
            PurposeCodes = ["no-such-purpose"],
            SubContractors = [new SubContractor("孫請け", "JP", "保管", true, Parent: "どこにもない会社")],
        };

        var refusal = await RefusedAsync(() => Platform.Contractors.AddAsync(World.Officer, entry, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("委託業務の内容", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("'Japan'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("unknown purpose 'no-such-purpose'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("parent", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await Platform.Contractors.ListAsync(World.Officer, Ct), e => e.Contractor == "不備のある委託先");
    }

    [Fact]
    public async Task OverdueAsync_PastNextAssessment_ListedUntilAssessed()
    {
        var now = World.Clock.GetUtcNow();
        var entry = await Platform.Contractors.AddAsync(World.Officer,
            RegisterEntry("点検遅れ株式会社", now.AddDays(-400), now.AddDays(100)) with { NextAssessmentDue = now.AddDays(-35) }, Ct);
        var fresh = await Platform.Contractors.AddAsync(World.Officer, RegisterEntry("点検済み株式会社", now, now.AddDays(100)), Ct);

        var overdue = await Platform.Contractors.OverdueAsync(World.Officer, Ct);
        Assert.Contains(overdue, e => e.Id == entry.Id);
        Assert.DoesNotContain(overdue, e => e.Id == fresh.Id);

        var assessed = await Platform.Contractors.AssessAsync(World.Officer, entry.Id, new NewAssessment(AssessmentResult.NeedsImprovement, "アクセス権の棚卸しが未実施"), Ct);

        Assert.False(assessed.AssessmentOverdue);
        Assert.Equal((now, AssessmentResult.NeedsImprovement, now.AddDays(365)),
            (assessed.Entrustment.LastAssessedAt!.Value, assessed.Entrustment.LastAssessmentResult!.Value, assessed.Entrustment.NextAssessmentDue!.Value));
        var record = Assert.Single(assessed.Assessments);
        Assert.Equal((World.Officer.Name, "アクセス権の棚卸しが未実施"), (record.Assessor, record.Notes));
        Assert.DoesNotContain(await Platform.Contractors.OverdueAsync(World.Officer, Ct), e => e.Id == entry.Id);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Contractors.OverdueAsync(World.Marketer, Ct))).Code);
    }

    [Fact]
    public async Task AssessAsync_Unsatisfactory_SuspendsTheContractorUntilAPassingAssessment()
    {
        var (entry, token, subjectId) = await ContractorWithTokenAsync("監査不合格コールセンター");

        await Platform.Contractors.AssessAsync(World.Officer, entry.Id, new NewAssessment(AssessmentResult.Unsatisfactory, "委託契約外の端末持ち出し"), Ct);
        var suspended = (await Platform.Users.AuthenticateAsync(token, Ct))!;
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.GetAsync(suspended, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Equal(EntrustmentStatus.Suspended, (await Platform.Contractors.GetAsync(World.Officer, entry.Id, Ct)).Entrustment.Status);

        await Platform.Contractors.AssessAsync(World.Officer, entry.Id, new NewAssessment(AssessmentResult.Satisfactory, "是正を確認"), Ct);
        var resumed = (await Platform.Users.AuthenticateAsync(token, Ct))!;
        Assert.NotEmpty((await Platform.Subjects.GetAsync(resumed, subjectId, PlatformSetup.Support, Ct)).Items);
        Assert.Equal(2, (await Platform.Contractors.GetAsync(World.Officer, entry.Id, Ct)).Assessments.Count);
    }

    [Fact]
    public async Task EndAsync_ContractEnded_AccessStopsAtOnceAndForGood()
    {
        var (entry, token, subjectId) = await ContractorWithTokenAsync("契約終了コールセンター");
        var before = (await Platform.Users.AuthenticateAsync(token, Ct))!;
        Assert.NotEmpty((await Platform.Subjects.GetAsync(before, subjectId, PlatformSetup.Support, Ct)).Items);

        var ended = await Platform.Contractors.EndAsync(World.Officer, entry.Id, Ct);

        Assert.Equal(EntrustmentStatus.Ended, ended.Status);
        var after = (await Platform.Users.AuthenticateAsync(token, Ct))!;
        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.GetAsync(after, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Equal("conflict", (await RefusedAsync(() => Platform.Contractors.AssessAsync(World.Officer, entry.Id, new NewAssessment(AssessmentResult.Satisfactory, "-"), Ct))).Code);
        var details = await Platform.Contractors.GetAsync(World.Officer, entry.Id, Ct);
        Assert.False(details.InForce);
        Assert.Equal(World.Clock.GetUtcNow(), details.Entrustment.EndedAt);
        Assert.DoesNotContain(await Platform.Contractors.OverdueAsync(World.Officer, Ct), e => e.Id == entry.Id);
    }

    [Fact]
    public async Task GetAsync_ContractBeforeItsDate_NoAccessYetAndOnlyItsOwnEntry()
    {
        var now = World.Clock.GetUtcNow();
        var entry = await Platform.Contractors.AddAsync(World.Officer, RegisterEntry("来月開始の委託先", now.AddDays(30), now.AddDays(400)), Ct);
        var contractor = await World.SignInAsync("future-" + Guid.NewGuid().ToString("N")[..8], Role.Contractor, entry.Id, Ct);
        var subjectId = await World.RegisterAsync(World.NextPerson());

        Assert.Equal("entrustment", (await RefusedAsync(() => Platform.Subjects.GetAsync(contractor, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Equal(entry.Id, (await Platform.Contractors.GetAsync(contractor, entry.Id, Ct)).Entrustment.Id);
        Assert.False((await Platform.Contractors.GetAsync(contractor, entry.Id, Ct)).InForce);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Contractors.GetAsync(contractor, World.CallCentre.Id, Ct))).Code);
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Contractors.GetAsync(World.Officer, "Nmissing", Ct))).Code);
    }

    private static Entrustment RegisterEntry(string contractor, DateTimeOffset contractDate, DateTimeOffset end) =>
        new(string.Empty, contractor, PlatformSetup.CallCentreItems, [PlatformSetup.Support], end)
        {
            ProcessingContent = "お問い合わせ電話への一次対応",
            ContractDate = contractDate,
        };

    private async Task<(Entrustment Entry, string Token, string SubjectId)> ContractorWithTokenAsync(string name)
    {
        var now = World.Clock.GetUtcNow();
        var entry = await Platform.Contractors.AddAsync(World.Officer, RegisterEntry(name, now.AddDays(-1), now.AddDays(200)), Ct);
        var (_, token) = await Platform.Users.AddUserAsync(Caller.LocalOperator, "c-" + Guid.NewGuid().ToString("N")[..10], Role.Contractor, entry.Id, Ct);
        return (entry, token, await World.RegisterAsync(World.NextPerson()));
    }
}
