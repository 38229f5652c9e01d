using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mamori.Scanning.Text;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori export</c>, <c>export approve</c> and <c>export trace</c> on a platform of the test's own.</summary>
public sealed partial class ExportCommandTests : IAsyncLifetime
{
    private readonly GovernTarget _target = GovernTarget.Sqlite();

    public async ValueTask InitializeAsync()
    {
        await _target.DefineCrmAsync();
        Assert.Equal(0, (await _target.RunAsync("users", "add", "tanaka", "--role", "marketer")).ExitCode);
        Assert.Equal(0, (await _target.RunAsync("users", "add", "sato", "--role", "privacy_officer")).ExitCode);
    }

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    [Fact]
    public async Task Export_Purpose_WritesCsvWithTraceMarkLogsItAndTracesItBack()
    {
        await ImportAsync(5);
        var file = _target.File("export.csv");

        var (exitCode, output, error) = await _target.RunAsync("export", "--purpose", "crm", "--out", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Wrote 5 subjects", output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\n')).SelectMany(l => l.Split('\n')).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("subject_id,PERSON_NAME,PERSON_NAME_KANA,EMAIL_ADDRESS", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 5 + 1, lines.Count); // header, five members, the trace mark
        Assert.Contains(lines, l => l.Contains("member3@example.jp", StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        var log = await _target.RunAsync("audit", "log", "--format", "jsonl");
        var exports = log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("action").GetString() == "export").Select(e => e.GetProperty("detail").GetString()!).ToList();
        Assert.Equal(2, exports.Count);
        Assert.Contains("requested", exports[0], StringComparison.Ordinal);
        Assert.Contains("written: 5 subject(s)", exports[1], StringComparison.Ordinal);

        var trace = await _target.RunAsync("export", "trace", file);
        Assert.True(trace.ExitCode == 0, trace.Error);
        Assert.Contains("exported by: cli (local operator", trace.Output, StringComparison.Ordinal);
        Assert.Contains("purpose: crm", trace.Output, StringComparison.Ordinal);
        Assert.Contains(ExportId(output), trace.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AsMarketer_MasksValuesAndTracesBackToTheMarketer()
    {
        await ImportAsync(3);
        var file = _target.File("marketing.csv");

        var (exitCode, _, error) = await _target.RunAsync("export", "--purpose", "crm", "--out", file, "--as", "tanaka");

        Assert.True(exitCode == 0, error);
        var content = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("member2@example.jp", content, StringComparison.Ordinal);
        Assert.Contains("m***@example.jp", content, StringComparison.Ordinal);

        // Re-saved as Shift_JIS, as Excel in Japan does: still traced.
        var resaved = _target.File("leaked.csv");
        await File.WriteAllBytesAsync(resaved, TextEncodingDetector.ShiftJis.GetBytes(content), TestContext.Current.CancellationToken);
        var trace = await _target.RunAsync("export", "trace", resaved);
        Assert.True(trace.ExitCode == 0, trace.Error);
        Assert.Contains("exported by: tanaka (marketer", trace.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AboveThreshold_WaitsForPrivacyOfficerThenWrites()
    {
        await ImportAsync(1001);
        var file = _target.File("large.csv");

        var pending = await _target.RunAsync("export", "--purpose", "crm", "--out", file, "--as", "tanaka");
        var exportId = ExportId(pending.Output);
        var early = await _target.RunAsync("export", "--approve", exportId, "--out", file, "--as", "tanaka");
        var writtenEarly = File.Exists(file);
        var byMarketer = await _target.RunAsync("export", "approve", exportId, "--as", "tanaka");
        var approved = await _target.RunAsync("export", "approve", exportId, "--as", "sato");
        var written = await _target.RunAsync("export", "--approve", exportId, "--out", file, "--as", "tanaka");
        var again = await _target.RunAsync("export", "--approve", exportId, "--out", _target.File("again.csv"), "--as", "tanaka");
        var trace = await _target.RunAsync("export", "trace", file);

        Assert.Equal(1, pending.ExitCode);
        Assert.Contains($"The export {exportId} waits for approval (1,001 subjects", pending.Output, StringComparison.Ordinal);
        Assert.Contains($"mamori export approve {exportId}", pending.Output, StringComparison.Ordinal);
        Assert.False(writtenEarly);
        Assert.Equal(1, early.ExitCode);
        Assert.Equal(1, byMarketer.ExitCode);
        Assert.Contains("Only privacy officers approve exports", byMarketer.Error, StringComparison.Ordinal);
        Assert.True(approved.ExitCode == 0, approved.Error);
        Assert.True(written.ExitCode == 0, written.Error);
        Assert.Contains("Wrote 1,001 subjects", written.Output, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("approved by: sato (privacy-officer", trace.Output, StringComparison.Ordinal);
        Assert.Contains("exported by: tanaka (marketer", trace.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_FileWithoutMark_Exits1()
    {
        var file = Members.WriteCsv(_target.File("other.csv"), Members.Header, Members.Rows(3));

        var (exitCode, output, _) = await _target.RunAsync("export", "trace", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("no trace mark", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutPurposeOrAsUnknownUser_Exits2()
    {
        var noPurpose = await _target.RunAsync("export", "--out", _target.File("x.csv"));
        var unknownUser = await _target.RunAsync("export", "--purpose", "crm", "--out", _target.File("x.csv"), "--as", "nobody");
        var unknownPurpose = await _target.RunAsync("export", "--purpose", "gossip", "--out", _target.File("x.csv"));

        Assert.Equal(2, noPurpose.ExitCode);
        Assert.Contains("Art. 18", noPurpose.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownUser.ExitCode);
        Assert.Contains("nobody", unknownUser.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownPurpose.ExitCode);
        Assert.False(File.Exists(_target.File("x.csv")));
    }

    private async Task ImportAsync(int members)
    {
        var file = Members.WriteCsv(_target.File($"members-{members}.csv"), Members.Header, Members.Rows(members));
        var (exitCode, _, error) = await _target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop");
        Assert.True(exitCode == 0, error);
    }

    private static string ExportId(string output)
    {
        var match = ExportIdPattern().Match(output);
        Assert.True(match.Success, "no export id in the output");
        return match.Value;
    }

    [GeneratedRegex("X[0-9a-f]{32}")]
    private static partial Regex ExportIdPattern();
}
