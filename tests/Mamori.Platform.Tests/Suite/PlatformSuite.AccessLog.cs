using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task AccessLog_ReadWriteExportAndFailures_EachRecordedWithWhoRoleSubjectItemsAndPurpose()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        var before = await World.LogHeadAsync();

        await Platform.Subjects.GetAsync(World.Staff, subjectId, PlatformSetup.Support, Ct);
        await Platform.Subjects.AddItemsAsync(World.Staff, subjectId, PlatformSetup.Support, World.NextPerson().Items(EntityTypes.Address), Ct);
        await Platform.Subjects.SearchAsync(World.Marketer, EntityTypes.EmailAddress, person.Email, PlatformSetup.EmailMarketing, Ct);
        var export = await Platform.Exports.RequestAsync(World.Marketer, PlatformSetup.EmailMarketing, Ct);
        await Platform.Exports.WriteCsvAsync(World.Marketer, export.Id, new StringWriter(), Ct);
        await RefusedAsync(() => Platform.Subjects.GetAsync(World.Marketer, subjectId, null, Ct));
        await RefusedAsync(() => Platform.Exports.WriteCsvAsync(World.Staff, export.Id, new StringWriter(), Ct));
        Assert.Null(await Platform.Users.AuthenticateAsync("mamori_not-a-token", Ct));

        var log = await World.LogSinceAsync(before);

        Assert.Collection(
            log,
            e => Assert.Equal((World.Staff.UserId, "staff", AccessAction.Read, subjectId, PlatformSetup.Support, true), Who(e)),
            e => Assert.Equal((World.Staff.UserId, "staff", AccessAction.Write, subjectId, PlatformSetup.Support, true), Who(e)),
            e => Assert.Equal((World.Marketer.UserId, "marketer", AccessAction.Search, subjectId, PlatformSetup.EmailMarketing, true), Who(e)),
            e => Assert.Equal((World.Marketer.UserId, "marketer", AccessAction.Export, null, PlatformSetup.EmailMarketing, true), Who(e)),
            e => Assert.Equal((World.Marketer.UserId, "marketer", AccessAction.Export, null, PlatformSetup.EmailMarketing, true), Who(e)),
            e => Assert.Equal((World.Marketer.UserId, "marketer", AccessAction.Read, subjectId, null, false), Who(e)),
            e => Assert.Equal((World.Staff.UserId, "staff", AccessAction.Export, null, PlatformSetup.EmailMarketing, false), Who(e)),
            e => Assert.Equal((null, null, AccessAction.SignInFailed, null, null, false), Who(e)));
        Assert.Equal(PlatformSetup.SupportItems.Order(StringComparer.Ordinal), log[0].ItemTypes);
        Assert.Equal([EntityTypes.Address], log[1].ItemTypes);
        Assert.Equal([EntityTypes.EmailAddress], log[2].ItemTypes);
        Assert.Equal(PlatformSetup.MarketingItems.Order(StringComparer.Ordinal), log[4].ItemTypes.Order(StringComparer.Ordinal));
        Assert.True((await Platform.AccessLog.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task VerifyAsync_LogOfEveryTestSoFar_IsIntact()
    {
        await Platform.Subjects.GetAsync(World.Officer, await World.RegisterAsync(World.NextPerson()), PlatformSetup.Support, Ct);

        var verification = await Platform.AccessLog.VerifyAsync(Ct);

        Assert.True(verification.IsIntact, verification.Reason);
        Assert.Equal(await World.LogHeadAsync(), verification.VerifiedEntries);
    }

    [Theory]
    [InlineData("change", 4)]
    [InlineData("delete", 5)]
    [InlineData("reorder", 3)]
    [InlineData("delete-last", 0)]
    public async Task VerifyAsync_EntryTamperedInTheDatabase_FailsNamingTheEntry(string tampering, long entry)
    {
        var world = await Fixture.TamperWorldAsync();
        var subjectId = await world.RegisterAsync(world.NextPerson());
        for (var i = 0; i < 3; i++)
        {
            await world.Platform.Subjects.GetAsync(world.Staff, subjectId, PlatformSetup.Support, Ct);
        }

        var last = await world.LogHeadAsync();
        Assert.True((await world.Platform.AccessLog.VerifyAsync(Ct)).IsIntact);
        var sql = tampering switch
        {
            // An insider hides who read: the entry claims the privacy officer did it.
            "change" => $"UPDATE access_log SET user_id = '{world.Officer.UserId}', role = 'privacy-officer' WHERE seq = {entry}",
            "delete" => $"DELETE FROM access_log WHERE seq = {entry}",
            // Entries 3 and 4 swap places (through a free sequence number).
            "reorder" => $"UPDATE access_log SET seq = 1000000 WHERE seq = {entry}; UPDATE access_log SET seq = {entry} WHERE seq = {entry + 1}; UPDATE access_log SET seq = {entry + 1} WHERE seq = 1000000",
            _ => $"DELETE FROM access_log WHERE seq = {last}",
        };
        entry = entry == 0 ? last : entry;
        await world.BackUpAccessLogAsync();

        AuditVerification verification;
        try
        {
            await world.Backend.ExecuteRawAsync(world.Location, sql);
            verification = await world.Platform.AccessLog.VerifyAsync(Ct);
        }
        finally
        {
            await world.RestoreAccessLogAsync();
        }

        Assert.False(verification.IsIntact);
        Assert.Contains($"entry {entry} ", verification.Reason + " ", StringComparison.Ordinal);
        Assert.Equal(entry, verification.FailedSequence);
        Assert.Equal(entry - 1, verification.VerifiedEntries);
        Assert.True((await world.Platform.AccessLog.VerifyAsync(Ct)).IsIntact, "the log was not put back");
    }

    private static (string? UserId, string? Role, AccessAction Action, string? SubjectId, string? Purpose, bool Allowed) Who(AccessLogEntry e) =>
        (e.UserId, e.Role, e.Action, e.SubjectId, e.Purpose, e.Allowed);
}
