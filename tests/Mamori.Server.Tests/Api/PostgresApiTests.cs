using Mamori.Core.Features;
using Mamori.Storage;
using Mamori.Testing;
using Npgsql;
using Xunit;

namespace Mamori.Server.Tests.Api;

/// <summary>
/// The API on PostgreSQL: two fresh schemas per test in the test cluster, dropped afterwards. Skipped locally without
/// MAMORI_TEST_POSTGRES, failed under CI.
/// </summary>
public sealed class PostgresApiTests : ApiBehaviour
{
    private readonly TempFolder _folder = new();
    private readonly string _connectionString;
    private readonly string _schema;
    private readonly string _keySchema;

    public PostgresApiTests()
    {
        _connectionString = TestEnvironment.RequirePostgres();
        var unique = Guid.NewGuid().ToString("N")[..12];
        _schema = "mamori_api" + unique;
        _keySchema = "mamori_api" + unique + "_keys";
    }

    protected override async Task<Platform> OpenPlatformAsync(TimeProvider time, PlatformOptions options)
    {
        var storage = await PlatformStorage.OpenAsync(new PlatformStorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = _connectionString,
            PostgresSchema = _schema,
            PostgresKeySchema = _keySchema,
        }, TestContext.Current.CancellationToken);
        return await Platform.OpenAsync(storage.Data, storage.Keys, _folder.Combine("master.key"), time, options, TestContext.Current.CancellationToken);
    }

    protected override async Task TamperAccessLogAsync(long sequence)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = _schema, Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        // The intruder disables the append-only trigger first; the chain must still give the change away.
        command.CommandText = "ALTER TABLE access_log DISABLE TRIGGER access_log_no_change; UPDATE access_log SET detail = 'nothing happened' WHERE seq = @seq";
        command.Parameters.AddWithValue("seq", sequence);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE; DROP SCHEMA IF EXISTS \"{_keySchema}\" CASCADE";
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
