using System.Text;
using System.Text.Json;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Mamori.Core.Purposes;
using Mamori.Core.Requests;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using UglyToad.PdfPig;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task RequestsDisclosure_JsonCsvPdf_PackageHoldsExactlyTheSubjectsData()
    {
        var person = World.NextPerson();
        var other = World.NextPerson();
        var subjectId = await World.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        var otherId = await World.RegisterAsync(other);
        await Platform.Subjects.AddEventsAsync(World.Staff, subjectId, PlatformSetup.Support, [(("purchase"), World.Clock.GetUtcNow(), new Dictionary<string, string> { ["sku"] = "TEA-42" })], Ct);
        await Platform.Subjects.AddEventsAsync(World.Staff, otherId, PlatformSetup.Support, [(("purchase"), World.Clock.GetUtcNow(), new Dictionary<string, string> { ["sku"] = "OTHER-99" })], Ct);

        foreach (var format in Enum.GetValues<DisclosureFormat>())
        {
            var request = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Disclosure, "web-form", Format: format), Ct);
            await Platform.Requests.VerifyAsync(World.Officer, request.Id, "会員ログイン", cancellationToken: Ct);
            var outcome = await Platform.Requests.FulfilAsync(World.Officer, request.Id, cancellationToken: Ct);

            Assert.Equal(RequestStatus.Fulfilled, outcome.Request.Status);
            var file = Assert.IsType<DisclosureFile>(outcome.Package);
            Assert.Equal(format, file.Format);
            var text = format == DisclosureFormat.Pdf ? PdfText(file.Content) : Encoding.UTF8.GetString(file.Content);
            foreach (var type in PlatformSetup.SupportItems)
            {
                Assert.Contains(person.ValueOf(type), text, StringComparison.Ordinal);
            }

            Assert.Contains("TEA-42", text, StringComparison.Ordinal);
            Assert.Contains(PlatformSetup.EmailMarketing, text, StringComparison.Ordinal);
            Assert.DoesNotContain(other.Email, text, StringComparison.Ordinal);
            Assert.DoesNotContain(other.Phone, text, StringComparison.Ordinal);
            Assert.DoesNotContain(other.MemberId, text, StringComparison.Ordinal);
            Assert.DoesNotContain("OTHER-99", text, StringComparison.Ordinal);
            Assert.DoesNotContain(otherId, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RequestsDisclosure_Json_ItemsConsentsEventsPurposesAreTheSubjectsOwn()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        await Platform.Consents.RecordAsync(World.Staff, subjectId, new NewConsent(PlatformSetup.EmailMarketing, false, "mail"), Ct);
        var outcome = await FulfilledAsync(new NewSubjectRequest(subjectId, RequestType.Disclosure, "mail"));

        using var json = JsonDocument.Parse(outcome.Package!.Content);
        var root = json.RootElement;
        Assert.Equal(subjectId, root.GetProperty("subject_id").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(PlatformSetup.SupportItems.Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("type").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal(person.ValueOf(i.GetProperty("type").GetString()!), i.GetProperty("value").GetString()));
        Assert.All(items, i => Assert.Equal("api", i.GetProperty("provenance").GetProperty("source").GetString()));
        Assert.Equal([true, false], root.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("given").GetBoolean()));
        // The consent was withdrawn: e-mail marketing no longer uses the data; support (notified purpose) does.
        var purposes = root.GetProperty("purposes").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Contains(PlatformSetup.Support, purposes);
        Assert.DoesNotContain(PlatformSetup.EmailMarketing, purposes);
        Assert.DoesNotContain(PlatformSetup.HealthProgramme, purposes);
    }

    [Fact]
    public async Task RequestsDisclosure_Fulfilled_LoggedAsExportOfTheSubjectsItems()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        var head = await World.LogHeadAsync();

        var outcome = await FulfilledAsync(new NewSubjectRequest(subjectId, RequestType.Disclosure, "counter", Format: DisclosureFormat.Csv));

        var entry = Assert.Single(await World.LogSinceAsync(head), e => e.Action == AccessAction.Export);
        Assert.Equal(subjectId, entry.SubjectId);
        Assert.Equal(World.Officer.UserId, entry.UserId);
        Assert.Equal(SubjectRequests.LogPurpose, entry.Purpose);
        Assert.Contains(EntityTypes.EmailAddress, entry.ItemTypes);
        Assert.Contains(outcome.Request.Id, entry.Detail, StringComparison.Ordinal);

        // Downloading it again is a new disclosure, logged again.
        await Platform.Requests.PackageAsync(World.Officer, outcome.Request.Id, DisclosureFormat.Json, Ct);
        Assert.Equal(2, (await World.LogSinceAsync(head)).Count(e => e.Action == AccessAction.Export && e.SubjectId == subjectId));
    }

    [Fact]
    public async Task RequestsLifecycle_InvalidTransitions_ConflictWithoutChange()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        var request = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Suspension, "mail"), Ct);

        Assert.Equal("conflict", (await RefusedAsync(() => Platform.Requests.FulfilAsync(World.Officer, request.Id, cancellationToken: Ct))).Code);
        Assert.Equal(SubjectStatus.Active, (await Platform.Store.GetSubjectAsync(subjectId, Ct))!.Status);

        var verified = await Platform.Requests.VerifyAsync(World.Officer, request.Id, "本人確認書類", cancellationToken: Ct);
        Assert.Equal(World.Clock.GetUtcNow(), verified.VerifiedAt);
        Assert.Equal("conflict", (await RefusedAsync(() => Platform.Requests.VerifyAsync(World.Officer, request.Id, "again", cancellationToken: Ct))).Code);

        var fulfilled = (await Platform.Requests.FulfilAsync(World.Officer, request.Id, cancellationToken: Ct)).Request;
        Assert.Equal("conflict", (await RefusedAsync(() => Platform.Requests.RefuseAsync(World.Officer, request.Id, RefusalReason.Other, "late", Ct))).Code);
        Assert.Equal("conflict", (await RefusedAsync(() => Platform.Requests.FulfilAsync(World.Officer, request.Id, cancellationToken: Ct))).Code);

        var stored = await Platform.Requests.GetAsync(World.Officer, request.Id, Ct);
        Assert.Equal(RequestStatus.Fulfilled, stored.Status);
        Assert.Equal(fulfilled.FulfilledAt, stored.FulfilledAt);
        Assert.Equal(World.Officer.UserId, stored.AnsweredBy);
        Assert.Equal("本人確認書類", stored.VerificationMethod);
    }

    [Fact]
    public async Task RequestsRefuse_IdentityNotVerified_StoredWithJapaneseReasonAndNoDataChange()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);
        var request = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, "phone"), Ct);

        var refused = await Platform.Requests.RefuseAsync(World.Officer, request.Id, RefusalReason.IdentityNotVerified, cancellationToken: Ct);

        Assert.Equal(RequestStatus.Refused, refused.Status);
        Assert.Equal(World.Clock.GetUtcNow(), refused.RefusedAt);
        Assert.Contains("本人確認ができない", RequestNames.Text(refused.RefusalReason!.Value), StringComparison.Ordinal);
        Assert.Equal(RefusalReason.IdentityNotVerified, (await Platform.Requests.GetAsync(World.Officer, request.Id, Ct)).RefusalReason);
        Assert.NotNull(await Platform.KeyStore.GetAsync(subjectId, Ct));
        Assert.Equal("conflict", (await RefusedAsync(() => Platform.Requests.VerifyAsync(World.Officer, request.Id, "late", cancellationToken: Ct))).Code);
    }

    [Fact]
    public async Task RequestsRefuse_Article33GroundsOnErasureOrOtherWithoutNote_Invalid()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        var erasure = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, "mail"), Ct);
        var disclosure = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Disclosure, "mail"), Ct);

        Assert.Equal("invalid", (await RefusedAsync(() => Platform.Requests.RefuseAsync(World.Officer, erasure.Id, RefusalReason.SeriousHindranceToBusiness, cancellationToken: Ct))).Code);
        Assert.Equal("invalid", (await RefusedAsync(() => Platform.Requests.RefuseAsync(World.Officer, erasure.Id, RefusalReason.Other, " ", Ct))).Code);
        var refused = await Platform.Requests.RefuseAsync(World.Officer, disclosure.Id, RefusalReason.SeriousHindranceToBusiness, "業務記録と一体で切り出せないため", Ct);
        Assert.Contains("第33条第2項第2号", RequestNames.Text(refused.RefusalReason!.Value), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Received, (await Platform.Requests.GetAsync(World.Officer, erasure.Id, Ct)).Status);
    }

    [Fact]
    public async Task RequestsAdd_AgentRequest_NeedsAgentVerification()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        var request = await Platform.Requests.AddAsync(World.Admin, new NewSubjectRequest(subjectId, RequestType.PurposeNotification, "mail", ByAgent: true), Ct);

        var refusal = await RefusedAsync(() => Platform.Requests.VerifyAsync(World.Admin, request.Id, "運転免許証の写し", null, Ct));
        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("agent", refusal.Message, StringComparison.Ordinal);

        var verified = await Platform.Requests.VerifyAsync(World.Admin, request.Id, "運転免許証の写し", "委任状", Ct);
        Assert.Equal("委任状", verified.AgentVerification);
        Assert.True((await Platform.Requests.GetAsync(World.Admin, request.Id, Ct)).ByAgent);
    }

    [Fact]
    public async Task RequestsAdd_FeeOnTypesOtherThanNotificationAndDisclosure_Invalid()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        foreach (var type in new[] { RequestType.Correction, RequestType.Suspension, RequestType.Erasure, RequestType.StopProvision, RequestType.DoNotContact })
        {
            var refusal = await RefusedAsync(() => Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, type, "mail", FeeYen: 500), Ct));
            Assert.Equal("invalid", refusal.Code);
            Assert.Contains("Art. 38", refusal.Message, StringComparison.Ordinal);
        }

        foreach (var type in new[] { RequestType.PurposeNotification, RequestType.Disclosure, RequestType.RecordDisclosure })
        {
            Assert.Equal(500, (await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, type, "mail", FeeYen: 500), Ct)).FeeYen);
        }

        Assert.DoesNotContain(await Platform.Requests.ListAsync(World.Officer, subjectId: subjectId, cancellationToken: Ct), r => !RequestNames.MayCarryFee(r.Type));
    }

    [Fact]
    public async Task RequestsFulfil_FeeNotReceived_ConflictUntilPaid()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        var request = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.PurposeNotification, "mail", FeeYen: 300), Ct);
        await Platform.Requests.VerifyAsync(World.Officer, request.Id, "本人確認書類", cancellationToken: Ct);

        var refusal = await RefusedAsync(() => Platform.Requests.FulfilAsync(World.Officer, request.Id, cancellationToken: Ct));
        Assert.Equal("conflict", refusal.Code);
        Assert.Contains("300", refusal.Message, StringComparison.Ordinal);

        var paid = await Platform.Requests.RecordFeePaidAsync(World.Officer, request.Id, Ct);
        Assert.Equal(World.Clock.GetUtcNow(), paid.FeePaidAt);
        var outcome = await Platform.Requests.FulfilAsync(World.Officer, request.Id, cancellationToken: Ct);
        Assert.Equal(RequestStatus.Fulfilled, outcome.Request.Status);
    }

    [Fact]
    public async Task RequestsAdd_ProfileFees_AppliedToNotificationAndDisclosureOnly()
    {
        await using var world = await Fixture.NewWorldAsync();
        await world.Platform.Statement.SetProfileAsync(world.Officer, Profile() with { NotificationFeeYen = 400, DisclosureFeeYen = 1000 }, Ct);
        var subjectId = await world.RegisterAsync(world.NextPerson());

        Assert.Equal(400, (await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.PurposeNotification, "mail"), Ct)).FeeYen);
        Assert.Equal(1000, (await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.Disclosure, "mail"), Ct)).FeeYen);
        Assert.Equal(0, (await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, "mail"), Ct)).FeeYen);
    }

    [Fact]
    public async Task RequestsList_PastResponseTime_OpenRequestsListedOverdue()
    {
        await using var world = await Fixture.NewWorldAsync(new PlatformOptions { RequestResponseTime = TimeSpan.FromDays(10) });
        var subjectId = await world.RegisterAsync(world.NextPerson());
        var open = await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.Correction, "mail"), Ct);
        var answered = await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.Suspension, "mail"), Ct);
        var later = await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.DoNotContact, "mail", ReceivedAt: null), Ct);
        Assert.Equal(open.ReceivedAt.AddDays(10), open.DueAt);

        world.Clock.Advance(TimeSpan.FromDays(9));
        await world.Platform.Requests.RefuseAsync(world.Officer, answered.Id, RefusalReason.RequirementsNotMet, cancellationToken: Ct);
        Assert.Empty(await world.Platform.Requests.ListAsync(world.Officer, overdueOnly: true, cancellationToken: Ct));
        var fresh = await world.Platform.Requests.AddAsync(world.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, "mail"), Ct);

        world.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var overdue = await world.Platform.Requests.ListAsync(world.Officer, overdueOnly: true, cancellationToken: Ct);
        Assert.Equal([open.Id, later.Id], overdue.Select(r => r.Id));
        Assert.Equal(3, (await world.Platform.Requests.ListAsync(world.Officer, openOnly: true, cancellationToken: Ct)).Count);
        Assert.Equal(4, (await world.Platform.Requests.ListAsync(world.Officer, cancellationToken: Ct)).Count);
        Assert.DoesNotContain(fresh.Id, overdue.Select(r => r.Id));
    }

    [Fact]
    public async Task RequestsErasure_Fulfilled_SubjectUnreadableAndKeyGone()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);

        var outcome = await FulfilledAsync(new NewSubjectRequest(subjectId, RequestType.Erasure, "web-form"));

        Assert.Null(await Platform.KeyStore.GetAsync(subjectId, Ct));
        Assert.Equal(SubjectStatus.Erased, (await Platform.Store.GetSubjectAsync(subjectId, Ct))!.Status);
        Assert.Empty(await Platform.Store.GetItemsAsync(subjectId, Ct));
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Officer, subjectId, PlatformSetup.Support, Ct))).Code);
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Officer, EntityTypes.EmailAddress, person.Email, PlatformSetup.Support, Ct));
        Assert.Equal(RequestStatus.Fulfilled, (await Platform.Requests.GetAsync(World.Officer, outcome.Request.Id, Ct)).Status);
        // A later request for the erased person cannot be recorded against it.
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Disclosure, "mail"), Ct))).Code);
    }

    [Fact]
    public async Task RequestsSuspension_Fulfilled_EveryPurposeRefused()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson(), null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        Assert.NotEmpty((await Platform.Subjects.GetAsync(World.Marketer, subjectId, PlatformSetup.EmailMarketing, Ct)).Items);

        await FulfilledAsync(new NewSubjectRequest(subjectId, RequestType.Suspension, "mail"));

        foreach (var purpose in new[] { PlatformSetup.Support, PlatformSetup.EmailMarketing, PlatformSetup.Analytics })
        {
            Assert.Equal("suspended", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Staff, subjectId, purpose, Ct))).Code);
            Assert.Equal("suspended", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Marketer, subjectId, purpose, Ct))).Code);
        }
    }

    [Fact]
    public async Task RequestsDoNotContact_Fulfilled_ContactPurposeRefusedOtherUseKept()
    {
        var contact = "dm-" + Guid.NewGuid().ToString("N")[..8];
        await Platform.Purposes.DefineAsync(World.Officer, new Purpose(contact, 0, World.Clock.GetUtcNow(), "ダイレクトメール", "新商品のご案内を郵送・電話でお届けするため",
            [EntityTypes.PersonName, EntityTypes.Address, EntityTypes.PhoneNumber, EntityTypes.EmailAddress], 365, false) { DirectContact = true }, Ct);
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);
        Assert.Equal([subjectId], await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, person.Email, contact, Ct));

        var outcome = await FulfilledAsync(new NewSubjectRequest(subjectId, RequestType.DoNotContact, "phone"));

        Assert.Contains("contact", outcome.Request.Outcome, StringComparison.Ordinal);
        var refusal = await RefusedAsync(() => Platform.Subjects.GetAsync(World.Staff, subjectId, contact, Ct));
        Assert.Equal("do_not_contact", refusal.Code);
        Assert.True(refusal.IsForbidden);
        Assert.Equal("do_not_contact", (await RefusedAsync(() => Platform.Subjects.GetAsync(World.Officer, subjectId, contact, Ct))).Code);
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, person.Email, contact, Ct));
        Assert.NotEmpty((await Platform.Subjects.GetAsync(World.Staff, subjectId, PlatformSetup.Support, Ct)).Items);
        Assert.NotNull((await Platform.Store.GetSubjectAsync(subjectId, Ct))!.DoNotContactSince);
        Assert.True((await Platform.Purposes.CurrentAsync(contact, Ct))!.DirectContact);
    }

    [Fact]
    public async Task RequestsCorrection_Fulfilled_ValueChangedSealedAndLogged()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);
        const string corrected = "corrected.address.7731@example.jp";
        var request = await Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Correction, "web-form", ItemTypes: [EntityTypes.EmailAddress]), Ct);
        await Platform.Requests.VerifyAsync(World.Officer, request.Id, "会員ログイン", cancellationToken: Ct);
        Assert.Equal("invalid", (await RefusedAsync(() => Platform.Requests.FulfilAsync(World.Officer, request.Id, [], Ct))).Code);
        var head = await World.LogHeadAsync();

        var outcome = await Platform.Requests.FulfilAsync(World.Officer, request.Id, [new NewItem(EntityTypes.EmailAddress, corrected)], Ct);

        Assert.Equal(RequestStatus.Fulfilled, outcome.Request.Status);
        var view = await Platform.Subjects.GetAsync(World.Staff, subjectId, PlatformSetup.Support, Ct);
        var email = Assert.Single(view.Items, i => i.Type == EntityTypes.EmailAddress);
        Assert.Equal(corrected, email.Value);
        Assert.Equal("request:" + request.Id, email.Provenance.Source);
        Assert.Equal(person.Name, Assert.Single(view.Items, i => i.Type == EntityTypes.PersonName).Value);
        Assert.Equal([subjectId], await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, corrected, PlatformSetup.Support, Ct));
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, person.Email, PlatformSetup.Support, Ct));
        var write = Assert.Single(await World.LogSinceAsync(head), e => e.Action == AccessAction.Write);
        Assert.Equal(subjectId, write.SubjectId);
        Assert.Equal([EntityTypes.EmailAddress], write.ItemTypes);
        Assert.Empty(RawBytes.Locate(await World.Backend.RawFilesAsync(World.Location, Ct), Encoding.UTF8.GetBytes(corrected)));
    }

    [Fact]
    public async Task RequestsPurposeNotification_Fulfilled_ReturnsTheSubjectsPurposes()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson(), null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));

        var outcome = await FulfilledAsync(new NewSubjectRequest(subjectId, RequestType.PurposeNotification, "mail"));

        var purposes = Assert.IsAssignableFrom<IReadOnlyList<PurposeUse>>(outcome.Purposes);
        Assert.Equal("notified", Assert.Single(purposes, p => p.Code == PlatformSetup.Support).Basis);
        Assert.Equal("consent", Assert.Single(purposes, p => p.Code == PlatformSetup.EmailMarketing).Basis);
        Assert.Equal([ItemTypes.MemberId], Assert.Single(purposes, p => p.Code == PlatformSetup.Analytics).ItemTypes);
        Assert.DoesNotContain(purposes, p => p.Code == PlatformSetup.HealthProgramme);
    }

    [Fact]
    public async Task RequestsRecordDisclosure_AfterAProvision_DisclosesExactlyTheRecordsOfThatPerson()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var person = await ProvisionSetup.PersonAsync(World);
        var other = await ProvisionSetup.PersonAsync(World);
        await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person, other] }, Ct);
        var provided = await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct);

        var outcome = await FulfilledAsync(new NewSubjectRequest(person, RequestType.RecordDisclosure, "mail") { Format = DisclosureFormat.Json });

        Assert.Equal(RequestStatus.Fulfilled, outcome.Request.Status);
        using var json = JsonDocument.Parse(outcome.Package!.Content);
        var disclosed = json.RootElement.GetProperty("provision_records").EnumerateArray().ToList();
        Assert.Equal(provided.Select(r => r.Id), disclosed.Select(r => r.GetProperty("id").GetString()));
        Assert.All(disclosed, r => Assert.Equal(recipient.Name, r.GetProperty("counterparty").GetString()));
        Assert.Equal(s_contact, disclosed[0].GetProperty("item_types").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.DoesNotContain(other, Encoding.UTF8.GetString(outcome.Package.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestsStopProvision_Fulfilled_LaterProvisionRefusesThePerson()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var person = await ProvisionSetup.PersonAsync(World);

        var outcome = await FulfilledAsync(new NewSubjectRequest(person, RequestType.StopProvision, "mail"));
        var result = await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] }, Ct);

        Assert.Equal(RequestStatus.Fulfilled, outcome.Request.Status);
        Assert.Empty(result.ProvidedSubjectIds);
        Assert.Equal("provision_stopped", Assert.Single(result.Refusals).Code);
    }

    [Fact]
    public async Task RequestsAdd_StaffOrMarketer_ForbiddenAndLogged()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        foreach (var caller in new[] { World.Staff, World.Marketer, World.Contractor })
        {
            var head = await World.LogHeadAsync();
            Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Requests.AddAsync(caller, new NewSubjectRequest(subjectId, RequestType.Disclosure, "mail"), Ct))).Code);
            Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Requests.ListAsync(caller, cancellationToken: Ct))).Code);
            var refused = await World.LogSinceAsync(head);
            Assert.Equal(2, refused.Count(e => !e.Allowed && e.UserId == caller.UserId));
        }
    }

    [Fact]
    public async Task RequestsAdd_BadInput_InvalidNamingWhatToFix()
    {
        var subjectId = await World.RegisterAsync(World.NextPerson());
        Assert.Contains("channel", (await RefusedAsync(() => Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, " "), Ct))).Message, StringComparison.Ordinal);
        Assert.Contains("format", (await RefusedAsync(() => Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, "mail", Format: DisclosureFormat.Pdf), Ct))).Message, StringComparison.Ordinal);
        Assert.Contains("future", (await RefusedAsync(() => Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest(subjectId, RequestType.Erasure, "mail", ReceivedAt: World.Clock.GetUtcNow().AddDays(1)), Ct))).Message, StringComparison.Ordinal);
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Requests.AddAsync(World.Officer, new NewSubjectRequest("S0000", RequestType.Erasure, "mail"), Ct))).Code);
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Requests.VerifyAsync(World.Officer, "Q0000", "x", cancellationToken: Ct))).Code);
    }

    [Fact]
    public async Task Statement_Built_ReflectsProfilePurposesFeesAndForeignContractors()
    {
        await using var world = await Fixture.NewWorldAsync();
        await world.Platform.Statement.SetProfileAsync(world.Admin, Profile() with { DisclosureFeeYen = 1000 }, Ct);
        await world.Platform.Entrustments.CreateAsync(world.Officer, new Mamori.Core.Access.Entrustment(string.Empty, "Example Support Pte. Ltd.", [EntityTypes.PersonName], [PlatformSetup.Support], world.Clock.GetUtcNow().AddDays(30)) { Country = "SG" }, Ct);
        await world.Platform.Purposes.DefineAsync(world.Officer, new Purpose("future-campaign", 0, world.Clock.GetUtcNow().AddDays(10), "将来の企画", "まだ効力のない目的", [EntityTypes.PersonName], 30, true), Ct);

        var statement = await world.Platform.Statement.BuildAsync(Ct);
        var markdown = PublicStatement.ToMarkdown(statement);
        var html = PublicStatement.ToHtml(statement);

        Assert.Equal("株式会社みほん商店", statement.BusinessName);
        Assert.Equal([PlatformSetup.Analytics, PlatformSetup.EmailMarketing, PlatformSetup.HealthProgramme, PlatformSetup.Support], statement.Purposes.Select(p => p.Code));
        Assert.Contains("お問い合わせへの回答のため", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("まだ効力のない目的", markdown, StringComparison.Ordinal);
        Assert.Contains("1,000 円", markdown, StringComparison.Ordinal);
        Assert.Contains("SG（委託先: Example Support Pte. Ltd.）", markdown, StringComparison.Ordinal);
        Assert.Contains("アクセスログの記録と改ざん検知", markdown, StringComparison.Ordinal);
        Assert.Contains("個人情報相談窓口", markdown, StringComparison.Ordinal);
        Assert.Contains("14 日以内", markdown, StringComparison.Ordinal);
        Assert.Contains("<h1>個人情報の取扱いに関する公表事項", html, StringComparison.Ordinal);
        Assert.Equal(1000, Assert.Single(statement.Procedures, p => p.Type == "disclosure").FeeYen);
        Assert.Equal(0, Assert.Single(statement.Procedures, p => p.Type == "erasure").FeeYen);
    }

    [Fact]
    public async Task StatementSetProfile_MissingAddressOrByStaff_Refused()
    {
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Statement.SetProfileAsync(World.Staff, Profile(), Ct))).Code);
        var refusal = await RefusedAsync(() => Platform.Statement.SetProfileAsync(World.Officer, Profile() with { Address = " " }, Ct));
        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("address", refusal.Message, StringComparison.Ordinal);
    }

    private static BusinessProfile Profile() => new()
    {
        Name = "株式会社みほん商店",
        Address = "東京都千代田区千代田1-1",
        Representative = "代表取締役 見本 一郎",
        ComplaintContact = "個人情報相談窓口（privacy@example.jp）",
        RequestProcedure = "所定の請求書に本人確認書類の写しを添えて郵送してください。",
        SecurityMeasures = ["個人データの暗号化（AES-256-GCM）", "アクセスログの記録と改ざん検知"],
    };

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))) ) + "\n" +
            string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    /// <summary>Adds, verifies and fulfils a request as the privacy officer.</summary>
    private async Task<RequestOutcome> FulfilledAsync(NewSubjectRequest request)
    {
        var added = await Platform.Requests.AddAsync(World.Officer, request, Ct);
        await Platform.Requests.VerifyAsync(World.Officer, added.Id, "本人確認書類の写し", cancellationToken: Ct);
        return await Platform.Requests.FulfilAsync(World.Officer, added.Id, cancellationToken: Ct);
    }
}
