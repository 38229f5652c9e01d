using Mamori.Core.Ports;
using Mamori.Detection;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    [Fact]
    public async Task InsertExportAsync_ThenDecide_ReadsBackByIdAndTraceMark()
    {
        var export = new ExportRecord("X1", "U1", "campaign-2025-spring", 12000, [EntityTypes.EmailAddress, EntityTypes.PersonName], Samples.At(0), "pending")
        {
            TraceMark = "canary-x1@trace.example",
        };
        await Store.InsertExportAsync(export, Ct);
        var approved = export with { Status = "approved", DecidedBy = "U2", DecidedAt = Samples.At(5) };

        await Store.UpdateExportAsync(approved, Ct);

        var read = await Store.GetExportAsync("X1", Ct);
        Assert.Equal(approved with { ItemTypes = read!.ItemTypes }, read);
        Assert.Equal(approved.ItemTypes, read.ItemTypes);
        Assert.Equal("X1", (await Store.FindExportByTraceMarkAsync("canary-x1@trace.example", Ct))!.Id);
        Assert.Null(await Store.FindExportByTraceMarkAsync("canary-x2@trace.example", Ct));
        Assert.Null(await Store.GetExportAsync("X2", Ct));
    }

    [Fact]
    public async Task UpdateExportAsync_UnknownExport_Throws()
    {
        var export = new ExportRecord("X9", "U1", "analytics", 1, [], Samples.T0, "approved");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.UpdateExportAsync(export, Ct));
    }

    [Fact]
    public async Task InsertExportAsync_TraceMarkInUse_Conflicts()
    {
        await Store.InsertExportAsync(new ExportRecord("X1", "U1", "a", 1, [], Samples.T0, "pending") { TraceMark = "mark" }, Ct);
        await Store.InsertExportAsync(new ExportRecord("X2", "U1", "b", 1, [], Samples.T0, "pending"), Ct);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            Store.InsertExportAsync(new ExportRecord("X3", "U1", "c", 1, [], Samples.T0, "pending") { TraceMark = "mark" }, Ct));
    }

    [Fact]
    public async Task GetExportsAsync_ByRequesterAndStatus_NewestFirst()
    {
        await Store.InsertExportAsync(new ExportRecord("X1", "U1", "a", 1, [], Samples.T0, "pending"), Ct);
        await Store.InsertExportAsync(new ExportRecord("X2", "U2", "a", 1, [], Samples.T0.AddMinutes(1), "approved"), Ct);
        await Store.InsertExportAsync(new ExportRecord("X3", "U1", "a", 1, [], Samples.T0.AddMinutes(2), "approved"), Ct);

        Assert.Equal(["X3", "X2", "X1"], (await Store.GetExportsAsync(null, null, 10, Ct)).Select(e => e.Id));
        Assert.Equal(["X3", "X1"], (await Store.GetExportsAsync("U1", null, 10, Ct)).Select(e => e.Id));
        Assert.Equal(["X3", "X2"], (await Store.GetExportsAsync(null, "approved", 10, Ct)).Select(e => e.Id));
        Assert.Equal(["X1"], (await Store.GetExportsAsync("U1", "pending", 10, Ct)).Select(e => e.Id));
        Assert.Equal(["X3"], (await Store.GetExportsAsync(null, null, 1, Ct)).Select(e => e.Id));
    }

    [Fact]
    public async Task SetSettingAsync_Key_StoresAndOverwrites()
    {
        Assert.Null(await Store.GetSettingAsync("blind_index_key_id", Ct));

        await Store.SetSettingAsync("blind_index_key_id", "k1", Ct);
        await Store.SetSettingAsync("blind_index_key_id", "k2", Ct);
        await Store.SetSettingAsync("organisation", "守り商店", Ct);

        Assert.Equal("k2", await Store.GetSettingAsync("blind_index_key_id", Ct));
        Assert.Equal("守り商店", await Store.GetSettingAsync("organisation", Ct));
    }

    [Fact]
    public async Task SetImportProgressAsync_Progress_ReadBackForResuming()
    {
        Assert.Null(await Store.GetImportProgressAsync("import-1", Ct));

        await Store.SetImportProgressAsync("import-1", 50_000, false, Ct);
        var midway = await Store.GetImportProgressAsync("import-1", Ct);
        await Store.SetImportProgressAsync("import-1", 1_000_000, true, Ct);

        Assert.Equal((50_000L, false), midway);
        Assert.Equal((1_000_000L, true), await Store.GetImportProgressAsync("import-1", Ct));
        Assert.Null(await Store.GetImportProgressAsync("import-2", Ct));
    }
}
