using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori recipients|provide|records|receipts</c> and <c>import customers --received-from</c> on a SQLite platform of the test's own.</summary>
public sealed partial class ProvisionCommandTests : IAsyncDisposable
{
    private readonly GovernTarget _target = GovernTarget.Sqlite();

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    [Fact]
    public async Task ReceiptImportProvide_DataReceivedByOptOut_NotProvidedOnByOptOut()
    {
        await _target.DefineCrmAsync();
        var file = Members.WriteCsv(_target.File("partner.csv"), Members.Header, Members.Rows(4));
        var withoutConfirmation = await _target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "partner-2025-04", "--received-from", "Q0000");
        var confirmed = await _target.RunAsync("receipts", "confirm", "--provider-name", "株式会社提供元（架空）", "--provider-address", "東京都新宿区架空1-1",
            "--provider-representative", "代表取締役 架空 太郎", "--acquisition", "名簿業者からオプトアウトで取得", "--route", "opt-out", "--ppc-publication", "PPC-OPT-2024-0042", "--items", string.Join(',', GovernTarget.CrmItems));
        var confirmationId = Id(confirmed.Output);
        var imported = await _target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "partner-2025-04", "--received-from", confirmationId);
        var added = await _target.RunAsync("recipients", "add", "--name", "株式会社名簿（架空）", "--address", "大阪府大阪市架空2-2", "--representative", "代表取締役 架空 次郎",
            "--basis", "opt-out", "--details", WriteDetails());
        var recipientId = Id(added.Output);
        var provided = await _target.RunAsync("provide", "--recipient", recipientId, "--purpose", "crm", "--items", "PERSON_NAME,EMAIL_ADDRESS", "--all", "--format", "json");
        var records = await _target.RunAsync("records", "list", "--kind", "receipt", "--format", "jsonl");

        Assert.Equal(2, withoutConfirmation.ExitCode);
        Assert.Contains("Art. 30", withoutConfirmation.Error, StringComparison.Ordinal);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.True(provided.ExitCode == 0, provided.Error);
        using var result = JsonDocument.Parse(provided.Output);
        Assert.Equal(0, result.RootElement.GetProperty("provided_count").GetInt32());
        Assert.All(result.RootElement.GetProperty("refusals").EnumerateArray(), r => Assert.Equal("received_by_opt_out", r.GetProperty("code").GetString()));
        Assert.Equal(4, records.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(records.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains($"\"counterparty_id\":\"{confirmationId}\"", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Provide_OptOutToImportedMembers_WritesRecordsShownByRecordsList()
    {
        await _target.DefineCrmAsync();
        var file = Members.WriteCsv(_target.File("members.csv"), Members.Header, Members.Rows(3));
        Assert.Equal(0, (await _target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop-2025-04")).ExitCode);
        var recipientId = Id((await _target.RunAsync("recipients", "add", "--name", "株式会社名簿（架空）", "--address", "大阪府大阪市架空2-2",
            "--representative", "代表取締役 架空 次郎", "--basis", "opt-out", "--details", WriteDetails())).Output);
        var list = await _target.RunAsync("recipients", "list");

        var provided = await _target.RunAsync("provide", "--recipient", recipientId, "--purpose", "crm", "--items", "PERSON_NAME,EMAIL_ADDRESS", "--all");
        var special = await _target.RunAsync("provide", "--recipient", recipientId, "--purpose", "crm", "--items", "PERSON_NAME,PHONE_NUMBER", "--all");
        var records = await _target.RunAsync("records", "list", "--recipient", recipientId);
        var purge = await _target.RunAsync("records", "purge");

        Assert.Contains("opt-out (Art. 27(2))", list.Output, StringComparison.Ordinal);
        Assert.True(provided.ExitCode == 0, provided.Error);
        Assert.Contains("3 provided, 0 left out", provided.Output, StringComparison.Ordinal);
        Assert.Equal(2, special.ExitCode);
        Assert.Contains("does not cover PHONE_NUMBER", special.Error, StringComparison.Ordinal);
        Assert.Contains("3 record(s)", records.Output, StringComparison.Ordinal);
        Assert.Contains("Purged 0 record(s)", purge.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipientsAdd_ForeignBasisWithoutReviewDate_Exits2()
    {
        var (exitCode, _, error) = await _target.RunAsync("recipients", "add", "--name", "Example Inc.", "--address", "1 Main St, Springfield", "--representative", "CEO",
            "--country", "US", "--basis", "consent", "--foreign-basis", "apec-cbpr");

        Assert.Equal(2, exitCode);
        Assert.Contains("--review-due", error, StringComparison.Ordinal);
    }

    private string WriteDetails()
    {
        var path = _target.File("opt-out.json");
        File.WriteAllText(path, """
            {"opt_out": {"item_types": ["PERSON_NAME", "EMAIL_ADDRESS"], "acquisition_method": "会員登録", "provision_method": "CSV の電子送付",
             "request_method": "ウェブフォーム", "update_method": "月次", "starts_on": "2020-01-01T00:00:00+09:00", "filed_on": "2019-12-01T00:00:00+09:00",
             "publication": "PPC-OPT-2019-0001"}}
            """);
        return path;
    }

    private static string Id(string output) => IdPattern().Match(output) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No id in: " + output);

    [GeneratedRegex(@"Id: ([A-Za-z0-9]+)")]
    private static partial Regex IdPattern();
}
