using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Storage;
using Mamori.Testing;
using Npgsql;
using Xunit;

namespace Mamori.Cli.Tests.Govern;

/// <summary>
/// Where a test's platform lives: its own temporary data folder (SQLite, key store, master key) and, for the
/// PostgreSQL runs, its own database in the test cluster (skipped locally without MAMORI_TEST_POSTGRES, failed
/// under CI). <see cref="Args"/> adds the location and English output to a command line.
/// </summary>
public sealed class GovernTarget : IAsyncDisposable
{
    /// <summary>Every item type the test purposes cover.</summary>
    public static readonly string[] CrmItems =
        ["PERSON_NAME", "PERSON_NAME_KANA", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_POSTAL_CODE", "JP_ADDRESS", "DATE_OF_BIRTH", "MEMBER_ID", "GENDER"];

    private readonly string? _adminConnection;
    private readonly string? _database;

    private GovernTarget(string folder, string? adminConnection, string? database, string? connectionString)
    {
        Folder = folder;
        _adminConnection = adminConnection;
        _database = database;
        Postgres = connectionString;
    }

    /// <summary>The data folder.</summary>
    public string Folder { get; }

    /// <summary>The PostgreSQL connection string, or null on SQLite.</summary>
    public string? Postgres { get; }

    public PlatformLocation Location => PlatformLocation.Resolve(Folder, Postgres, null);

    public static GovernTarget Sqlite() => new(Directory.CreateTempSubdirectory("mamori-govern-").FullName, null, null, null);

    public static async Task<GovernTarget> PostgresAsync()
    {
        var admin = TestEnvironment.RequirePostgres();
        var database = "mamori_cli_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE {database}";
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        return new GovernTarget(Directory.CreateTempSubdirectory("mamori-govern-pg-").FullName, admin, database, connectionString);
    }

    /// <summary>The command line with this platform's location and English output.</summary>
    public string[] Args(params string[] args) =>
        Postgres is null ? [.. args, "--data", Folder, "--lang", "en"] : [.. args, "--data", Folder, "--postgres", Postgres, "--lang", "en"];

    /// <summary>Runs a command against this platform.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CliRunner.RunAsync(Args(args));

    /// <summary>Opens the platform in-process (for setting up what no command covers, and for checking results through Core).</summary>
    public Task<Platform> OpenAsync() => PlatformHost.OpenAsync(Location, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Registers the purpose <c>crm</c> (every member item, no consent needed) and returns nothing.</summary>
    public async Task DefineCrmAsync(params string[] extraItems)
    {
        var (exitCode, _, error) = await RunAsync(["purposes", "add", "crm", "--title", "顧客管理", "--items", string.Join(',', CrmItems.Concat(extraItems)), "--retention-days", "1095"]);
        Assert.True(exitCode == 0, error);
    }

    /// <summary>Publishes a notice stating the purposes and returns its id.</summary>
    public async Task<string> PublishNoticeAsync(params string[] purposes)
    {
        await using var platform = await OpenAsync();
        var notice = await platform.Purposes.PublishNoticeAsync(Caller.LocalOperator,
            new Notice(string.Empty, "web-signup", "2025-04", "会員規約とプライバシーポリシー", DateTimeOffset.UtcNow, purposes), TestContext.Current.CancellationToken);
        return notice.Id;
    }

    public string File(string name) => Path.Combine(Folder, name);

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)";
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
