using System.Net;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    [Fact]
    public async Task GetSubject_MarketerForMarketing_SeesMaskedNameAndPhoneButTheEmailItNeeds()
    {
        using var response = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Marketing);
        var subject = await response.JsonAsync();
        var items = subject.Items();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("山田 *", items["PERSON_NAME"]);
        Assert.Equal("090-****-5678", items["PHONE_NUMBER"]);
        Assert.Equal(ApiHarness.YamadaEmail, items["EMAIL_ADDRESS"]);
        Assert.All(subject.GetProperty("items").EnumerateArray(), item =>
            Assert.Equal(item.GetProperty("type").GetString() != "EMAIL_ADDRESS", item.GetProperty("masked").GetBoolean()));
    }

    [Fact]
    public async Task GetSubject_StaffForMembership_SeesEveryCoveredItemInFull()
    {
        using var response = await Api.Client(Role.Staff).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);
        var subject = await response.JsonAsync();
        var items = subject.Items();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApiHarness.YamadaName, items["PERSON_NAME"]);
        Assert.Equal(ApiHarness.YamadaPhone, items["PHONE_NUMBER"]);
        Assert.Equal("1985-04-12", items["DATE_OF_BIRTH"]);
        Assert.Equal("active", subject.GetProperty("status").GetString());
        Assert.All(subject.GetProperty("items").EnumerateArray(), item => Assert.False(item.GetProperty("masked").GetBoolean()));
    }

    [Fact]
    public async Task GetSubject_NarrowPurpose_ReturnsOnlyTheItemsItCovers()
    {
        using var response = await Api.Client(Role.Staff).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Analytics);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["DATE_OF_BIRTH", "JP_ADDRESS"], (await response.JsonAsync()).Items().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetSubject_ContractorWithinEntrustment_SeesOnlyEntrustedItems()
    {
        using var response = await Api.Client(Role.Contractor).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support);
        var items = (await response.JsonAsync()).Items();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["MEMBER_ID", "PERSON_NAME", "PHONE_NUMBER"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ApiHarness.YamadaPhone, items["PHONE_NUMBER"]);
    }

    [Fact]
    public async Task GetSubject_ContractorForPurposeOutsideEntrustment_Returns403()
    {
        using var response = await Api.Client(Role.Contractor).GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("entrustment", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task GetSubject_ContractorAfterEntrustmentEnds_Returns403()
    {
        var contractor = Api.Client(Role.Contractor);
        using (var during = await contractor.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support))
        {
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        Api.Time.Advance(TimeSpan.FromDays(31));
        using var after = await contractor.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Support);
        using var search = await contractor.PostJsonAsync($"{Base}/subjects/search", new { type = "phone", value = ApiHarness.YamadaPhone }, ApiHarness.Support);

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Equal("entrustment", (await after.JsonAsync()).ProblemCode());
        Assert.Equal(HttpStatusCode.Forbidden, search.StatusCode); // an ended entrustment may not even look up who exists
        Assert.Equal("entrustment", (await search.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task ListEntrustments_Contractor_SeesOnlyItsOwn()
    {
        using (var other = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/entrustments",
            new { contractor = "別の配送業者（架空）", item_types = new[] { "JP_ADDRESS" }, purpose_codes = new[] { ApiHarness.Membership }, valid_until = ApiHarness.Start.AddDays(90) }))
        {
            Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        }

        using var response = await Api.Client(Role.Contractor).GetJsonAsync($"{Base}/entrustments", null);

        Assert.Equal(Api.EntrustmentId, Assert.Single((await response.JsonAsync()).EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task RegisterSubject_Staff_CreatesASubjectThatReadsBack()
    {
        var staff = Api.Client(Role.Staff);
        var body = new
        {
            items = new object[]
            {
                new { type = "PERSON_NAME", value = "鈴木 一郎" },
                new { type = "EMAIL_ADDRESS", value = "ichiro.suzuki@example.jp", source = "store-counter", method = "direct" },
            },
            consents = new[] { new { purpose = ApiHarness.Marketing, given = true, channel = "paper" } },
        };

        using var created = await staff.PostJsonAsync($"{Base}/subjects", body, ApiHarness.Membership);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        using var read = await staff.GetJsonAsync($"{Base}/subjects/{id}", ApiHarness.Membership);
        var subject = await read.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Base}/subjects/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("鈴木 一郎", subject.Items()["PERSON_NAME"]);
        Assert.Equal("store-counter", subject.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("type").GetString() == "EMAIL_ADDRESS").GetProperty("provenance").GetProperty("source").GetString());
    }

    [Fact]
    public async Task RegisterSubject_ItemOutsideThePurpose_Returns403AndStoresNothing()
    {
        var before = await Api.Platform.Store.CountSubjectsAsync(TestContext.Current.CancellationToken);

        using var response = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects",
            new { items = new[] { new { type = "PERSON_NAME", value = "鈴木 一郎" }, new { type = "JP_ADDRESS", value = "大阪府大阪市北区架空町1-1" } } }, ApiHarness.Support);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await Api.Platform.Store.CountSubjectsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Search_ByEmailPhoneOrMemberId_FindsTheSubject()
    {
        var staff = Api.Client(Role.Staff);

        using var byEmail = await staff.PostJsonAsync($"{Base}/subjects/search", new { type = "email", value = "Taro.Yamada@Example.JP" }, ApiHarness.Support);
        using var byPhone = await staff.PostJsonAsync($"{Base}/subjects/search", new { type = "PHONE_NUMBER", value = ApiHarness.YamadaPhone }, ApiHarness.Support);
        using var byMember = await staff.PostJsonAsync($"{Base}/subjects/search", new { type = "member_id", value = "M000002" }, ApiHarness.Support);
        using var none = await staff.PostJsonAsync($"{Base}/subjects/search", new { type = "email", value = "nobody@example.jp" }, ApiHarness.Support);

        Assert.Equal(Api.Yamada, Assert.Single((await byEmail.JsonAsync()).GetProperty("subject_ids").EnumerateArray()).GetString());
        Assert.Equal(Api.Yamada, Assert.Single((await byPhone.JsonAsync()).GetProperty("subject_ids").EnumerateArray()).GetString());
        Assert.Equal(Api.Sato, Assert.Single((await byMember.JsonAsync()).GetProperty("subject_ids").EnumerateArray()).GetString());
        Assert.Empty((await none.JsonAsync()).GetProperty("subject_ids").EnumerateArray());
    }

    [Fact]
    public async Task Search_UnindexedType_Returns400()
    {
        using var response = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects/search", new { type = "PERSON_NAME", value = ApiHarness.YamadaName }, ApiHarness.Support);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AddEvents_ThenList_ReturnsThemDecrypted()
    {
        var staff = Api.Client(Role.Staff);

        using var added = await staff.PostJsonAsync($"{Base}/subjects/{Api.Yamada}/events",
            new { events = new[] { new { kind = "purchase", at = ApiHarness.Start.AddDays(-3), attributes = new Dictionary<string, string> { ["product"] = "緑茶", ["amount_jpy"] = "980" } } } },
            ApiHarness.Membership);
        using var listed = await staff.GetJsonAsync($"{Base}/subjects/{Api.Yamada}/events", ApiHarness.Membership);
        var purchase = Assert.Single((await listed.JsonAsync()).EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Equal("purchase", purchase.GetProperty("kind").GetString());
        Assert.Equal("緑茶", purchase.GetProperty("attributes").GetProperty("product").GetString());
    }

    [Fact]
    public async Task AddItems_Correction_IsWhatTheNextReadShows()
    {
        var staff = Api.Client(Role.Staff);

        using var added = await staff.PostJsonAsync($"{Base}/subjects/{Api.Sato}/items", new { items = new[] { new { type = "GENDER", value = "女" } } }, ApiHarness.Membership);
        using var read = await staff.GetJsonAsync($"{Base}/subjects/{Api.Sato}", ApiHarness.Membership);

        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Equal("女", (await read.JsonAsync()).Items()["GENDER"]);
    }

    [Fact]
    public async Task GetSubject_UnknownId_Returns404()
    {
        using var response = await Api.Client(Role.Staff).GetJsonAsync($"{Base}/subjects/S0000000000000000000000000000000", ApiHarness.Membership);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", (await response.JsonAsync()).ProblemCode());
    }

    [Fact]
    public async Task EraseSubject_PrivacyOfficer_MakesTheSubjectUnreadableEverywhere()
    {
        var officer = Api.Client(Role.PrivacyOfficer);

        using var erased = await officer.PostJsonAsync($"{Base}/subjects/{Api.Yamada}/erase", new { reason = "request R-2025-001" });
        using var read = await officer.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);
        using var events = await officer.GetJsonAsync($"{Base}/subjects/{Api.Yamada}/events", ApiHarness.Membership);
        using var search = await officer.PostJsonAsync($"{Base}/subjects/search", new { type = "email", value = ApiHarness.YamadaEmail }, ApiHarness.Support);
        using var again = await officer.PostJsonAsync($"{Base}/subjects/{Api.Yamada}/erase", new { reason = "request R-2025-001" });

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
        Assert.Empty((await search.JsonAsync()).GetProperty("subject_ids").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(await Api.Platform.KeyStore.GetAsync(Api.Yamada, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EraseSubject_NoReason_Returns400()
    {
        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/subjects/{Api.Yamada}/erase", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuspendSubject_PrivacyOfficer_StopsUseUntilResumed()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        var staff = Api.Client(Role.Staff);

        using var suspended = await officer.PostJsonAsync($"{Base}/subjects/{Api.Yamada}/suspend", null);
        using var staffRead = await staff.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);
        using var officerRead = await officer.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);
        using var resumed = await officer.PostJsonAsync($"{Base}/subjects/{Api.Yamada}/resume", null);
        using var staffReadAfter = await staff.GetJsonAsync($"{Base}/subjects/{Api.Yamada}", ApiHarness.Membership);

        Assert.Equal(HttpStatusCode.NoContent, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffRead.StatusCode);
        Assert.Equal("suspended", (await staffRead.JsonAsync()).ProblemCode());
        Assert.Equal("suspended", (await officerRead.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, resumed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staffReadAfter.StatusCode);
    }

    [Fact]
    public async Task ListSubjects_Administrator_PagesThroughIds()
    {
        var admin = Api.Client(Role.Administrator);

        using var first = await admin.GetJsonAsync($"{Base}/subjects?limit=1", ApiHarness.Membership);
        var page = await first.JsonAsync();
        using var second = await admin.GetJsonAsync($"{Base}/subjects?limit=1&after={page.GetProperty("next").GetString()}", ApiHarness.Membership);
        var ids = page.GetProperty("subject_ids").EnumerateArray().Concat((await second.JsonAsync()).GetProperty("subject_ids").EnumerateArray()).Select(e => e.GetString());

        Assert.Equal(new[] { Api.Yamada, Api.Sato }.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }
}
