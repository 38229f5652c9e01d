using System.Net;
using System.Text.Json;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Detection;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task Contractors_RegisterAssessEnd_ContractorAccessFollowsTheRegister()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        using var added = await officer.PostJsonAsync($"{Base}/contractors", new
        {
            contractor = "海外コールセンター（架空）",
            processing_content = "お問い合わせ電話への一次対応",
            item_types = new[] { EntityTypes.PersonName, EntityTypes.PhoneNumber },
            purpose_codes = new[] { ApiHarness.Support },
            contract_date = ApiHarness.Start.AddDays(-1),
            contract_end = ApiHarness.Start.AddDays(180),
            sub_contractors = new[] { new { name = "マニラ受付センター（架空）", country = "PH", processing_content = "夜間受付", approved = true } },
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var entry = await added.JsonAsync();
        var id = entry.GetProperty("id").GetString()!;
        Assert.Equal(("JP", true, "active"), (entry.GetProperty("country").GetString(), entry.GetProperty("foreign_country").GetBoolean(), entry.GetProperty("status").GetString()));
        Assert.Equal("PH", entry.GetProperty("sub_contractors")[0].GetProperty("country").GetString());

        var (_, token) = await Api.Platform.Users.AddUserAsync(Caller.LocalOperator, "overseas-agent", Role.Contractor, id, TestContext.Current.CancellationToken);
        var contractor = Api.Client(token);
        using (var read = await contractor.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal([EntityTypes.PersonName, EntityTypes.PhoneNumber], (await read.JsonAsync()).Items().Keys.Order(StringComparer.Ordinal));
        }

        using (var failed = await officer.PostJsonAsync($"{Base}/contractors/{id}/assessments", new { result = "unsatisfactory", notes = "委託契約外の端末持ち出し" }))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Equal("suspended", (await failed.JsonAsync()).GetProperty("contractor").GetProperty("status").GetString());
        }

        using (var suspended = await contractor.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support))
        {
            Assert.Equal(HttpStatusCode.Forbidden, suspended.StatusCode);
            Assert.Equal("entrustment", (await suspended.JsonAsync()).ProblemCode());
        }

        using (var passed = await officer.PostJsonAsync($"{Base}/contractors/{id}/assessments", new { result = "satisfactory", notes = "是正を確認" }))
        {
            Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
        }

        using (var resumed = await contractor.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support))
        {
            Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        }

        using (var ended = await officer.PostJsonAsync($"{Base}/contractors/{id}/end", null))
        {
            Assert.Equal("ended", (await ended.JsonAsync()).GetProperty("status").GetString());
        }

        using var afterEnd = await contractor.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support);
        using var own = await contractor.GetJsonAsync($"{Base}/contractors/{id}", null);
        Assert.Equal(HttpStatusCode.Forbidden, afterEnd.StatusCode);
        Assert.Equal("entrustment", (await afterEnd.JsonAsync()).ProblemCode());
        var details = await own.JsonAsync();
        Assert.False(details.GetProperty("in_force").GetBoolean());
        Assert.Equal(["unsatisfactory", "satisfactory"], details.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task Contractors_ContractEndPasses_ContractorRefused()
    {
        using var added = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/contractors", new
        {
            contractor = "短期配送（架空）", processing_content = "商品の配送", item_types = new[] { EntityTypes.PersonName, EntityTypes.PhoneNumber },
            purpose_codes = new[] { ApiHarness.Support }, contract_end = ApiHarness.Start.AddDays(5),
        });
        var id = (await added.JsonAsync()).GetProperty("id").GetString()!;
        var (_, token) = await Api.Platform.Users.AddUserAsync(Caller.LocalOperator, "short-delivery", Role.Contractor, id, TestContext.Current.CancellationToken);
        using (var during = await Api.Client(token).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support))
        {
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        Api.Time.Advance(TimeSpan.FromDays(6));
        using var after = await Api.Client(token).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support);

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Equal("entrustment", (await after.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task Contractors_RolesAndBadInput_AnsweredWithProblems()
    {
        var body = new
        {
            contractor = "検証用（架空）", processing_content = "検証", item_types = new[] { EntityTypes.PersonName }, purpose_codes = new[] { ApiHarness.Support },
            contract_end = ApiHarness.Start.AddDays(30),
        };
        using var marketer = await Api.Client(Role.Marketer).PostJsonAsync($"{Base}/contractors", body);
        using var staff = await Api.Client(Role.Staff).GetJsonAsync($"{Base}/contractors", null);
        using var contractorOverdue = await Api.Client(Role.Contractor).GetJsonAsync($"{Base}/contractors/overdue", null);
        using var contractorOwn = await Api.Client(Role.Contractor).GetJsonAsync($"{Base}/contractors", null);
        using var missing = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/contractors", new { contractor = "名前だけ（架空）" });
        using var badResult = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/contractors/{Api.EntrustmentId}/assessments", new { result = "great" });
        using var unknown = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/contractors/Nnosuchentry", null);
        using var overdue = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/contractors/overdue", null);

        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (marketer.StatusCode, (await marketer.JsonAsync()).ProblemCode()));
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, contractorOverdue.StatusCode);
        Assert.Equal(Api.EntrustmentId, Assert.Single((await contractorOwn.JsonAsync()).EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badResult.StatusCode);
        Assert.Contains("needs_improvement", (await badResult.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The harness's entrustment predates the register: never assessed, so its assessment is due.
        Assert.Contains((await overdue.JsonAsync()).EnumerateArray(), e => e.GetProperty("id").GetString() == Api.EntrustmentId);
    }

    [Fact]
    public async Task Retention_DryRunThenScheduledRun_ErasesWhatIsDueAndLogsNoValue()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        using (var refused = await Api.Client(Role.Marketer).PostJsonAsync($"{Base}/retention/run", new { dry_run = true }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var dry = await officer.PostJsonAsync($"{Base}/retention/run", new { dry_run = true }))
        {
            var report = await dry.JsonAsync();
            Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
            Assert.True(report.GetProperty("dry_run").GetBoolean());
            Assert.Equal(0, report.GetProperty("subjects_erased").GetInt32());
            Assert.Empty(report.GetProperty("deletions").EnumerateArray());
        }

        // Past the longest period (membership, 1,825 days): the daily job the server runs erases both members.
        Api.Time.Advance(TimeSpan.FromDays(1826));
        JsonElement log = default;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var page = await officer.GetJsonAsync($"{Base}/retention/log", null);
            log = await page.JsonAsync();
            if (log.GetProperty("entries").GetArrayLength() >= 2)
            {
                break;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var entries = log.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(new[] { Api.Sato, Api.Yamada }.Order(StringComparer.Ordinal), entries.Select(e => e.GetProperty("subject_id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("subject", "retention_expired", "retention"), (e.GetProperty("kind").GetString(), e.GetProperty("rule").GetString(), e.GetProperty("actor").GetString())));
        var text = log.GetRawText();
        Assert.DoesNotContain(ApiHarness.YamadaEmail, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiHarness.YamadaPhone, text, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", text, StringComparison.Ordinal);
        using var gone = await officer.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        using var again = await officer.PostJsonAsync($"{Base}/retention/run", null);
        Assert.Equal(0, (await again.JsonAsync()).GetProperty("subjects_erased").GetInt32());
    }
}
