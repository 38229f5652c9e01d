using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    private const int Ok = 200, Created = 201, NoContent = 204, Forbidden = 403;

    /// <summary>Each endpoint as one role calls it, and what each role gets: administrator, privacy officer, marketer, staff, contractor.</summary>
    private static readonly Dictionary<string, (Func<ApiHarness, HttpClient, Task<HttpResponseMessage>> Call, int[] Expected)> s_matrix = new()
    {
        ["read subject for membership"] = ((api, c) => c.GetJsonAsync($"{Base}/subjects/{api.Yamada}", ApiHarness.Membership), [Ok, Ok, Ok, Ok, Forbidden]),
        ["read subject for support"] = ((api, c) => c.GetJsonAsync($"{Base}/subjects/{api.Yamada}", ApiHarness.Support), [Ok, Ok, Ok, Ok, Ok]),
        ["read subject for marketing"] = ((api, c) => c.GetJsonAsync($"{Base}/subjects/{api.Yamada}", ApiHarness.Marketing), [Ok, Ok, Ok, Ok, Forbidden]),
        ["register subject"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects", new { items = new[] { new { type = "PERSON_NAME", value = "高橋 健太" } } }, ApiHarness.Membership),
            [Created, Created, Forbidden, Created, Forbidden]),
        ["register subject for support"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects", new { items = new[] { new { type = "PHONE_NUMBER", value = "090-0000-0003" } } }, ApiHarness.Support),
            [Created, Created, Forbidden, Created, Created]),
        ["add items"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects/{api.Sato}/items", new { items = new[] { new { type = "GENDER", value = "女" } } }, ApiHarness.Membership),
            [NoContent, NoContent, Forbidden, NoContent, Forbidden]),
        ["search"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects/search", new { type = "phone", value = ApiHarness.SatoPhone }, ApiHarness.Support), [Ok, Ok, Ok, Ok, Ok]),
        ["list subjects"] = ((api, c) => c.GetJsonAsync($"{Base}/subjects", ApiHarness.Membership), [Ok, Ok, Forbidden, Forbidden, Forbidden]),
        ["add events"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects/{api.Yamada}/events", new { events = new[] { new { kind = "visit" } } }, ApiHarness.Membership),
            [NoContent, NoContent, Forbidden, NoContent, Forbidden]),
        ["list events"] = ((api, c) => c.GetJsonAsync($"{Base}/subjects/{api.Yamada}/events", ApiHarness.Membership), [Ok, Ok, Ok, Ok, Forbidden]),
        ["erase subject"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects/{api.Sato}/erase", new { reason = "request R-1" }), [Forbidden, NoContent, Forbidden, Forbidden, Forbidden]),
        ["suspend subject"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects/{api.Sato}/suspend", null), [Forbidden, NoContent, Forbidden, Forbidden, Forbidden]),
        ["record consent"] = ((api, c) => c.PostJsonAsync($"{Base}/subjects/{api.Sato}/consents", new { purpose = ApiHarness.Marketing, given = true }),
            [Created, Created, Forbidden, Created, Forbidden]),
        ["list consents"] = ((api, c) => c.GetJsonAsync($"{Base}/subjects/{api.Yamada}/consents", ApiHarness.Membership), [Ok, Ok, Ok, Ok, Forbidden]),
        ["define purpose"] = ((api, c) => c.PostJsonAsync($"{Base}/purposes",
            new { code = "survey", title = "アンケート", published_text = "アンケートのため", item_types = new[] { "EMAIL_ADDRESS" }, retention_days = 90, requires_consent = true }),
            [Created, Created, Forbidden, Forbidden, Forbidden]),
        ["list purposes"] = ((api, c) => c.GetJsonAsync($"{Base}/purposes", null), [Ok, Ok, Ok, Ok, Ok]),
        ["publish notice"] = ((api, c) => c.PostJsonAsync($"{Base}/notices", new { collection_point = "app", version = "1", text = "利用目的", purpose_codes = new[] { ApiHarness.Support } }),
            [Created, Created, Forbidden, Forbidden, Forbidden]),
        ["add user"] = ((api, c) => c.PostJsonAsync($"{Base}/users", new { name = "another", role = "staff" }), [Created, Forbidden, Forbidden, Forbidden, Forbidden]),
        ["list users"] = ((api, c) => c.GetJsonAsync($"{Base}/users", null), [Ok, Forbidden, Forbidden, Forbidden, Forbidden]),
        ["issue token"] = ((api, c) => c.PostJsonAsync($"{Base}/users/{ApiHarness.UserName(Role.Staff)}/tokens", null), [Created, Forbidden, Forbidden, Forbidden, Forbidden]),
        ["list tokens"] = ((api, c) => c.GetJsonAsync($"{Base}/tokens", null), [Ok, Forbidden, Forbidden, Forbidden, Forbidden]),
        ["create entrustment"] = ((api, c) => c.PostJsonAsync($"{Base}/entrustments",
            new { contractor = "配送（架空）", item_types = new[] { "JP_ADDRESS" }, purpose_codes = new[] { ApiHarness.Membership }, valid_until = ApiHarness.Start.AddDays(60) }),
            [Created, Created, Forbidden, Forbidden, Forbidden]),
        ["list entrustments"] = ((api, c) => c.GetJsonAsync($"{Base}/entrustments", null), [Ok, Ok, Forbidden, Forbidden, Ok]),
        ["request export"] = ((api, c) => c.PostJsonAsync($"{Base}/exports", null, ApiHarness.Membership), [Created, Created, Created, Forbidden, Forbidden]),
        ["approve export"] = (async (api, c) =>
        {
            using var pending = await api.Client(Role.Marketer).PostJsonAsync($"{Base}/exports", null, ApiHarness.Marketing);
            return await c.PostJsonAsync($"{Base}/exports/{(await pending.JsonAsync()).GetProperty("id").GetString()}/approve", null);
        }, [Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ["read access log"] = ((api, c) => c.GetJsonAsync($"{Base}/access-log", null), [Ok, Ok, Forbidden, Forbidden, Forbidden]),
        ["verify access log"] = ((api, c) => c.GetJsonAsync($"{Base}/access-log/verify", null), [Ok, Ok, Forbidden, Forbidden, Forbidden]),
    };

    public static TheoryData<string, string, int> RoleCases()
    {
        var cases = new TheoryData<string, string, int>();
        foreach (var (endpoint, (_, expected)) in s_matrix)
        {
            for (var i = 0; i < ApiHarness.AllRoles.Count; i++)
            {
                cases.Add(endpoint, Roles.Name(ApiHarness.AllRoles[i]), expected[i]);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(RoleCases))]
    public async Task Endpoint_Role_GetsItsStatusAndRefusalsAreLogged(string endpoint, string role, int expected)
    {
        Assert.True(Roles.TryParse(role, out var caller));
        var before = (await Api.AccessLogAsync()).Count;

        using var response = await s_matrix[endpoint].Call(Api, Api.Client(caller));
        var log = await Api.AccessLogAsync();

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == Forbidden)
        {
            Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
            var refusal = Assert.Single(log.Skip(before), e => !e.Allowed);
            Assert.Equal(role, refusal.Role);
        }
        else
        {
            Assert.DoesNotContain(log.Skip(before), e => !e.Allowed);
        }
    }

    [Fact]
    public void RoleCases_CoverEveryRoleOfEveryEndpoint()
    {
        Assert.All(s_matrix.Values, row => Assert.Equal(ApiHarness.AllRoles.Count, row.Expected.Length));
        Assert.Equal([Role.Administrator, Role.PrivacyOfficer, Role.Marketer, Role.Staff, Role.Contractor], ApiHarness.AllRoles);
    }
}
