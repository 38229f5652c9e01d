using System.Net;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task AccessLog_ReadsWritesRefusalsAndFailedSignIns_AreEachRecordedWithoutValues()
    {
        var staff = Api.Client(Role.Staff);
        var before = (await Api.AccessLogAsync()).Count;
        using (await staff.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership))
        using (await staff.PostJsonAsync($"{Base}/subjects/{Api.Sato}/items", new { items = new[] { new { type = "GENDER", value = "女" } } }, ApiHarness.Membership))
        using (await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/subjects/{Api.Sato}", ApiHarness.Marketing))
        using (await Api.Client("mamori_forged").GetJsonAsync($"{Base}/purposes", null))
        using (await Api.Client((Role?)null).GetJsonAsync($"{Base}/subjects/{Api.Sato}", ApiHarness.Membership))
        {
        }

        using var response = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/access-log?from={before + 1}", null);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var entries = (await response.JsonAsync()).GetProperty("entries").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, entries.Count);
        Assert.Equal(("read", true, Api.Yamada, ApiHarness.Membership), Summary(entries[0]));
        Assert.Equal(("write", true, Api.Sato, ApiHarness.Membership), Summary(entries[1]));
        Assert.Equal(("read", false, Api.Sato, ApiHarness.Marketing), Summary(entries[2]));
        Assert.Equal("marketer", entries[2].GetProperty("role").GetString());
        Assert.Equal("no_consent", entries[2].GetProperty("detail").GetString());
        Assert.Equal("sign_in_failed", entries[3].GetProperty("action").GetString());
        Assert.Equal("sign_in_failed", entries[4].GetProperty("action").GetString());
        Assert.All(entries[3..], e => Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("user_id").ValueKind));
        foreach (var value in new[] { "山田", "佐藤", ApiHarness.YamadaEmail, ApiHarness.YamadaPhone, "mamori_forged", "女" })
        {
            Assert.DoesNotContain(value, body, StringComparison.Ordinal);
        }

        static (string?, bool, string?, string?) Summary(System.Text.Json.JsonElement e) => (
            e.GetProperty("action").GetString(), e.GetProperty("allowed").GetBoolean(), e.GetProperty("subject_id").GetString(), e.GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task VerifyAccessLog_Untouched_IsIntact_ThenATamperedEntryIsFound()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        using (await Api.Client(Role.Staff).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership))
        {
        }

        using var intact = await officer.GetJsonAsync($"{Base}/access-log/verify", null);
        var verified = await intact.JsonAsync();
        await TamperAccessLogAsync(3);
        using var broken = await officer.GetJsonAsync($"{Base}/access-log/verify", null);
        var failed = await broken.JsonAsync();

        Assert.True(verified.GetProperty("intact").GetBoolean());
        Assert.True(verified.GetProperty("verified_entries").GetInt64() >= 10);
        Assert.False(failed.GetProperty("intact").GetBoolean());
        Assert.Equal(3, failed.GetProperty("failed_sequence").GetInt64());
        Assert.Equal(2, failed.GetProperty("verified_entries").GetInt64());
    }

    [Fact]
    public async Task ReadAccessLog_Paged_ChainsPageToPage()
    {
        var officer = Api.Client(Role.PrivacyOfficer);

        using var first = await officer.GetJsonAsync($"{Base}/access-log?limit=2", null);
        var page = await first.JsonAsync();
        using var second = await officer.GetJsonAsync($"{Base}/access-log?from={page.GetProperty("next").GetInt64()}&limit=2", null);
        var next = (await second.JsonAsync()).GetProperty("entries")[0];

        Assert.Equal(2, page.GetProperty("entries").GetArrayLength());
        Assert.Equal(3, next.GetProperty("sequence").GetInt64());
        Assert.Equal(page.GetProperty("entries")[1].GetProperty("hash").GetString(), next.GetProperty("previous_hash").GetString());
    }

    [Fact]
    public async Task AccessLog_RefusedAdministrativeCall_IsRecordedAsRefused()
    {
        using var response = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/access-log/verify", null);
        var last = (await Api.AccessLogAsync())[^1];

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((AccessAction.Admin, false, "marketer"), (last.Action, last.Allowed, last.Role));
    }
}
