using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task WriteCsvAsync_LargeExport_WaitsForAPrivacyOfficersApproval()
    {
        await using var world = await Fixture.NewWorldAsync(new PlatformOptions { LargeExportThreshold = 2 });
        for (var i = 0; i < 3; i++)
        {
            await world.RegisterAsync(world.NextPerson());
        }

        var export = await world.Platform.Exports.RequestAsync(world.Marketer, PlatformSetup.Support, Ct);
        var waiting = await RefusedAsync(() => world.Platform.Exports.WriteCsvAsync(world.Marketer, export.Id, new StringWriter(), Ct));
        var notHers = await RefusedAsync(() => world.Platform.Exports.DecideAsync(world.Marketer, export.Id, approve: true, Ct));
        var approved = await world.Platform.Exports.DecideAsync(world.Officer, export.Id, approve: true, Ct);
        var csv = new StringWriter();
        var completed = await world.Platform.Exports.WriteCsvAsync(world.Marketer, export.Id, csv, Ct);

        Assert.Equal("pending", export.Status);
        Assert.Equal("approval_required", waiting.Code);
        Assert.Equal("forbidden", notHers.Code);
        Assert.Equal((world.Officer.UserId, "approved"), (approved.DecidedBy, approved.Status));
        Assert.Equal(("completed", 3), (completed.Status, completed.SubjectCount));
        // The header, three subjects and the trace mark (a fictitious person unique to this export).
        Assert.Equal(5, csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var log = (await world.LogSinceAsync(0)).Where(e => e.Action == AccessAction.Export).Select(e => (e.UserId, e.Allowed)).ToList();
        Assert.Equal([(world.Marketer.UserId, true), (world.Marketer.UserId, false), (world.Marketer.UserId, false), (world.Officer.UserId, true), (world.Marketer.UserId, true)], log);
    }
}
