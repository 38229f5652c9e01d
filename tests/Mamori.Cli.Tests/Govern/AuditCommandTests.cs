using System.Text.Json;
using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Storage;
using Mamori.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary><c>mamori audit verify|log</c> on SQLite (<see cref="AuditCommandSqliteTests"/>) and PostgreSQL (<see cref="AuditCommandPostgresTests"/>).</summary>
public abstract class AuditCommandTests : IAsyncLifetime
{
    protected GovernTarget Target { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Target = await CreateTargetAsync();
        await Target.DefineCrmAsync();                                        // entry 1
        Assert.Equal(0, (await Target.RunAsync("users", "add", "sato", "--role", "privacy_officer")).ExitCode);   // 2
        Assert.Equal(0, (await Target.RunAsync("users", "add", "tanaka", "--role", "marketer")).ExitCode);        // 3
        var file = Members.WriteCsv(Target.File("members.csv"), Members.Header, Members.Rows(3));
        Assert.Equal(0, (await Target.RunAsync("import", "customers", file, "--purpose", "crm", "--source", "shop")).ExitCode); // 4
    }

    public async ValueTask DisposeAsync()
    {
        if (Target is not null)
        {
            await Target.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task<GovernTarget> CreateTargetAsync();

    /// <summary>Runs SQL on the data store as someone who can write the database (the append-only triggers dropped first).</summary>
    protected abstract Task TamperAsync(string sql);

    [Fact]
    public async Task Verify_IntactLog_PrintsOkWithEntryCountAndHead()
    {
        var (exitCode, output, error) = await Target.RunAsync("audit", "verify");

        Assert.True(exitCode == 0, error);
        Assert.Contains("OK: the access log is intact (4 entries, head #4 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ChangedEntry_FailsNamingItsSequence()
    {
        await TamperAsync("UPDATE access_log SET detail = 'nothing happened' WHERE seq = 2");

        var (exitCode, output, _) = await Target.RunAsync("audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED: the access log is broken — entry 2 was changed after it was written.", output, StringComparison.Ordinal);
        Assert.Contains("Entries #1 to #1 check out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RemovedEntry_FailsNamingItsSequence()
    {
        await TamperAsync("DELETE FROM access_log WHERE seq = 3");

        var (exitCode, output, _) = await Target.RunAsync("audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains("entry 3 is missing or out of order (found 4 in its place)", output, StringComparison.Ordinal);
        Assert.Contains("Entries #1 to #2 check out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ReorderedEntries_FailsNamingTheFirstOutOfPlace()
    {
        await TamperAsync("UPDATE access_log SET seq = 100 WHERE seq = 2; UPDATE access_log SET seq = 2 WHERE seq = 3; UPDATE access_log SET seq = 3 WHERE seq = 100");

        var (exitCode, output, _) = await Target.RunAsync("audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains("entry 2 does not follow entry 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_LastEntryRemoved_FailsAgainstTheHead()
    {
        await TamperAsync("DELETE FROM access_log WHERE seq = 4");

        var (exitCode, output, _) = await Target.RunAsync("audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains("the log holds 3 entries but 4 were recorded as written", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_SubjectFilterJsonl_ShowsOnlyThatSubjectsEntries()
    {
        string subjectId;
        await using (var platform = await Target.OpenAsync())
        {
            subjectId = Assert.Single(await platform.Subjects.SearchAsync(Caller.LocalOperator, ItemTypes.MemberId, "M000002", "crm", Ct));
            await platform.Subjects.GetAsync(Caller.LocalOperator, subjectId, "crm", Ct);
        }

        var (exitCode, output, error) = await Target.RunAsync("audit", "log", "--subject", subjectId, "--format", "jsonl");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(2, lines.Count); // the search that found only this subject, and the read
        Assert.All(lines, l => Assert.Equal(subjectId, l.RootElement.GetProperty("subject_id").GetString()));
        Assert.Equal(["search", "read"], lines.Select(l => l.RootElement.GetProperty("action").GetString()));
        Assert.Equal("cli", lines[1].RootElement.GetProperty("user").GetString());
        Assert.Equal("crm", lines[1].RootElement.GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task Log_Limit_ShowsTheLatestEntriesOldestFirst()
    {
        var (exitCode, output, error) = await Target.RunAsync("audit", "log", "--limit", "2", "--format", "jsonl");
        var future = await Target.RunAsync("audit", "log", "--since", "2099-01-01", "--format", "jsonl");

        Assert.True(exitCode == 0, error);
        Assert.Equal([3L, 4L], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seq").GetInt64()));
        Assert.Equal(0, future.ExitCode);
        Assert.Empty(future.Output.Trim());
    }

    [Fact]
    public async Task Log_Table_NamesUsersAndActions()
    {
        var (exitCode, output, error) = await Target.RunAsync("audit", "log");

        Assert.True(exitCode == 0, error);
        Assert.Contains("user U", output, StringComparison.Ordinal); // "user U… added as privacy-officer"
        Assert.Contains("4 entries", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.jp", output, StringComparison.Ordinal);
    }
}

public sealed class AuditCommandSqliteTests : AuditCommandTests
{
    protected override Task<GovernTarget> CreateTargetAsync() => Task.FromResult(GovernTarget.Sqlite());

    protected override async Task TamperAsync(string sql)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Target.File(PlatformStorageOptions.SqliteDataFileName),
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete; " + sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class AuditCommandPostgresTests : AuditCommandTests
{
    public AuditCommandPostgresTests() => TestEnvironment.RequirePostgres();

    protected override Task<GovernTarget> CreateTargetAsync() => GovernTarget.PostgresAsync();

    protected override async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Target.Postgres) { SearchPath = "mamori", Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "ALTER TABLE access_log DISABLE TRIGGER USER; " + sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
