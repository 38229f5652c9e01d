using System.Net;
using Mamori.Core.Access;
using Xunit;

namespace Mamori.Server.Tests.Api;

public abstract partial class ApiBehaviour
{
    private static readonly object s_optOutRecipient = new
    {
        name = "株式会社テスト名簿（架空）",
        address = "東京都港区架空1-1-1",
        representative = "代表取締役 架空 一郎",
        country = "JP",
        basis = "opt-out",
        opt_out = new
        {
            item_types = new[] { "PERSON_NAME", "EMAIL_ADDRESS" },
            acquisition_method = "会員登録フォーム",
            provision_method = "CSV ファイルの電子送付",
            request_method = "ウェブフォーム",
            update_method = "月次",
            starts_on = "2025-03-01T00:00:00+09:00",
            filed_on = "2025-02-01T00:00:00+09:00",
            publication = "PPC-OPT-2025-0002",
        },
    };

    [Fact]
    public async Task Recipients_RegisterReviseAndRead_KeepsEveryVersion()
    {
        var officer = Api.Client(Role.PrivacyOfficer);

        using var created = await officer.PostJsonAsync($"{Base}/recipients", s_optOutRecipient);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        using var revised = await officer.SendAsync(HttpMethod.Put, $"{Base}/recipients/{id}", null, new
        {
            name = "株式会社テスト名簿（架空）", address = "大阪府大阪市架空2-2-2", representative = "代表取締役 架空 一郎", country = "JP", basis = "consent",
        });
        using var history = await Api.Client(Role.Marketer).GetJsonAsync($"{Base}/recipients/{id}", null);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var body = await history.JsonAsync();
        Assert.Equal(("consent", 2), (body.GetProperty("current").GetProperty("basis").GetString(), body.GetProperty("current").GetProperty("version").GetInt32()));
        Assert.Equal(["opt-out", "consent"], body.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("basis").GetString()));
        Assert.Equal("PPC-OPT-2025-0002", body.GetProperty("versions")[0].GetProperty("opt_out").GetProperty("publication").GetString());
    }

    [Fact]
    public async Task Recipients_UnknownBasisOrMissingFiling_Returns400SayingWhatToFix()
    {
        var admin = Api.Client(Role.Administrator);

        using var unknown = await admin.PostJsonAsync($"{Base}/recipients", new { name = "x", address = "y", representative = "z", basis = "friendship" });
        using var missing = await admin.PostJsonAsync($"{Base}/recipients", new { name = "x", address = "y", representative = "z", basis = "opt-out" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("consent, exception, opt-out", (await unknown.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("PPC filing", (await missing.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Marketer)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Contractor)]
    public async Task Recipients_RegisterByOtherRoles_Returns403(Role role)
    {
        using var response = await Api.Client(role).PostJsonAsync($"{Base}/recipients", s_optOutRecipient);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", (await response.JsonAsync()).ProblemCode());
    }

    [Theory]
    [InlineData(Role.Administrator, HttpStatusCode.OK)]
    [InlineData(Role.PrivacyOfficer, HttpStatusCode.OK)]
    [InlineData(Role.Marketer, HttpStatusCode.OK)]
    [InlineData(Role.Staff, HttpStatusCode.Forbidden)]
    [InlineData(Role.Contractor, HttpStatusCode.Forbidden)]
    public async Task Provide_ByRole_OnlyAdministratorsOfficersAndMarketers(Role role, HttpStatusCode expected)
    {
        var id = await RegisterOptOutRecipientAsync();

        using var response = await Api.Client(role).PostJsonAsync($"{Base}/provisions",
            new { recipient_id = id, purpose = ApiHarness.Membership, item_types = new[] { "PERSON_NAME" }, subject_ids = new[] { Api.Yamada } });

        Assert.Equal(expected, response.StatusCode);
        using var records = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/records?subject_id={Api.Yamada}", null);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, (await records.JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Provide_ThenDisclosure_RecordsEqualWhatWasProvidedAndStoppedPeopleAreLeftOut()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        var id = await RegisterOptOutRecipientAsync();
        using var stop = await officer.PostJsonAsync($"{Base}/provision-stops", new { subject_id = Api.Sato, reason = "DSR-77" });

        using var response = await Api.Client(Role.Marketer).PostJsonAsync($"{Base}/provisions",
            new { recipient_id = id, purpose = ApiHarness.Membership, item_types = new[] { "PERSON_NAME", "EMAIL_ADDRESS" }, all = true });
        using var yamada = await officer.GetJsonAsync($"{Base}/records?subject_id={Api.Yamada}", null);
        using var sato = await officer.GetJsonAsync($"{Base}/records?subject_id={Api.Sato}", null);
        using var byRecipient = await officer.GetJsonAsync($"{Base}/records?counterparty_id={id}&kind=provision", null);

        Assert.Equal(HttpStatusCode.Created, stop.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal([Api.Yamada], result.GetProperty("provided_subject_ids").EnumerateArray().Select(e => e.GetString()));
        var refusal = Assert.Single(result.GetProperty("refusals").EnumerateArray());
        Assert.Equal((Api.Sato, "provision_stopped"), (refusal.GetProperty("subject_id").GetString(), refusal.GetProperty("code").GetString()));
        var record = Assert.Single((await yamada.JsonAsync()).EnumerateArray());
        Assert.Equal((id, "provision", "opt-out", result.GetProperty("id").GetString()),
            (record.GetProperty("counterparty_id").GetString(), record.GetProperty("kind").GetString(), record.GetProperty("basis").GetString(), record.GetProperty("operation_id").GetString()));
        Assert.Equal(["PERSON_NAME", "EMAIL_ADDRESS"], record.GetProperty("item_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ApiHarness.Start.AddYears(3), record.GetProperty("retain_until").GetDateTimeOffset(), TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await sato.JsonAsync()).GetArrayLength());
        Assert.Equal(1, (await byRecipient.JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Provide_SpecialCareByOptOut_Returns400AndNothingIsRecorded()
    {
        var id = await RegisterOptOutRecipientAsync();

        using var response = await Api.Client(Role.PrivacyOfficer).PostJsonAsync($"{Base}/provisions",
            new { recipient_id = id, purpose = ApiHarness.Membership, item_types = new[] { "PERSON_NAME", "SPECIAL_CARE" }, subject_ids = new[] { Api.Yamada } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var records = await Api.Client(Role.PrivacyOfficer).GetJsonAsync($"{Base}/records?subject_id={Api.Yamada}", null);
        Assert.Equal(0, (await records.JsonAsync()).GetArrayLength());
    }

    [Theory]
    [InlineData(Role.Marketer)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Contractor)]
    public async Task RecordsAndPurge_ByOtherRoles_Return403(Role role)
    {
        var client = Api.Client(role);

        using var records = await client.GetJsonAsync($"{Base}/records?subject_id={Api.Yamada}", null);
        using var purge = await client.PostJsonAsync($"{Base}/records/purge", null);
        using var receipts = await client.GetJsonAsync($"{Base}/receipt-confirmations", null);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { records.StatusCode, purge.StatusCode, receipts.StatusCode });
    }

    [Fact]
    public async Task Purge_AfterThreeYears_RemovesTheRecord()
    {
        var id = await RegisterOptOutRecipientAsync();
        var officer = Api.Client(Role.PrivacyOfficer);
        using var provided = await officer.PostJsonAsync($"{Base}/provisions",
            new { recipient_id = id, purpose = ApiHarness.Membership, item_types = new[] { "PERSON_NAME" }, subject_ids = new[] { Api.Yamada } });

        using var early = await officer.PostJsonAsync($"{Base}/records/purge", null);
        using var kept = await officer.GetJsonAsync($"{Base}/records?subject_id={Api.Yamada}", null);
        Api.Time.Advance(TimeSpan.FromDays((365 * 3) + 2));
        using var late = await officer.PostJsonAsync($"{Base}/records/purge", null);
        using var left = await officer.GetJsonAsync($"{Base}/records?subject_id={Api.Yamada}", null);

        Assert.Equal(0, (await early.JsonAsync()).GetProperty("purged").GetInt32());
        Assert.Equal(1, (await kept.JsonAsync()).GetArrayLength());
        // Gone after three years: the server's daily retention run (on the same clock) purges records too, so the explicit
        // purge may find it already done.
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(0, (await left.JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Confirmations_ReceiptAndArt31_CreatedAndListed()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        var id = await RegisterOptOutRecipientAsync();
        using var receipt = await officer.PostJsonAsync($"{Base}/receipt-confirmations", new
        {
            provider_name = "株式会社提供元（架空）", provider_address = "東京都新宿区架空3-3-3", provider_representative = "代表取締役 架空 花子",
            provider_acquisition = "本人の同意を得て取得", route = "consent", item_types = new[] { "PERSON_NAME", "EMAIL_ADDRESS" },
        });
        using var unconfirmed = await officer.PostJsonAsync($"{Base}/personal-related-confirmations",
            new { recipient_id = id, item_types = new[] { "ONLINE_IDENTIFIER" }, method = "誓約書", valid_until = "2026-04-01T00:00:00Z", consent_confirmed = false });
        using var art31 = await officer.PostJsonAsync($"{Base}/personal-related-confirmations",
            new { recipient_id = id, item_types = new[] { "ONLINE_IDENTIFIER" }, method = "誓約書", valid_until = "2026-04-01T00:00:00Z", consent_confirmed = true });
        using var list = await officer.GetJsonAsync($"{Base}/receipt-confirmations", null);

        Assert.Equal(HttpStatusCode.Created, receipt.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, art31.StatusCode);
        Assert.Equal((await receipt.JsonAsync()).GetProperty("id").GetString(), Assert.Single((await list.JsonAsync()).EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Provide_ConsentRecipient_OnlyPeopleWhoseConsentNamesIt()
    {
        var officer = Api.Client(Role.PrivacyOfficer);
        using var created = await officer.PostJsonAsync($"{Base}/recipients",
            new { name = "株式会社同意提携（架空）", address = "東京都港区架空4-4-4", representative = "代表取締役 架空 三郎", basis = "consent" });
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        using var consent = await Api.Client(Role.Staff).PostJsonAsync($"{Base}/subjects/{Api.Sato}/consents",
            new { purpose = ApiHarness.Membership, given = true, channel = "web-form", recipient_id = id }, ApiHarness.Membership);

        using var response = await officer.PostJsonAsync($"{Base}/provisions",
            new { recipient_id = id, purpose = ApiHarness.Membership, item_types = new[] { "PERSON_NAME" }, subject_ids = new[] { Api.Yamada, Api.Sato } });

        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        Assert.Equal(id, (await consent.JsonAsync()).GetProperty("recipient_id").GetString());
        var result = await response.JsonAsync();
        Assert.Equal([Api.Sato], result.GetProperty("provided_subject_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("no_consent", Assert.Single(result.GetProperty("refusals").EnumerateArray()).GetProperty("code").GetString());
    }

    private async Task<string> RegisterOptOutRecipientAsync()
    {
        using var created = await Api.Client(Role.Administrator).PostJsonAsync($"{Base}/recipients", s_optOutRecipient);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }
}
