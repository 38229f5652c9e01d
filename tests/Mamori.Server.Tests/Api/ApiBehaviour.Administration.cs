using System.Net;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task DefinePurpose_SameCodeAgain_AddsTheNextVersion()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        var purpose = new { code = "point-program", title = "ポイント", published_text = "ポイント付与のため", item_types = new[] { "MEMBER_ID" }, retention_days = 365, requires_consent = false };

        using var first = await officer.PostJsonAsync($"{Base}/purposes", purpose);
        using var second = await officer.PostJsonAsync($"{Base}/purposes", purpose with { published_text = "ポイント付与・失効のご案内のため" });
        using var list = await officer.GetJsonAsync($"{Base}/purposes", null);

        Assert.Equal(1, (await first.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(2, (await second.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal([1, 2], (await list.JsonAsync()).EnumerateArray()
            .Where(p => p.GetProperty("code").GetString() == "point-program").Select(p => p.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task DefinePurpose_ExistingVersion_Returns409()
    {
        using var response = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/purposes",
            new { code = ApiHarness.Support, version = 1, title = "重複", published_text = "重複", item_types = new[] { "MEMBER_ID" }, retention_days = 30, requires_consent = false });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("conflict", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task DefinePurpose_UnknownItemType_Returns400NamingIt()
    {
        using var response = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/purposes",
            new { code = "x", title = "x", published_text = "x", item_types = new[] { "SHOE_SIZE" }, retention_days = 30, requires_consent = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SHOE_SIZE", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishNotice_ThenList_ShowsTheVersion()
    {
        var officer = Api.Client(Role.PrivacyOfficer);

        using var published = await officer.PostJsonAsync($"{Base}/notices",
            new { collection_point = "web-signup", version = "2025-04", text = "当店は会員管理のために個人情報を利用します。", purpose_codes = new[] { ApiHarness.Membership } });
        using var list = await officer.GetJsonAsync($"{Base}/notices", null);

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("2025-04", Assert.Single((await list.JsonAsync()).EnumerateArray()).GetProperty("version").GetString());
    }

    [Fact]
    public async Task PublishNotice_UnknownPurpose_Returns400()
    {
        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/notices",
            new { collection_point = "web-signup", version = "1", text = "x", purpose_codes = new[] { "lottery" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AddUser_Administrator_ReturnsATokenThatSignsIn()
    {
        using var added = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/users", new { name = "new-staff", role = "staff" });
        var body = await added.JsonAsync();
        using var call = await Api.Client(body.GetProperty("token").GetString()).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("staff", body.GetProperty("user").GetProperty("role").GetString());
        Assert.StartsWith("mamori_", body.GetProperty("token").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
    }

    [Fact]
    public async Task AddUser_PrivacyOfficerRoleWithUnderscore_IsAccepted()
    {
        using var added = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/users", new { name = "dpo-2", role = "privacy_officer" });

        Assert.Equal("privacy-officer", (await added.JsonAsync()).GetProperty("user").GetProperty("role").GetString());
    }

    [Fact]
    public async Task AddUser_ContractorWithoutEntrustment_Returns400()
    {
        using var response = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/users", new { name = "courier", role = "contractor" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("entrustment", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddUser_ExistingName_Returns409()
    {
        using var response = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/users", new { name = ApiHarness.UserName(Role.Staff), role = "staff" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task AddUser_UnknownRole_Returns400ListingTheRoles()
    {
        using var response = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/users", new { name = "someone", role = "superuser" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("privacy-officer", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueToken_Administrator_GivesAnotherWorkingToken()
    {
        using var issued = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/users/{ApiHarness.UserName(Role.Staff)}/tokens", null);
        var token = (await issued.JsonAsync()).GetProperty("token").GetString();
        using var call = await Api.Client(token).GetJsonAsync($"{Base}/purposes", null);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.NotEqual(Api.TokenOf(Role.Staff), token);
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
    }

    [Fact]
    public async Task ListTokens_Administrator_NeverShowsATokenOrItsHash()
    {
        using var response = await Api.Client(Role.Administrator).GetJsonAsync($"{Base}/tokens", null);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApiHarness.AllRoles.Count, (await response.JsonAsync()).GetArrayLength());
        Assert.DoesNotContain("mamori_", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeToken_Unknown_Returns404()
    {
        using var response = await Api.Client(Role.Administrator).SendAsync(HttpMethod.Delete, $"{Base}/tokens/Knothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateEntrustment_Incomplete_Returns400()
    {
        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/entrustments",
            new { contractor = "配送業者（架空）", item_types = Array.Empty<string>(), purpose_codes = new[] { ApiHarness.Membership }, valid_until = ApiHarness.Start.AddDays(10) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
