using Mamori.Storage;
using Microsoft.Data.Sqlite;

namespace Mamori.Platform.Tests.Harness;

/// <summary>Platforms on SQLite: each location a fresh temporary data folder (mamori.db, keys.db, master.key).</summary>
public sealed class SqliteBackend : PlatformBackend
{
    public override string Provider => "sqlite";

    public override string UnprotectAccessLogSql => "DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;";

    public override Task<PlatformLocation> NewLocationAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new PlatformLocation { DataDirectory = Path.Combine(NewFolder("data"), "data") });

    public override async Task<int> ExecuteRawAsync(PlatformLocation location, string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(File(location, keyStore));
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<object?> ScalarRawAsync(PlatformLocation location, string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(File(location, keyStore));
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A consistent copy of the live mamori.db (<c>VACUUM INTO</c>, what a backup script runs), nothing of keys.db.</summary>
    public override async Task<string> CopyDataStoreAsync(PlatformLocation location, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(NewFolder("backup"), PlatformStorageOptions.SqliteDataFileName);
        await ExecuteRawAsync(location, $"VACUUM INTO '{copy}'");
        return copy;
    }

    public override async Task<PlatformLocation> RestoreDataCopyAsync(PlatformLocation live, string copy, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(NewFolder("restored"), "data");
        Directory.CreateDirectory(folder);
        System.IO.File.Copy(copy, Path.Combine(folder, PlatformStorageOptions.SqliteDataFileName));
        await ExecuteRawAsync(live, $"VACUUM INTO '{Path.Combine(folder, PlatformStorageOptions.SqliteKeyFileName)}'", keyStore: true);
        System.IO.File.Copy(live.EffectiveKeyFile, Path.Combine(folder, PlatformLocation.DefaultKeyFileName));
        return new PlatformLocation { DataDirectory = folder };
    }

    /// <summary>Every database file of the data folder, WAL and shared-memory files included (not the master key file).</summary>
    public override Task<IReadOnlyList<string>> RawFilesAsync(PlatformLocation location, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Directory.GetFiles(location.DataDirectory)
            .Where(f => Path.GetFileName(f).StartsWith("mamori.db", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("keys.db", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)]);

    private static string File(PlatformLocation location, bool keyStore) =>
        Path.Combine(location.DataDirectory, keyStore ? PlatformStorageOptions.SqliteKeyFileName : PlatformStorageOptions.SqliteDataFileName);

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
