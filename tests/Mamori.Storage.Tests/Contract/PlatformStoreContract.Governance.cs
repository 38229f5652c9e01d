using Mamori.Core.Purposes;
using Mamori.Detection;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    [Fact]
    public async Task InsertPurposeAsync_Versions_ListedByCodeThenVersion()
    {
        var marketing2 = new Purpose("email-marketing", 2, Samples.At(100), "メールマガジン配信（改定）", "新商品のご案内をお送りします。", [EntityTypes.EmailAddress, EntityTypes.PersonName], 730, true)
        {
            FullValueItemTypes = [EntityTypes.EmailAddress],
        };
        var marketing1 = marketing2 with { Version = 1, EffectiveFrom = Samples.At(0), Title = "メールマガジン配信", ItemTypes = [EntityTypes.EmailAddress] };
        var fulfilment = new Purpose("order-fulfilment", 1, Samples.At(0), "商品の発送", "ご注文の商品を発送します。", [EntityTypes.Address], 365, false);

        await Store.InsertPurposeAsync(marketing2, Ct);
        await Store.InsertPurposeAsync(fulfilment, Ct);
        await Store.InsertPurposeAsync(marketing1, Ct);

        var purposes = await Store.GetPurposesAsync(Ct);
        Assert.Equal([("email-marketing", 1), ("email-marketing", 2), ("order-fulfilment", 1)], purposes.Select(p => (p.Code, p.Version)));
        var read = purposes[1];
        Assert.Equal(marketing2 with { ItemTypes = read.ItemTypes, FullValueItemTypes = read.FullValueItemTypes }, read);
        Assert.Equal(marketing2.ItemTypes, read.ItemTypes);
        Assert.Equal([EntityTypes.EmailAddress], read.FullValueItemTypes);
        Assert.Empty(purposes[2].FullValueItemTypes);
        Assert.False(purposes[2].RequiresConsent);
    }

    [Fact]
    public async Task InsertPurposeAsync_FullValueItemTypes_ReadBack()
    {
        var marketing = new Purpose("email-marketing", 1, Samples.T0, "メールマガジン配信", "新商品のご案内をお送りします。", [EntityTypes.EmailAddress, EntityTypes.PersonName], 730, true)
        {
            FullValueItemTypes = [EntityTypes.EmailAddress],
        };

        await Store.InsertPurposeAsync(marketing, Ct);

        Assert.Equal([EntityTypes.EmailAddress], Assert.Single(await Store.GetPurposesAsync(Ct)).FullValueItemTypes);
    }

    [Fact]
    public async Task InsertPurposeAsync_SameCodeAndVersion_Conflicts()
    {
        var purpose = new Purpose("analytics", 1, Samples.T0, "分析", "利用状況を分析します。", [], 90, false);
        await Store.InsertPurposeAsync(purpose, Ct);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => Store.InsertPurposeAsync(purpose with { Title = "別" }, Ct));

        Assert.Equal("purposes", error.Table);
        Assert.Equal("分析", Assert.Single(await Store.GetPurposesAsync(Ct)).Title);
    }

    [Fact]
    public async Task InsertNoticeAsync_Notices_ReadBackInPublicationOrder()
    {
        var later = new Notice("N2", "web-signup", "2025.2", "プライバシーポリシー 第2版", Samples.At(60), ["email-marketing", "order-fulfilment"]);
        var earlier = new Notice("N1", "store-counter", "2025.1", "プライバシーポリシー 第1版", Samples.At(0), ["order-fulfilment"]);

        await Store.InsertNoticeAsync(later, Ct);
        await Store.InsertNoticeAsync(earlier, Ct);

        var notices = await Store.GetNoticesAsync(Ct);
        Assert.Equal(["N1", "N2"], notices.Select(n => n.Id));
        Assert.Equal(later with { PurposeCodes = notices[1].PurposeCodes }, notices[1]);
        Assert.Equal(later.PurposeCodes, notices[1].PurposeCodes);
    }

    [Fact]
    public async Task GetConsentsAsync_Records_OldestFirstAndTiesInWriteOrder()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record with { Consents = [] }], Ct);
        var id = record.Subject.Id;
        var withdrawn = Samples.Consent(id, "email-marketing", false, Samples.At(50));
        var given = Samples.Consent(id, "email-marketing", true, Samples.At(10));
        var sameTimeFirst = Samples.Consent(id, "analytics", true, Samples.At(30), id: "C-z");
        var sameTimeSecond = Samples.Consent(id, "analytics", false, Samples.At(30), id: "C-a") with { RecipientId = "partner-1", NoticeId = null, Evidence = null };

        await Store.InsertConsentAsync(withdrawn, Ct);
        await Store.InsertConsentAsync(given, Ct);
        await Store.InsertConsentAsync(sameTimeFirst, Ct);
        await Store.InsertConsentAsync(sameTimeSecond, Ct);

        var consents = await Store.GetConsentsAsync(id, Ct);
        Assert.Equal([given, sameTimeFirst, sameTimeSecond, withdrawn], consents);
        Assert.Empty(await Store.GetConsentsAsync(Samples.Subject().Subject.Id, Ct));
    }
}
