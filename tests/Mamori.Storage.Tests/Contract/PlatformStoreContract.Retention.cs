using Mamori.Core.Access;
using Mamori.Core.Ports;
using Mamori.Core.Retention;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    [Fact]
    public async Task GetEntrustmentAsync_RowWrittenBeforeTheRegister_ReadsWithRegisterDefaults()
    {
        // What an entrustment of an older Mamori left: only the columns it knew; the upgrade's defaults fill the rest.
        var until = ExpectedProvider == "sqlite" ? "1900000000000000" : "'2030-03-17T17:46:40Z'";
        await ExecuteRawAsync("INSERT INTO entrustments (id, contractor, item_types, purpose_codes, valid_until, country) " +
            $"VALUES ('Nold', '旧コールセンター', '[\"PHONE_NUMBER\"]', '[\"support\"]', {until}, 'JP')");

        var old = await Store.GetEntrustmentAsync("Nold", Ct);

        Assert.NotNull(old);
        Assert.Equal(("旧コールセンター", string.Empty, EntrustmentStatus.Active), (old.Contractor, old.ProcessingContent, old.Status));
        Assert.Null(old.NextAssessmentDue);
        Assert.Null(old.ContractDate);
        Assert.Empty(old.SubContractors);
        Assert.True(old.AssessmentOverdue(Samples.T0));
        Assert.True(old.IsInForce(Samples.T0));
    }

    [Fact]
    public async Task InsertAssessmentAsync_Assessments_UpdateTheEntryInTheSameWrite()
    {
        var entry = new Entrustment("Nreg", "配送株式会社", [EntityTypes.Address], ["delivery"], Samples.At(100_000))
        {
            ProcessingContent = "商品の配送",
            ContractDate = Samples.At(-1000),
            NextAssessmentDue = Samples.At(10),
            SubContractors = [new SubContractor("軽貨物便", "JP", "ラストワンマイル", true), new SubContractor("倉庫社", "VN", "保管", false, "軽貨物便")],
        };
        await Store.InsertEntrustmentAsync(entry, Ct);
        Assert.Equal(entry.SubContractors, (await Store.GetEntrustmentAsync("Nreg", Ct))!.SubContractors);

        var first = new ContractorAssessment("V1", "Nreg", Samples.At(20), AssessmentResult.Unsatisfactory, "sato", "鍵の管理が不十分", Samples.At(500));
        await Store.InsertAssessmentAsync(first, EntrustmentStatus.Suspended, Ct);
        await Store.InsertAssessmentAsync(first with { Id = "V2", AssessedAt = Samples.At(30), Result = AssessmentResult.Satisfactory }, EntrustmentStatus.Active, Ct);
        var read = (await Store.GetEntrustmentAsync("Nreg", Ct))!;

        Assert.Equal((Samples.At(30), AssessmentResult.Satisfactory, Samples.At(500), EntrustmentStatus.Active),
            (read.LastAssessedAt!.Value, read.LastAssessmentResult!.Value, read.NextAssessmentDue!.Value, read.Status));
        Assert.Equal(["V1", "V2"], (await Store.GetAssessmentsAsync("Nreg", Ct)).Select(a => a.Id));
        Assert.Equal(first, (await Store.GetAssessmentsAsync("Nreg", Ct))[0]);

        Assert.True(await Store.SetEntrustmentStatusAsync("Nreg", EntrustmentStatus.Ended, Samples.At(40), Ct));
        Assert.False(await Store.SetEntrustmentStatusAsync("Nnone", EntrustmentStatus.Ended, Samples.At(40), Ct));
        await Assert.ThrowsAsync<StorageConflictException>(() => Store.InsertAssessmentAsync(first with { Id = "V3" }, EntrustmentStatus.Active, Ct));
        Assert.Equal((EntrustmentStatus.Ended, Samples.At(40)), ((await Store.GetEntrustmentAsync("Nreg", Ct))!.Status, (await Store.GetEntrustmentAsync("Nreg", Ct))!.EndedAt!.Value));
        Assert.Equal(2, (await Store.GetAssessmentsAsync("Nreg", Ct)).Count);
    }

    [Fact]
    public async Task GetRetentionCandidatesAsync_Pages_LastActivityConsentsAndItemsWithoutValues()
    {
        var a = Samples.Subject("S0001", createdAt: Samples.At(0));
        var b = Samples.Subject("S0002", createdAt: Samples.At(5));
        var erased = Samples.Subject("S0003", createdAt: Samples.At(6));
        await Store.InsertSubjectsAsync([a, b, erased], Ct);
        await Store.SetSubjectStatusAsync("S0003", SubjectStatus.Erased, Samples.At(7), Ct);
        await Store.InsertEventsAsync([new StoredEvent("E1", "S0002", "purchase", Samples.At(90), [1, 2, 3])], Ct);
        await Store.InsertConsentAsync(Samples.Consent("S0001", "email-marketing", false, Samples.At(200)), Ct);
        await Store.InsertConsentAsync(Samples.Consent("S0001", "support", true, Samples.At(50)), Ct);

        var first = await Store.GetRetentionCandidatesAsync(null, 1, Ct);
        var second = await Store.GetRetentionCandidatesAsync("S0001", 5, Ct);

        var ca = Assert.Single(first);
        Assert.Equal("S0001", ca.SubjectId);
        Assert.Equal(Samples.At(50), ca.LastActivity); // the withdrawal at 200 is no activity; the consent given at 50 is
        Assert.Equal(new Dictionary<string, bool> { ["email-marketing"] = false, ["support"] = true }, ca.Consents);
        Assert.Equal(a.Items.Select(i => (i.Id, i.Type)), ca.Items.Select(i => (i.Id, i.Type)));
        var cb = Assert.Single(second);
        Assert.Equal(("S0002", Samples.At(90)), (cb.SubjectId, cb.LastActivity));
        Assert.Empty(await Store.GetRetentionCandidatesAsync("S0002", 5, Ct));
    }

    [Fact]
    public async Task DeleteItemsAsync_ItemsAndLog_OneWriteAndTheLogPages()
    {
        var subject = Samples.Subject("S0100");
        await Store.InsertSubjectsAsync([subject], Ct);
        var doomed = subject.Items.Where(i => i.Type != EntityTypes.PersonName).Select(i => i.Id).ToList();
        var line = new DeletionRecord(0, "Rrun", Samples.At(10), DeletionKind.Items, "S0100", [EntityTypes.EmailAddress, EntityTypes.PhoneNumber], 2,
            RetentionRules.Expired, ["support"], 365, Samples.At(0), "retention");

        await Store.DeleteItemsAsync("S0100", doomed, [line], Ct);
        await Store.DeleteItemsAsync("S0100", doomed, [line with { RunId = "Rrun2" }], Ct);
        await Store.InsertDeletionRecordsAsync([line with { Kind = DeletionKind.Records, SubjectId = null, ItemTypes = [], RetentionDays = null, LastActivity = null, Participant = "provision-records" }], Ct);

        Assert.Equal([EntityTypes.PersonName], (await Store.GetItemsAsync("S0100", Ct)).Select(i => i.Type));
        var log = await Store.GetDeletionLogAsync(1, 10, Ct);
        Assert.Equal(3, log.Count);
        Assert.Equal(line with { Sequence = log[0].Sequence }, log[0] with { ItemTypes = line.ItemTypes, PurposeCodes = line.PurposeCodes });
        Assert.Equal(line.ItemTypes, log[0].ItemTypes);
        Assert.Equal(("provision-records", (string?)null), (log[2].Participant, log[2].SubjectId));
        Assert.Equal([log[1].Sequence], (await Store.GetDeletionLogAsync(log[1].Sequence, 1, Ct)).Select(l => l.Sequence));
    }
}
