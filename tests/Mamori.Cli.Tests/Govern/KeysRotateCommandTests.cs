using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Deidentification.Keys;
using Mamori.Detection;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori keys rotate</c>: new active master key, data keys re-wrapped, old keys retired, data still readable.</summary>
public sealed class KeysRotateCommandTests : IAsyncLifetime
{
    private readonly GovernTarget _target = GovernTarget.Sqlite();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _target.DefineCrmAsync();
        var file = Members.WriteCsv(_target.File("members.csv"), Members.Header, Members.Rows(30));
        Assert.Equal(0, (await _target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop")).ExitCode);
    }

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    [Fact]
    public async Task Rotate_TwiceRetiringOld_DataReadableAndOldKeyGone()
    {
        var keyFile = _target.File("master.key");
        var original = KeyRing.Load(keyFile).ActiveKeyId;

        var first = await _target.RunAsync("keys", "rotate");
        var middle = KeyRing.Load(keyFile).ActiveKeyId;
        var second = await _target.RunAsync("keys", "rotate", "--retire-old");
        var ring = KeyRing.Load(keyFile);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("30 data keys were re-wrapped", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains($"Retired from the key file: {middle}", second.Output, StringComparison.Ordinal);
        Assert.NotEqual(original, middle);
        Assert.DoesNotContain(middle, ring.KeyIds);
        Assert.Contains(original, ring.KeyIds); // blind indexes and the log chain derive from it; it wraps nothing
        await using var platform = await _target.OpenAsync();
        Assert.Equal(new Dictionary<string, long> { [ring.ActiveKeyId] = 30 }, await platform.KeyStore.CountByMasterKeyAsync(Ct));
        var id = Assert.Single(await platform.Subjects.SearchAsync(Caller.LocalOperator, ItemTypes.MemberId, "M000007", "crm", Ct));
        var subject = await platform.Subjects.GetAsync(Caller.LocalOperator, id, "crm", Ct);
        Assert.Equal("member7@example.jp", subject.Items.Single(i => i.Type == EntityTypes.EmailAddress).Value);
        var verify = await _target.RunAsync("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.Output);
    }

    [Fact]
    public async Task Rotate_Interrupted_NextRunFinishesWithoutAnotherKey()
    {
        // An earlier rotation that stopped half-way: a new active key in the file, the data keys still under the old one.
        var keyFile = _target.File("master.key");
        var ring = KeyRing.Load(keyFile).WithNewActiveKey();
        ring.Replace(keyFile);

        var (exitCode, output, error) = await _target.RunAsync("keys", "rotate");

        Assert.True(exitCode == 0, error);
        Assert.Contains("stopped half-way", output, StringComparison.Ordinal);
        Assert.Equal(ring.ActiveKeyId, KeyRing.Load(keyFile).ActiveKeyId);
        await using var platform = await _target.OpenAsync();
        Assert.Equal(new Dictionary<string, long> { [ring.ActiveKeyId] = 30 }, await platform.KeyStore.CountByMasterKeyAsync(Ct));
    }
}
