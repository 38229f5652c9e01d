using System.Net;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task Request_WithoutToken_Returns401WithBearerChallenge()
    {
        using var response = await Api.Client((Role?)null).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("unauthenticated", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task Request_UnknownToken_Returns401InvalidToken()
    {
        using var response = await Api.Client("mamori_not-a-token-anyone-was-given").GetJsonAsync($"{Base}/purposes", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_NotBearerScheme_Returns401()
    {
        var client = Api.Client((Role?)null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "YWRtaW46YWRtaW4=");

        using var response = await client.GetJsonAsync($"{Base}/purposes", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_RevokedToken_Returns401()
    {
        var marketer = Api.Client(Role.Marketer);
        using (var before = await marketer.GetJsonAsync($"{Base}/purposes", null))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var admin = Api.Client(Role.Administrator);
        var users = await (await admin.GetJsonAsync($"{Base}/users", null)).JsonAsync();
        var marketerId = users.EnumerateArray().Single(u => u.GetProperty("name").GetString() == ApiHarness.UserName(Role.Marketer)).GetProperty("id").GetString();
        var tokens = await (await admin.GetJsonAsync($"{Base}/tokens", null)).JsonAsync();
        var tokenId = tokens.EnumerateArray().Single(t => t.GetProperty("user_id").GetString() == marketerId).GetProperty("id").GetString();

        using var revoke = await admin.SendAsync(HttpMethod.Delete, $"{Base}/tokens/{tokenId}");
        using var after = await marketer.GetJsonAsync($"{Base}/purposes", null);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Health_WithoutToken_AnswersOk()
    {
        using var response = await Api.Client((Role?)null).GetJsonAsync($"{Base}/health", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Problem_Refusal_HasRfc9457ShapeWithoutInternals()
    {
        using var response = await Api.Client(Role.Staff).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", null);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        Assert.Equal("urn:mamori:problem:purpose_required", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Contains(MamoriApi.PurposeHeader, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal($"{Base}/subjects/{Api.Yamada}", problem.GetProperty("instance").GetString());
        Assert.Equal("purpose_required", problem.ProblemCode());
        Assert.True(problem.TryGetProperty("trace_id", out _));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_UnknownRoute_Returns404Problem()
    {
        using var response = await Api.Client(Role.Administrator).GetJsonAsync($"{Base}/no-such-thing", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        Assert.Equal("not_found", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task Problem_MalformedBody_Returns400NamingThePlaceNotTheValue()
    {
        const string body = """{"items":[{"type":"PERSON_NAME","value":19850412}]}""";

        using var response = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects", body, ApiHarness.Membership);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.items[0].value", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("19850412", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_MissingField_Returns400NamingTheField()
    {
        using var response = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects", new { items = new[] { new { type = "PERSON_NAME" } } }, ApiHarness.Membership);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid", problem.ProblemCode());
        Assert.Contains("items[0].value", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
