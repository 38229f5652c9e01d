using System.Net;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    private static object CardIncident(int people = 3) => new
    {
        title = "決済画面の改ざん",
        aware_at = ApiHarness.Start,
        summary = "決済画面が改ざんされ、入力されたカード情報が外部に送信されていた。",
        cause = "管理画面への不正アクセス",
        unlawful_act = "form_skimming",
        data_being_collected = true,
        scope = "manual",
        items = new object[] { new { type = "CREDIT_CARD", people }, new { type = "PERSON_NAME", people } },
        people,
    };

    private async Task<string> CreateIncidentAsync(object body)
    {
        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/incidents", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task CreateIncident_SkimmedCards_Returns201WithTriggers2And3AndSixtyDayDeadline()
    {
        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/incidents", CardIncident());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var incident = await response.JsonAsync();
        var triage = incident.GetProperty("triage");
        Assert.Equal([2, 3], triage.GetProperty("met").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal("report_to_ppc", triage.GetProperty("duty").GetString());
        Assert.Equal(4, triage.GetProperty("triggers").GetArrayLength());
        Assert.Contains("2024", triage.GetProperty("triggers")[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var deadlines = incident.GetProperty("deadlines");
        // Aware 2025-04-01 (18:00 in Japan) is day 1; day 60 is Friday 2025-05-30.
        Assert.Equal("2025-05-30", deadlines.GetProperty("final_due").GetString());
        Assert.Equal("2025-04-05", deadlines.GetProperty("preliminary_guidance").GetString());
        Assert.Equal("investigating", incident.GetProperty("status").GetString());
        Assert.Equal(response.Headers.Location!.ToString(), $"{Base}/incidents/{incident.GetProperty("id").GetString()}");
    }

    [Fact]
    public async Task CreateIncident_NamedSubjects_CountsComputedFromThePlatform()
    {
        using var response = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/incidents", new
        {
            title = "誤送信",
            aware_at = ApiHarness.Start,
            scope = "subjects",
            subject_ids = new[] { Api.Yamada, Api.Sato },
            items = new[] { new { type = "PHONE_NUMBER" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var incident = await response.JsonAsync();
        Assert.Equal(2, incident.GetProperty("people").GetInt64());
        Assert.True(incident.GetProperty("computed").GetBoolean());
        var item = Assert.Single(incident.GetProperty("items").EnumerateArray());
        Assert.Equal("personal", item.GetProperty("category").GetString());
        Assert.Equal("none", incident.GetProperty("triage").GetProperty("duty").GetString());
    }

    [Theory]
    [InlineData(Role.Marketer)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Contractor)]
    public async Task Incidents_OtherRoles_Return403(Role role)
    {
        var id = await CreateIncidentAsync(CardIncident());
        var client = Api.Client(role);

        using var create = await client.PostJsonAsync($"{Base}/incidents", CardIncident());
        using var list = await client.GetJsonAsync($"{Base}/incidents", null);
        using var draft = await client.GetJsonAsync($"{Base}/incidents/{id}/drafts/ppc-report", null);

        Assert.All([create, list, draft], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("forbidden", (await create.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task CreateIncident_UnknownCodes_Returns400NamingEachField()
    {
        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/incidents", new
        {
            title = "x", aware_at = ApiHarness.Start, kind = "spill", protection = "rot13", scope = "manual", people = 1, items = new[] { new { type = "PERSON_NAME" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString();
        Assert.Contains("'kind' is one of leak, loss, damage", detail, StringComparison.Ordinal);
        Assert.Contains("'protection' is one of", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftReport_Markdown_NineItemsInOrder()
    {
        var id = await CreateIncidentAsync(CardIncident());

        using var response = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/incidents/{id}/drafts/ppc-report?format=markdown", null);
        using var json = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/incidents/{id}/drafts/ppc-report", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.ContentType()!.MediaType);
        var markdown = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string[] headings = ["## 1. 概要", "## 2. 漏えい等が発生し", "## 3. 漏えい等が発生し", "## 4. 原因", "## 5. 二次被害", "## 6. 本人への対応", "## 7. 公表", "## 8. 再発防止", "## 9. その他参考"];
        var positions = headings.Select(h => markdown.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        var sections = (await json.JsonAsync()).GetProperty("sections");
        Assert.Equal(9, sections.GetArrayLength());
        Assert.Equal("その他参考となる事項", sections[8].GetProperty("heading").GetString());
    }

    [Fact]
    public async Task DraftNotice_FiveItems()
    {
        var id = await CreateIncidentAsync(CardIncident());

        using var response = await Api.Client(Role.Administrator).GetJsonAsync($"{Base}/incidents/{id}/drafts/notice", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["概要", "漏えい等が発生し、又は発生したおそれがある個人データの項目", "原因", "二次被害又はそのおそれの有無及びその内容", "その他参考となる事項"],
            (await response.JsonAsync()).GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()));
    }

    [Fact]
    public async Task Incident_UnknownIdOrDraft_Returns404()
    {
        var id = await CreateIncidentAsync(CardIncident());

        using var missing = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/incidents/B0000000000000000000000000000000", null);
        using var kind = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/incidents/{id}/drafts/press-release", null);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, kind.StatusCode);
    }

    [Fact]
    public async Task UpdateIncident_PreliminaryReportSent_StatusAndHistory()
    {
        var id = await CreateIncidentAsync(CardIncident());
        var officer = Api.Client(Role.PrivacyOfficer);

        using var update = await officer.PostJsonAsync($"{Base}/incidents/{id}/updates", new { note = "速報を送信", preliminary_reported_at = Api.Time.GetUtcNow() });
        using var read = await officer.GetJsonAsync($"{Base}/incidents/{id}", null);
        using var noNote = await officer.PostJsonAsync($"{Base}/incidents/{id}/updates", new { cause = "x" });

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("preliminary_reported", (await update.JsonAsync()).GetProperty("status").GetString());
        var history = (await read.JsonAsync()).GetProperty("history");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Contains("速報を送信", history[1].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
    }

    [Fact]
    public async Task Contractor_PpcReportDraft_Returns409AndTheEntrustingNoticeIsDrafted()
    {
        var id = await CreateIncidentAsync(new
        {
            title = "委託業務での誤送付", aware_at = ApiHarness.Start, scope = "manual", people = 2, items = new[] { new { type = "SPECIAL_CARE" } },
            acting_as_contractor = true, entrusting_business = "みどり薬局株式会社",
        });
        var officer = Api.Client(Role.PrivacyOfficer);

        using var report = await officer.GetJsonAsync($"{Base}/incidents/{id}/drafts/ppc-report", null);
        using var notice = await officer.GetJsonAsync($"{Base}/incidents/{id}/drafts/entrusting-business-notice", null);
        using var triage = await officer.GetJsonAsync($"{Base}/incidents/{id}/triage", null);

        Assert.Equal(HttpStatusCode.Conflict, report.StatusCode);
        Assert.Equal("みどり薬局株式会社 御中", (await notice.JsonAsync()).GetProperty("addressee").GetString());
        Assert.Equal("notify_entrusting_business", (await triage.JsonAsync()).GetProperty("duty").GetString());
    }
}
