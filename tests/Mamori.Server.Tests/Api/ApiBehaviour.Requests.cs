using System.Net;
using System.Text;
using Mamori.Core.Access;
using UglyToad.PdfPig;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task Requests_DisclosureAsPdf_ReceivedVerifiedFulfilledAndDownloaded()
    {
        var officer = Api.Client(Role.PrivacyOfficer);

        using var added = await officer.PostJsonAsync($"{Base}/requests", new { subject_id = Api.Yamada, type = "disclosure", channel = "web-form", format = "pdf" });
        var request = await added.JsonAsync();
        var id = request.GetProperty("id").GetString();
        using var early = await officer.PostJsonAsync($"{Base}/requests/{id}/fulfil", null);
        using var verified = await officer.PostJsonAsync($"{Base}/requests/{id}/verify", new { method = "会員ログイン" });
        using var fulfilled = await officer.PostJsonAsync($"{Base}/requests/{id}/fulfil", null);
        var outcome = await fulfilled.JsonAsync();
        using var package = await officer.GetJsonAsync(outcome.GetProperty("package_url").GetString()!, null);
        var pdf = await package.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var csv = await officer.GetJsonAsync($"{Base}/requests/{id}/package?format=csv", null);
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("received", request.GetProperty("status").GetString());
        Assert.Equal("保有個人データの開示（第33条第1項）", request.GetProperty("type_title").GetString());
        Assert.Equal(ApiHarness.Start.AddDays(14), request.GetProperty("due_at").GetDateTimeOffset(), TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("verified", (await verified.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, fulfilled.StatusCode);
        Assert.Equal("fulfilled", outcome.GetProperty("request").GetProperty("status").GetString());
        Assert.Equal("application/pdf", package.ContentType()?.MediaType);
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains("保有個人データの開示", text, StringComparison.Ordinal);
            Assert.Contains(ApiHarness.YamadaEmail, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ApiHarness.SatoPhone, text, StringComparison.Ordinal);
        }

        Assert.Contains(ApiHarness.YamadaName, csvText, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiHarness.SatoPhone, csvText, StringComparison.Ordinal);
        Assert.Equal("no-store", package.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Requests_MarketerOrStaff_Returns403()
    {
        foreach (var role in new[] { Role.Marketer, Role.Staff, Role.Contractor })
        {
            using var added = await Api.Client(role).PostJsonAsync($"{Base}/requests", new { subject_id = Api.Yamada, type = "erasure", channel = "mail" });
            using var list = await Api.Client(role).GetJsonAsync($"{Base}/requests", null);

            Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
            Assert.Equal("forbidden", (await added.JsonAsync()).ProblemCode());
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        }
    }

    [Fact]
    public async Task Requests_BadInput_Returns400NamingTheField()
    {
        var admin = Api.Client(Role.Administrator);

        using var noType = await admin.PostJsonAsync($"{Base}/requests", new { subject_id = Api.Yamada, channel = "mail" });
        using var badType = await admin.PostJsonAsync($"{Base}/requests", new { subject_id = Api.Yamada, type = "delete-everything", channel = "mail" });
        using var fee = await admin.PostJsonAsync($"{Base}/requests", new { subject_id = Api.Yamada, type = "erasure", channel = "mail", fee_yen = 500 });
        using var unknown = await admin.PostJsonAsync($"{Base}/requests", new { subject_id = "Snobody", type = "erasure", channel = "mail" });

        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Contains("'type'", (await noType.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("do_not_contact", (await badType.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, fee.StatusCode);
        Assert.Contains("Art. 38", (await fee.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Requests_ErasureFulfilled_SubjectGoneAndRequestListedAnswered()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        using var added = await officer.PostJsonAsync($"{Base}/requests", new { subject_id = Api.Sato, type = "erasure", channel = "counter" });
        var id = (await added.JsonAsync()).GetProperty("id").GetString();
        using var verified = await officer.PostJsonAsync($"{Base}/requests/{id}/verify", new { method = "運転免許証" });
        using var fulfilled = await officer.PostJsonAsync($"{Base}/requests/{id}/fulfil", null);

        using var read = await officer.GetJsonAsync($"{Base}/subjects/{Api.Sato}", ApiHarness.Support);
        using var open = await officer.GetJsonAsync($"{Base}/requests?status=open", null);
        using var all = await officer.GetJsonAsync($"{Base}/requests?subject_id={Api.Sato}", null);

        Assert.Equal(HttpStatusCode.OK, fulfilled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(0, (await open.JsonAsync()).GetArrayLength());
        var listed = Assert.Single((await all.JsonAsync()).EnumerateArray());
        Assert.Equal("fulfilled", listed.GetProperty("status").GetString());
        Assert.False(listed.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Requests_Refused_ReasonTextInJapanese()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        using var added = await officer.PostJsonAsync($"{Base}/requests", new { subject_id = Api.Yamada, type = "correction", channel = "mail", item_types = new[] { "EMAIL_ADDRESS" } });
        var id = (await added.JsonAsync()).GetProperty("id").GetString();

        using var badReason = await officer.PostJsonAsync($"{Base}/requests/{id}/refuse", new { reason = "because" });
        using var refused = await officer.PostJsonAsync($"{Base}/requests/{id}/refuse", new { reason = "identity_not_verified" });
        var body = await refused.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal("refused", body.GetProperty("status").GetString());
        Assert.Equal("identity_not_verified", body.GetProperty("refusal_reason").GetString());
        Assert.StartsWith("本人確認ができない", body.GetProperty("refusal_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_ProfileSet_MarkdownHtmlAndJsonReflectIt()
    {
        var admin = Api.Client(Role.Administrator);
        using var set = await admin.SendAsync(HttpMethod.Put, $"{Base}/statement/profile", body: new
        {
            name = "株式会社みほん商店",
            address = "東京都千代田区千代田1-1",
            representative = "見本 一郎",
            complaint_contact = "お客様相談室",
            disclosure_fee_yen = 800,
            security_measures = new[] { "個人データの暗号化" },
        });
        using var byStaff = await Api.Client(Role.Staff).SendAsync(HttpMethod.Put, $"{Base}/statement/profile", body: new { name = "x", address = "y", complaint_contact = "z" });
        using var json = await Api.Client(Role.Staff).GetJsonAsync($"{Base}/statement", null);
        using var markdown = await admin.GetJsonAsync($"{Base}/statement?format=markdown", null);
        using var html = await admin.GetJsonAsync($"{Base}/statement?format=html", null);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        var statement = await json.JsonAsync();
        Assert.Equal("株式会社みほん商店", statement.GetProperty("business_name").GetString());
        Assert.Contains(statement.GetProperty("purposes").EnumerateArray(), p => p.GetProperty("code").GetString() == ApiHarness.Support);
        Assert.Equal("text/markdown", markdown.ContentType()?.MediaType);
        var md = await markdown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("800 円", md, StringComparison.Ordinal);
        Assert.Contains("個人データの暗号化", md, StringComparison.Ordinal);
        Assert.Contains("<h2>6. 苦情・お問い合わせの窓口</h2>", await html.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
