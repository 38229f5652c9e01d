using System.Net;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task GetSubject_NoPurposeHeader_Returns403PurposeRequired()
    {
        using var response = await Api.Client(Role.Administrator).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("purpose_required", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task GetSubject_UnregisteredPurpose_Returns403PurposeNotAllowed()
    {
        using var response = await Api.Client(Role.Administrator).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", "curiosity");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("purpose_not_allowed", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task Search_PurposeNotCoveringTheType_Returns403()
    {
        using var response = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects/search", new { type = "phone", value = ApiHarness.YamadaPhone }, ApiHarness.Analytics);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("purpose_not_allowed", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task AddItems_TypeOutsideThePurpose_Returns403()
    {
        using var response = await Api.Client(Role.Staff).PostJsonAsync(
            $"{Base}/subjects/{Api.Yamada}/items", new { items = new[] { new { type = "DATE_OF_BIRTH", value = "1985-04-12" } } }, ApiHarness.Support);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("purpose_not_allowed", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task GetSubject_PurposeNeedsConsentNotGiven_Returns403NoConsent()
    {
        using var response = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/subjects/{Api.Sato}", ApiHarness.Marketing);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("no_consent", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task GetSubject_ConsentWithdrawn_Returns403NoConsent()
    {
        var staff = Api.Client(Role.Staff);
        using (var allowed = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Marketing))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var withdrawal = await staff.PostJsonAsync($"{Base}/subjects/{Api.Yamada}/consents", new { purpose = ApiHarness.Marketing, given = false, channel = "phone" });
        using var refused = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Marketing);

        Assert.Equal(HttpStatusCode.Created, withdrawal.StatusCode);
        Assert.False((await withdrawal.JsonAsync()).GetProperty("given").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("no_consent", (await refused.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task RecordConsent_Given_ThenListShowsItAndReadIsAllowed()
    {
        var staff = Api.Client(Role.Staff);

        using var given = await staff.PostJsonAsync($"{Base}/subjects/{Api.Sato}/consents", new { purpose = ApiHarness.Marketing, given = true, channel = "web-form", evidence = "form-42" });
        using var list = await staff.GetJsonAsync($"{Base}/subjects/{Api.Sato}/consents", ApiHarness.Membership);
        using var read = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/subjects/{Api.Sato}", ApiHarness.Marketing);

        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        var record = Assert.Single((await list.JsonAsync()).EnumerateArray());
        Assert.Equal(ApiHarness.Marketing, record.GetProperty("purpose").GetString());
        Assert.Equal("form-42", record.GetProperty("evidence").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task RecordConsent_UnknownPurpose_Returns400()
    {
        using var response = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects/{Api.Sato}/consents", new { purpose = "lottery", given = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lottery", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
