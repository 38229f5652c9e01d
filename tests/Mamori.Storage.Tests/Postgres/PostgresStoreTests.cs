using Mamori.Storage.Tests.Contract;
using Mamori.Testing;
using Npgsql;
using Xunit;

namespace Mamori.Storage.Tests.Postgres;

/// <summary>
/// The storage contract on PostgreSQL: every test gets two fresh schemas (data and keys) in the test
/// cluster, dropped afterwards. Skipped locally without MAMORI_TEST_POSTGRES, failed under CI.
/// </summary>
public sealed class PostgresStoreTests : PlatformStoreContract
{
    private readonly string _connectionString;
    private readonly string _schema;
    private readonly string _keySchema;

    public PostgresStoreTests()
    {
        _connectionString = TestEnvironment.RequirePostgres();
        var unique = Guid.NewGuid().ToString("N")[..12];
        _schema = "mamori_t" + unique;
        _keySchema = "mamori_t" + unique + "_keys";
    }

    protected override PlatformStorageOptions Options => new()
    {
        Provider = StorageProvider.Postgres,
        ConnectionString = _connectionString,
        PostgresSchema = _schema,
        PostgresKeySchema = _keySchema,
    };

    protected override string ExpectedProvider => "postgres";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE; DROP SCHEMA IF EXISTS \"{_keySchema}\" CASCADE";
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
    }

    protected override async Task<int> ExecuteRawAsync(string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(keyStore);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<object?> ScalarRawAsync(string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(keyStore);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    [Fact]
    public async Task RawDelete_Subject_IsRefusedAndTheRowStays()
    {
        // Rows name their subject through a check per statement, not a per-row foreign key: nothing may remove a subject.
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteRawAsync("DELETE FROM subjects"));

        Assert.Equal(PostgresErrorCodes.RestrictViolation, error.SqlState);
        Assert.NotNull(await Store.GetSubjectAsync(record.Subject.Id, Ct));
    }

    [Fact]
    public async Task RawUpdate_ItemSubject_IsRefused()
    {
        var first = Samples.Subject();
        var second = Samples.Subject();
        await Store.InsertSubjectsAsync([first, second], Ct);

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteRawAsync($"UPDATE items SET subject_id = '{second.Subject.Id}' WHERE subject_id = '{first.Subject.Id}'"));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
        Assert.Equal(first.Items.Count, (await Store.GetItemsAsync(first.Subject.Id, Ct)).Count);
    }

    /// <summary>What a dump of the data schema holds: every item row as stored.</summary>
    protected override async Task<IReadOnlyDictionary<string, byte[]>> BackUpItemsAsync()
    {
        await using var connection = await OpenAsync(keyStore: false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, ciphertext FROM items";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new Dictionary<string, byte[]>();
        while (await reader.ReadAsync(Ct))
        {
            rows[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
        }

        return rows;
    }

    private async Task<NpgsqlConnection> OpenAsync(bool keyStore)
    {
        var builder = new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = keyStore ? _keySchema : _schema, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
