using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    private static readonly string[] s_contact = [EntityTypes.PersonName, EntityTypes.EmailAddress];

    [Fact]
    public async Task RegisterAsync_OptOutRecipientWithoutFiling_RefusedNamingWhatIsMissing()
    {
        var refusal = await RefusedAsync(() => Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut) with { OptOut = null }, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("PPC filing", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_OptOutFilingWithSpecialCareItems_Refused()
    {
        var recipient = ProvisionSetup.Domestic(ProvisionBasis.OptOut);
        var refusal = await RefusedAsync(() => Platform.Recipients.RegisterAsync(World.Officer,
            recipient with { OptOut = recipient.OptOut! with { ItemTypes = [EntityTypes.PersonName, EntityTypes.SpecialCare] } }, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("Art. 27(2)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_AdequateCountryBasisOutsideTheEuAndUk_Refused()
    {
        var recipient = ProvisionSetup.Domestic(ProvisionBasis.Consent) with { Country = "US", Foreign = new ForeignTransfer(ForeignTransferBasis.AdequateCountry, World.Start.AddYears(1)) };

        var refusal = await RefusedAsync(() => Platform.Recipients.RegisterAsync(World.Officer, recipient, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("US is not an EU/EEA member state or the UK", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_ConsentBasisAbroadWithoutTheInformationShown_Refused()
    {
        var recipient = ProvisionSetup.Domestic(ProvisionBasis.Consent) with { Country = "SG", Foreign = new ForeignTransfer(ForeignTransferBasis.Consent, World.Start.AddYears(1)) };

        var refusal = await RefusedAsync(() => Platform.Recipients.RegisterAsync(World.Officer, recipient, Ct));

        Assert.Contains("protection regime", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("recipient's measures", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_MarketerOrStaff_ForbiddenAndLogged()
    {
        var before = await World.LogHeadAsync();

        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Recipients.RegisterAsync(World.Marketer, ProvisionSetup.Domestic(ProvisionBasis.Consent), Ct))).Code);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Recipients.RegisterAsync(World.Staff, ProvisionSetup.Domestic(ProvisionBasis.Consent), Ct))).Code);

        Assert.Equal(2, (await World.LogSinceAsync(before)).Count(e => !e.Allowed && e.Detail == "register recipient: refused"));
    }

    [Fact]
    public async Task ReviseAsync_ChangedAddress_AddsAVersionAndKeepsTheFirst()
    {
        var first = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Consent), Ct);

        var second = await Platform.Recipients.ReviseAsync(World.Admin, first with { Address = "大阪府大阪市北区梅田1-1-1" }, Ct);

        Assert.Equal(2, second.Version);
        var versions = await Platform.Recipients.VersionsAsync(first.Id, Ct);
        Assert.Equal(["東京都港区芝公園4-2-8", "大阪府大阪市北区梅田1-1-1"], versions.Select(v => v.Address));
        Assert.Equal("大阪府大阪市北区梅田1-1-1", (await Platform.Recipients.GetAsync(first.Id, Ct))!.Address);
        Assert.Equal(Art27Exception.Laws, (await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Exception), Ct)).Exception);
    }

    [Fact]
    public async Task ProvideAsync_ConsentBasis_ProvidesOnlyPeopleWhoConsentedToThatRecipient()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Consent), Ct);
        var other = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Consent, "別の提携先株式会社"), Ct);
        var consented = await ProvisionSetup.PersonAsync(World, false, ProvisionSetup.ConsentTo(recipient.Id));
        var toAnother = await ProvisionSetup.PersonAsync(World, false, ProvisionSetup.ConsentTo(other.Id));
        var withdrew = await ProvisionSetup.PersonAsync(World, false, ProvisionSetup.ConsentTo(recipient.Id));
        await Platform.Consents.RecordAsync(World.Staff, withdrew, ProvisionSetup.ConsentTo(recipient.Id, given: false), Ct);
        var ownUseOnly = await ProvisionSetup.PersonAsync(World, false, new NewConsent(ProvisionSetup.Sharing, true, "web-form"));

        var result = await Platform.Provisions.ProvideAsync(World.Marketer,
            new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [consented, toAnother, withdrew, ownUseOnly] }, Ct);

        Assert.Equal([consented], result.ProvidedSubjectIds);
        Assert.Equal([toAnother, withdrew, ownUseOnly], result.Refusals.Select(r => r.SubjectId));
        Assert.All(result.Refusals, r => Assert.Equal("no_consent", r.Code));
        var record = Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(consented, cancellationToken: Ct));
        var consent = (await Platform.Store.GetConsentsAsync(consented, Ct)).Single(c => c.RecipientId == recipient.Id);
        Assert.Equal((RecordKind.Provision, ProvisionBasis.Consent, recipient.Id, recipient.Name, recipient.Address, recipient.Representative),
            (record.Kind, record.Basis, record.CounterpartyId, record.CounterpartyName, record.CounterpartyAddress, record.CounterpartyRepresentative));
        Assert.Equal(s_contact, record.ItemTypes);
        Assert.Equal(consent.Id, record.ConsentId);
        Assert.Equal(World.Clock.GetUtcNow().AddYears(3), record.RetainUntil);
        Assert.Empty(await Platform.Provisions.GetRecordsForSubjectAsync(withdrew, cancellationToken: Ct));
    }

    [Fact]
    public async Task ProvideAsync_OptOutBasis_RecordHoldsTheDateAndNoConsent()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var person = await ProvisionSetup.PersonAsync(World);

        var result = await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] }, Ct);

        Assert.Empty(result.Refusals);
        var record = Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct));
        Assert.Equal((RecordKind.Provision, ProvisionBasis.OptOut, (string?)null, World.Clock.GetUtcNow()), (record.Kind, record.Basis, record.ConsentId, record.FirstAt));
    }

    [Fact]
    public async Task ProvideAsync_OptOutOfSpecialCareOrUnfiledItems_RefusedWholeAndLogged()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var person = await ProvisionSetup.PersonAsync(World);
        var before = await World.LogHeadAsync();

        var special = await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Officer,
            new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, [EntityTypes.PersonName, EntityTypes.SpecialCare]) { SubjectIds = [person] }, Ct));
        var unfiled = await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Officer,
            new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, [EntityTypes.PersonName, ItemTypes.MemberId]) { SubjectIds = [person] }, Ct));

        Assert.Contains("never provided by opt-out", special.Message, StringComparison.Ordinal);
        Assert.Contains("does not cover MEMBER_ID", unfiled.Message, StringComparison.Ordinal);
        Assert.Empty(await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct));
        Assert.Equal(2, (await World.LogSinceAsync(before)).Count(e => e.Action == AccessAction.Provide && !e.Allowed));
    }

    [Fact]
    public async Task ProvideAsync_ErasedSuspendedStoppedAndUnknownPeople_LeftOutWithReasons()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var other = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut, "第二提携株式会社"), Ct);
        var erased = await ProvisionSetup.PersonAsync(World);
        var suspended = await ProvisionSetup.PersonAsync(World);
        var stoppedAll = await ProvisionSetup.PersonAsync(World);
        var stoppedOther = await ProvisionSetup.PersonAsync(World);
        await Platform.Subjects.EraseAsync(World.Officer, erased, "DSR-1", Ct);
        await Platform.Subjects.SetSuspendedAsync(World.Officer, suspended, true, Ct);
        await Platform.Provisions.StopProvisionAsync(World.Officer, stoppedAll, null, "DSR-2", Ct);
        await Platform.Provisions.StopProvisionAsync(World.Officer, stoppedOther, other.Id, "DSR-3", Ct);

        var result = await Platform.Provisions.ProvideAsync(World.Officer,
            new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [erased, suspended, stoppedAll, stoppedOther, "S0000"] }, Ct);

        Assert.Equal([stoppedOther], result.ProvidedSubjectIds);
        Assert.Equal([("erased", erased), ("suspended", suspended), ("provision_stopped", stoppedAll), ("not_found", "S0000")],
            result.Refusals.Select(r => (r.Code, r.SubjectId)));
        Assert.Equal("provision_stopped", Assert.Single((await Platform.Provisions.ProvideAsync(World.Officer,
            new ProvisionRequest(other.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [stoppedOther] }, Ct)).Refusals).Code);
    }

    [Fact]
    public async Task StopProvisionAsync_StaffOrUnknownRecipient_Refused()
    {
        var person = await ProvisionSetup.PersonAsync(World);

        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Provisions.StopProvisionAsync(World.Staff, person, null, "DSR-4", Ct))).Code);
        Assert.Equal("not_found", (await RefusedAsync(() => Platform.Provisions.StopProvisionAsync(World.Officer, person, "R0000", "DSR-4", Ct))).Code);
        Assert.Equal("invalid", (await RefusedAsync(() => Platform.Provisions.StopProvisionAsync(World.Officer, person, null, " ", Ct))).Code);
        Assert.Empty(await Platform.Provisions.StopsAsync(person, Ct));
    }

    [Fact]
    public async Task ProvideAsync_ForeignRecipientWithoutArt28Basis_RefusedUntilOneIsRecorded()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut) with { Country = "US" }, Ct);
        var person = await ProvisionSetup.PersonAsync(World);
        var request = new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] };

        var refusal = await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Officer, request, Ct));
        await Platform.Recipients.ReviseAsync(World.Officer, recipient with { Foreign = new ForeignTransfer(ForeignTransferBasis.ApecCbpr, World.Clock.GetUtcNow().AddDays(180)) }, Ct);
        var result = await Platform.Provisions.ProvideAsync(World.Officer, request, Ct);

        Assert.Equal("conflict", refusal.Code);
        Assert.Contains("Art. 28", refusal.Message, StringComparison.Ordinal);
        Assert.Equal([person], result.ProvidedSubjectIds);
        Assert.Equal("US", Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct)).Country);
    }

    [Fact]
    public async Task ProvideAsync_ForeignConsentBasis_NeedsTheConsentToThatRecipient()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Entrustment) with
        {
            Country = "VN",
            Foreign = new ForeignTransfer(ForeignTransferBasis.Consent, World.Start.AddYears(1)) { RegimeInformation = "個人データ保護に関する政令（2023年）", RecipientMeasures = "ISMS 認証、アクセス制御" },
        }, Ct);
        var consented = await ProvisionSetup.PersonAsync(World, false, ProvisionSetup.ConsentTo(recipient.Id));
        var not = await ProvisionSetup.PersonAsync(World);

        var result = await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [consented, not] }, Ct);

        Assert.Equal([consented], result.ProvidedSubjectIds);
        Assert.Equal("no_consent", Assert.Single(result.Refusals).Code);
        Assert.Contains("Art. 28(1)", result.Refusals[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvideAsync_EntrustmentOrException_WritesOperationalEntriesThatAreNotDisclosed()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var entrustee = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Entrustment, "配送委託株式会社"), Ct);
        var police = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Exception, "警察署"), Ct);
        var person = await ProvisionSetup.PersonAsync(World);

        var first = await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(entrustee.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] }, Ct);
        await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(police.Id, ProvisionSetup.Sharing, [EntityTypes.PersonName]) { SubjectIds = [person] }, Ct);

        Assert.Equal(RecordKind.Operational, first.RecordKind);
        Assert.Empty(await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct));
        var all = await Platform.Provisions.GetRecordsForSubjectAsync(person, includeOperational: true, Ct);
        Assert.Equal([entrustee.Id, police.Id], all.Select(r => r.CounterpartyId));
        Assert.All(all, r => Assert.Equal(RecordKind.Operational, r.Kind));
    }

    [Fact]
    public async Task ProvideAsync_JointUseItemsOutsideTheStatement_Refused()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var group = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.JointUse, "グループ会社"), Ct);
        var person = await ProvisionSetup.PersonAsync(World);

        var refusal = await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Officer,
            new ProvisionRequest(group.Id, ProvisionSetup.Sharing, [EntityTypes.PersonName, EntityTypes.PhoneNumber]) { SubjectIds = [person] }, Ct));

        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("PHONE_NUMBER", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvideAsync_StaffOrContractor_ForbiddenAndNothingRecorded()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var person = await ProvisionSetup.PersonAsync(World);
        var request = new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] };

        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Staff, request, Ct))).Code);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Contractor, request, Ct))).Code);
        Assert.Equal("forbidden", (await RefusedAsync(() => Platform.Provisions.GetRecordsForSubjectAsync(World.Marketer, person, cancellationToken: Ct))).Code);
        Assert.Empty(await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct));
    }

    [Fact]
    public async Task ProvideAsync_Success_OneAccessLogEntryNamingTheProvision()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);
        var people = new[] { await ProvisionSetup.PersonAsync(World), await ProvisionSetup.PersonAsync(World) };
        var before = await World.LogHeadAsync();

        var result = await Platform.Provisions.ProvideAsync(World.Marketer, new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = people }, Ct);

        var entry = Assert.Single(await World.LogSinceAsync(before));
        Assert.Equal((AccessAction.Provide, World.Marketer.UserId, ProvisionSetup.Sharing, true), (entry.Action, entry.UserId, entry.Purpose, entry.Allowed));
        Assert.Contains(result.Id, entry.Detail, StringComparison.Ordinal);
        Assert.Contains("2 provided", entry.Detail, StringComparison.Ordinal);
        Assert.Equal(s_contact.Order(StringComparer.Ordinal), entry.ItemTypes);
    }

    [Fact]
    public async Task ProvideAsync_PersonalRelatedItems_NeedTheArt31ConfirmationAndRecordIt()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var adNetwork = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Consent, "広告配信株式会社"), Ct);
        var person = await ProvisionSetup.PersonAsync(World, cookie: true);
        var request = new ProvisionRequest(adNetwork.Id, ProvisionSetup.Sharing, [EntityTypes.OnlineIdentifier]) { SubjectIds = [person] };

        var refusal = await RefusedAsync(() => Platform.Provisions.ProvideAsync(World.Marketer, request, Ct));
        var bad = await RefusedAsync(() => Platform.Recipients.ConfirmPersonalRelatedAsync(World.Officer,
            new PersonalRelatedConfirmation(string.Empty, adNetwork.Id, [EntityTypes.EmailAddress], "誓約書", default, World.Clock.GetUtcNow().AddYears(1), string.Empty), Ct));
        var confirmation = await Platform.Recipients.ConfirmPersonalRelatedAsync(World.Officer,
            new PersonalRelatedConfirmation(string.Empty, adNetwork.Id, [EntityTypes.OnlineIdentifier], "提供先の同意取得画面と誓約書を確認", default, World.Clock.GetUtcNow().AddYears(1), string.Empty), Ct);
        var result = await Platform.Provisions.ProvideAsync(World.Marketer, request, Ct);

        Assert.Equal("conflict", refusal.Code);
        Assert.Contains("Art. 31", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("EMAIL_ADDRESS is not personal-related", bad.Message, StringComparison.Ordinal);
        Assert.Equal(RecordKind.PersonalRelated, result.RecordKind);
        Assert.Equal([person], result.ProvidedSubjectIds);
        var record = Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct));
        Assert.Equal((RecordKind.PersonalRelated, true, adNetwork.Name), (record.Kind, record.ConsentConfirmed, record.CounterpartyName));
        Assert.Equal([EntityTypes.OnlineIdentifier], record.ItemTypes);
        Assert.Contains(confirmation.Id, (await World.LogSinceAsync(0)).Last(e => e.Action == AccessAction.Provide).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvideAsync_ForeignPersonalRelatedWithoutForeignInformation_ConfirmationRefused()
    {
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Consent) with
        {
            Country = "DE",
            Foreign = new ForeignTransfer(ForeignTransferBasis.AdequateCountry, World.Start.AddYears(2)),
        }, Ct);

        var refusal = await RefusedAsync(() => Platform.Recipients.ConfirmPersonalRelatedAsync(World.Officer,
            new PersonalRelatedConfirmation(string.Empty, recipient.Id, [EntityTypes.OnlineIdentifier], "誓約書", default, World.Clock.GetUtcNow().AddYears(1), string.Empty), Ct));

        Assert.Contains("Art. 31(1)(ii)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ReceivedWithoutAValidConfirmation_RefusedAndNothingWritten()
    {
        var before = await Platform.Store.CountSubjectsAsync(Ct);
        var confirmation = await Platform.Recipients.ConfirmReceiptAsync(World.Officer, Receipt(ProvisionBasis.Consent, [EntityTypes.PersonName, EntityTypes.EmailAddress]), Ct);
        var people = Enumerable.Range(0, 2).Select(_ => World.NextPerson()).ToList();

        var missing = await RefusedAsync(() => ImportReceivedAsync("imp-missing-" + Guid.NewGuid().ToString("N")[..6], "Q0000", people));
        var uncovered = await RefusedAsync(() => ImportReceivedAsync("imp-uncovered-" + Guid.NewGuid().ToString("N")[..6], confirmation.Id, people, withPhone: true));

        Assert.Equal("not_found", missing.Code);
        Assert.Contains("Art. 30", missing.Message, StringComparison.Ordinal);
        Assert.Equal("invalid", uncovered.Code);
        Assert.Contains("電話番号", uncovered.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Platform.Store.CountSubjectsAsync(Ct));
    }

    [Fact]
    public async Task ImportAsync_ReceivedFromAConfirmedProvider_WritesRecipientRecordsAndThirdPartyProvenance()
    {
        var confirmation = await Platform.Recipients.ConfirmReceiptAsync(World.Officer, Receipt(ProvisionBasis.Consent, [EntityTypes.PersonName, EntityTypes.EmailAddress]), Ct);
        var people = Enumerable.Range(0, 3).Select(_ => World.NextPerson()).ToList();
        var importId = "imp-received-" + Guid.NewGuid().ToString("N")[..6];

        await ImportReceivedAsync(importId, confirmation.Id, people);

        var ids = await Platform.Subjects.SearchAsync(World.Officer, EntityTypes.EmailAddress, people[1].Email, PlatformSetup.Support, Ct);
        var record = Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(Assert.Single(ids), cancellationToken: Ct));
        Assert.Equal((RecordKind.Receipt, confirmation.Id, "株式会社データ提供元", "東京都新宿区西新宿2-8-1", "代表取締役 提供 太郎", true, "会員の同意を得て取得"),
            (record.Kind, record.CounterpartyId, record.CounterpartyName, record.CounterpartyAddress, record.CounterpartyRepresentative, record.ConsentConfirmed, record.ProviderAcquisition));
        Assert.Equal(s_contact, record.ItemTypes.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(World.Clock.GetUtcNow().AddYears(3), record.RetainUntil);
        Assert.All(await Platform.Store.GetItemsAsync(ids[0], Ct), i => Assert.Equal(AcquisitionMethod.ThirdParty, i.Provenance.Method));
        Assert.Equal(3, (await Platform.Store.ListRecordsAsync(new RecordFilter { CounterpartyId = confirmation.Id }, Ct)).Count);
    }

    [Fact]
    public async Task ProvideAsync_OptOutOfDataReceivedByOptOut_LeftOut()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var opt = Receipt(ProvisionBasis.OptOut, [EntityTypes.PersonName, EntityTypes.EmailAddress]);
        var missingPublication = await RefusedAsync(() => Platform.Recipients.ConfirmReceiptAsync(World.Officer, opt, Ct));
        var confirmation = await Platform.Recipients.ConfirmReceiptAsync(World.Officer, opt with { PpcPublication = "PPC-OPT-2024-0420" }, Ct);
        var person = World.NextPerson();
        await ImportReceivedAsync("imp-optout-" + Guid.NewGuid().ToString("N")[..6], confirmation.Id, [person]);
        var received = Assert.Single(await Platform.Subjects.SearchAsync(World.Officer, EntityTypes.EmailAddress, person.Email, PlatformSetup.Support, Ct));
        var own = await ProvisionSetup.PersonAsync(World);
        var recipient = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut), Ct);

        var result = await Platform.Provisions.ProvideAsync(World.Officer,
            new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [received, own] }, Ct);

        Assert.Contains("PPC publication", missingPublication.Message, StringComparison.Ordinal);
        Assert.Equal([own], result.ProvidedSubjectIds);
        Assert.Equal(("received_by_opt_out", received), (result.Refusals[0].Code, result.Refusals[0].SubjectId));
        Assert.Equal("PPC-OPT-2024-0420", Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(received, cancellationToken: Ct)).PpcPublication);
    }

    [Fact]
    public async Task GetRecordsForSubjectAsync_AfterProvisionsToSeveralRecipients_EqualsWhatWasProvidedToThatPerson()
    {
        await ProvisionSetup.EnsureSharingPurposeAsync(World);
        var a = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut, "提供先A"), Ct);
        var b = await Platform.Recipients.RegisterAsync(World.Officer, ProvisionSetup.Domestic(ProvisionBasis.Consent, "提供先B"), Ct);
        var people = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await ProvisionSetup.PersonAsync(World, false, i % 2 == 0 ? [ProvisionSetup.ConsentTo(b.Id)] : []));
        }

        await Platform.Provisions.StopProvisionAsync(World.Officer, people[4], a.Id, "DSR-5", Ct);
        var results = new[]
        {
            await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(a.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = people }, Ct),
            await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(b.Id, ProvisionSetup.Sharing, [EntityTypes.PersonName, EntityTypes.PhoneNumber]) { SubjectIds = people }, Ct),
            await Platform.Provisions.ProvideAsync(World.Officer, new ProvisionRequest(a.Id, ProvisionSetup.Sharing, [EntityTypes.EmailAddress]) { SubjectIds = people[..3] }, Ct),
        };

        foreach (var person in people)
        {
            var expected = results.Where(r => r.ProvidedSubjectIds.Contains(person)).Select(r => (r.Id, r.RecipientId, string.Join(',', r.ItemTypes))).ToList();
            var disclosed = (await Platform.Provisions.GetRecordsForSubjectAsync(World.Officer, person, cancellationToken: Ct))
                .Select(r => (r.OperationId!, r.CounterpartyId, string.Join(',', r.ItemTypes))).ToList();
            Assert.Equal(expected, disclosed);
        }

        Assert.Equal(3, (await Platform.Provisions.GetRecordsForSubjectAsync(people[0], cancellationToken: Ct)).Count);
        Assert.Single(await Platform.Provisions.GetRecordsForSubjectAsync(people[5], cancellationToken: Ct));
    }

    [Fact]
    public async Task Records_BulkContractAndPurge_FollowTheRetentionClock()
    {
        await using var world = await Fixture.NewWorldAsync();
        await ProvisionSetup.EnsureSharingPurposeAsync(world);
        var p = world.Platform;
        var bulkRecipient = await p.Recipients.RegisterAsync(world.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut, "定期提供先"), Ct);
        var contract = await p.Recipients.RegisterAsync(world.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut, "契約提供先") with { ContractSubstitutesRecord = true }, Ct);
        var person = await ProvisionSetup.PersonAsync(world);
        var start = world.Clock.GetUtcNow();

        await p.Provisions.ProvideAsync(world.Officer, new ProvisionRequest(bulkRecipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person], Bulk = true }, Ct);
        await p.Provisions.ProvideAsync(world.Officer, new ProvisionRequest(contract.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] }, Ct);
        world.Clock.Advance(TimeSpan.FromDays(100));
        await p.Provisions.ProvideAsync(world.Officer, new ProvisionRequest(bulkRecipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person], Bulk = true }, Ct);

        var records = await p.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct);
        var bulk = records.Single(r => r.CounterpartyId == bulkRecipient.Id);
        Assert.Equal((true, 2, start, start.AddDays(100), start.AddDays(100).AddYears(3)), (bulk.Bulk, bulk.Count, bulk.FirstAt, bulk.LastAt, bulk.RetainUntil));
        Assert.Equal(start.AddYears(1), records.Single(r => r.CounterpartyId == contract.Id).RetainUntil);

        Assert.Equal(0, await p.Provisions.PurgeExpiredRecordsAsync(start.AddYears(1).AddDays(-1), Ct));
        Assert.Equal(1, await p.Provisions.PurgeExpiredRecordsAsync(start.AddYears(1).AddDays(1), Ct));
        Assert.Equal([bulkRecipient.Id], (await p.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct)).Select(r => r.CounterpartyId));
        world.Clock.Advance(TimeSpan.FromDays(365 * 3));
        Assert.Equal("forbidden", (await RefusedAsync(() => p.Provisions.PurgeExpiredRecordsAsync(world.Staff, Ct))).Code);
        Assert.Equal(0, await p.Provisions.PurgeExpiredRecordsAsync(world.Officer, Ct));
        world.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await p.Provisions.PurgeExpiredRecordsAsync(world.Officer, Ct));
        Assert.Empty(await p.Provisions.GetRecordsForSubjectAsync(person, cancellationToken: Ct));
    }

    [Fact]
    public async Task ProvideAsync_ReviewDateOfTheArt28BasisPassed_Refused()
    {
        await using var world = await Fixture.NewWorldAsync();
        await ProvisionSetup.EnsureSharingPurposeAsync(world);
        var recipient = await world.Platform.Recipients.RegisterAsync(world.Officer, ProvisionSetup.Domestic(ProvisionBasis.OptOut) with
        {
            Country = "GB",
            Foreign = new ForeignTransfer(ForeignTransferBasis.AdequateCountry, world.Clock.GetUtcNow().AddDays(30)),
        }, Ct);
        var person = await ProvisionSetup.PersonAsync(world);
        var request = new ProvisionRequest(recipient.Id, ProvisionSetup.Sharing, s_contact) { SubjectIds = [person] };
        await world.Platform.Provisions.ProvideAsync(world.Officer, request, Ct);

        world.Clock.Advance(TimeSpan.FromDays(31));
        var refusal = await RefusedAsync(() => world.Platform.Provisions.ProvideAsync(world.Officer, request, Ct));

        Assert.Equal("conflict", refusal.Code);
        Assert.Contains("due for review", refusal.Message, StringComparison.Ordinal);
    }

    private static ReceiptConfirmation Receipt(ProvisionBasis route, string[] items) =>
        new(string.Empty, "株式会社データ提供元", "東京都新宿区西新宿2-8-1", "代表取締役 提供 太郎", "会員の同意を得て取得", route, items, default, string.Empty);

    private Task<long> ImportReceivedAsync(string importId, string confirmationId, IReadOnlyList<SyntheticPerson> people, bool withPhone = false)
    {
        ImportColumn[] columns = [new(0, "氏名", EntityTypes.PersonName), new(1, "メールアドレス", EntityTypes.EmailAddress), new(2, "電話番号", withPhone ? EntityTypes.PhoneNumber : null)];
        var rows = people.Select((q, n) => new ImportRow(n + 1, n + 2, [q.Name, q.Email, q.Phone])).ToList();
        return Platform.Imports.ImportAsync(World.Staff, importId, PlatformSetup.Support, new ImportOrigin("partner-list.csv") { ReceiptConfirmationId = confirmationId },
            columns, rows, new HashSet<long>(), false, cancellationToken: Ct);
    }
}
