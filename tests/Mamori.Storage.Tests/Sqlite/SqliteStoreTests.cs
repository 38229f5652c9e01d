using Mamori.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Mamori.Storage.Tests.Sqlite;

/// <summary>The storage contract on SQLite: two files in a fresh temporary data folder per test.</summary>
public sealed class SqliteStoreTests : PlatformStoreContract
{
    private readonly TempFolder _folder = new();

    protected override PlatformStorageOptions Options => new() { Provider = StorageProvider.Sqlite, DataDirectory = _folder.Combine("data") };

    protected override string ExpectedProvider => "sqlite";

    private string DataFile => _folder.Combine("data", "mamori.db");

    private string KeyFile => _folder.Combine("data", "keys.db");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }

    protected override async Task<int> ExecuteRawAsync(string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(keyStore ? KeyFile : DataFile);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<object?> ScalarRawAsync(string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(keyStore ? KeyFile : DataFile);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    /// <summary>A consistent copy of the live file (<c>VACUUM INTO</c>, what a backup script would run), read back.</summary>
    protected override async Task<IReadOnlyDictionary<string, byte[]>> BackUpItemsAsync()
    {
        var copy = _folder.Combine("backup-" + Guid.NewGuid().ToString("N") + ".db");
        await ExecuteRawAsync($"VACUUM INTO '{copy}'");
        await using var connection = await OpenAsync(copy);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, ciphertext FROM items";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new Dictionary<string, byte[]>();
        while (await reader.ReadAsync(Ct))
        {
            rows[reader.GetString(0)] = (byte[])reader.GetValue(1);
        }

        return rows;
    }

    internal static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
