using System.Net;
using System.Text;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task Export_ByMarketer_WaitsForApprovalThenDownloadsConsentedMaskedRowsAndATraceMark()
    {
        var marketer = Api.Client(Role.Marketer);
        var officer = Api.Client(Role.PrivacyOfficer);

        using var requested = await marketer.PostJsonAsync($"{Base}/exports", null, ApiHarness.Marketing);
        var export = await requested.JsonAsync();
        var id = export.GetProperty("id").GetString();
        using var early = await marketer.GetJsonAsync($"{Base}/exports/{id}/csv", null);
        using var approved = await officer.PostJsonAsync($"{Base}/exports/{id}/approve", null);
        using var download = await marketer.GetJsonAsync($"{Base}/exports/{id}/csv", null);
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var status = await officer.GetJsonAsync($"{Base}/exports/{id}", null);
        var completed = await status.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.Equal("pending", export.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, export.GetProperty("trace_mark").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("approval_required", (await early.JsonAsync()).ProblemCode());
        Assert.Equal("approved", (await approved.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.ContentType()?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("subject_id,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith(Api.Yamada + ",", StringComparison.Ordinal) && l.Contains("山田 *", StringComparison.Ordinal) && l.Contains(ApiHarness.YamadaEmail, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(Api.Sato, StringComparison.Ordinal));
        Assert.Equal(3, lines.Length); // header, 山田, and the canary
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Contains(lines, l => l.Contains(completed.GetProperty("trace_mark").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_ByPrivacyOfficer_IsApprovedAtOnce()
    {
        using var requested = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/exports", null, ApiHarness.Membership);

        Assert.Equal("approved", (await requested.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ListExports_OfficerSeesPendingOnes_MarketerSeesOnlyTheirOwn()
    {
        var marketer = Api.Client(Role.Marketer);
        var officer = Api.Client(Role.PrivacyOfficer);
        using var byMarketer = await marketer.PostJsonAsync($"{Base}/exports", null, ApiHarness.Marketing);
        using var byOfficer = await officer.PostJsonAsync($"{Base}/exports", null, ApiHarness.Membership);
        var marketerExport = (await byMarketer.JsonAsync()).GetProperty("id").GetString();
        var officerExport = (await byOfficer.JsonAsync()).GetProperty("id").GetString();

        using var pending = await officer.GetJsonAsync($"{Base}/exports?status=pending", null);
        using var own = await marketer.GetJsonAsync($"{Base}/exports", null);
        using var unknown = await officer.GetJsonAsync($"{Base}/exports?status=lost", null);
        var pendingIds = (await pending.JsonAsync()).GetProperty("exports").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var ownIds = (await own.JsonAsync()).GetProperty("exports").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();

        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        Assert.Contains(marketerExport, pendingIds);
        Assert.DoesNotContain(officerExport, pendingIds); // a privacy officer's own export is approved at once
        Assert.Contains(marketerExport, ownIds);
        Assert.DoesNotContain(officerExport, ownIds);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Export_NoPurpose_Returns403PurposeRequired()
    {
        using var requested = await Api.Client(Role.Marketer).PostJsonAsync($"{Base}/exports", null);

        Assert.Equal(HttpStatusCode.Forbidden, requested.StatusCode);
        Assert.Equal("purpose_required", (await requested.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task Export_DownloadByAnotherUser_Returns403()
    {
        using var requested = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/exports", null, ApiHarness.Membership);
        var id = (await requested.JsonAsync()).GetProperty("id").GetString();

        using var download = await Api.Client(Role.Administrator).GetJsonAsync($"{Base}/exports/{id}/csv", null);
        using var status = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/exports/{id}", null);

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal("application/problem+json", download.ContentType()?.MediaType);
        Assert.False(download.Content.Headers.Contains("Content-Disposition"));
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
    }

    [Fact]
    public async Task Export_Unknown_Returns404()
    {
        using var response = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/exports/Xnothing/csv", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RejectExport_PrivacyOfficer_StopsTheDownload()
    {
        using var requested = await Api.Client(Role.Marketer).PostJsonAsync($"{Base}/exports", null, ApiHarness.Marketing);
        var id = (await requested.JsonAsync()).GetProperty("id").GetString();

        using var rejected = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/exports/{id}/reject", null);
        using var download = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/exports/{id}/csv", null);
        using var again = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/exports/{id}/approve", null);

        Assert.Equal("rejected", (await rejected.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
