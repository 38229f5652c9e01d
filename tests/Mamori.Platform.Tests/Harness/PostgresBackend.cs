using System.Diagnostics;
using Mamori.Storage;
using Npgsql;

namespace Mamori.Platform.Tests.Harness;

/// <summary>
/// Platforms on the test cluster (MAMORI_TEST_POSTGRES): each location its own database, created empty and
/// dropped with the backend, and its own temporary folder for the master key file.
/// </summary>
public sealed class PostgresBackend(string connectionString) : PlatformBackend
{
    private const string DataSchema = "mamori";
    private const string KeySchema = "mamori_keys";

    private readonly List<string> _databases = [];

    public override string Provider => "postgres";

    public override string UnprotectAccessLogSql => "ALTER TABLE access_log DISABLE TRIGGER USER";

    public override async Task<PlatformLocation> NewLocationAsync(CancellationToken cancellationToken)
    {
        var database = await CreateDatabaseAsync(cancellationToken);
        return new PlatformLocation { DataDirectory = Path.Combine(NewFolder("pg"), "data"), Postgres = ConnectionStringOf(database) };
    }

    public override async Task<int> ExecuteRawAsync(PlatformLocation location, string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(location, keyStore);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<object?> ScalarRawAsync(PlatformLocation location, string sql, bool keyStore = false)
    {
        await using var connection = await OpenAsync(location, keyStore);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A plain-SQL pg_dump of the data schema alone.</summary>
    public override async Task<string> CopyDataStoreAsync(PlatformLocation location, CancellationToken cancellationToken)
    {
        var file = Path.Combine(NewFolder("backup"), "mamori.sql");
        await RunAsync("pg_dump", location, ["--no-owner", "-n", DataSchema, "-f", file], cancellationToken);
        return file;
    }

    /// <summary>A new database restored from the copy with psql, plus the live key schema as it is now.</summary>
    public override async Task<PlatformLocation> RestoreDataCopyAsync(PlatformLocation live, string copy, CancellationToken cancellationToken)
    {
        var keys = Path.Combine(NewFolder("keys"), "keys.sql");
        await RunAsync("pg_dump", live, ["--no-owner", "-n", KeySchema, "-f", keys], cancellationToken);
        var restored = new PlatformLocation
        {
            DataDirectory = Path.Combine(NewFolder("restored"), "data"),
            Postgres = ConnectionStringOf(await CreateDatabaseAsync(cancellationToken)),
        };
        await RunAsync("psql", restored, ["-v", "ON_ERROR_STOP=1", "-q", "-f", copy], cancellationToken);
        await RunAsync("psql", restored, ["-v", "ON_ERROR_STOP=1", "-q", "-f", keys], cancellationToken);
        Directory.CreateDirectory(restored.DataDirectory);
        File.Copy(live.EffectiveKeyFile, restored.EffectiveKeyFile);
        return restored;
    }

    /// <summary>A plain-SQL pg_dump of both schemas: every row as text, byte arrays in hex.</summary>
    public override async Task<IReadOnlyList<string>> RawFilesAsync(PlatformLocation location, CancellationToken cancellationToken)
    {
        var file = Path.Combine(NewFolder("dump"), "mamori-dump.sql");
        await RunAsync("pg_dump", location, ["--no-owner", "-n", DataSchema, "-n", KeySchema, "-f", file], cancellationToken);
        return [file];
    }

    public override async Task DropAsync(PlatformLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var database = new NpgsqlConnectionStringBuilder(location.Postgres).Database!;
        await AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);
        lock (_databases)
        {
            _databases.Remove(database);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        string[] databases;
        lock (_databases)
        {
            databases = [.. _databases];
        }

        foreach (var database in databases)
        {
            try
            {
                await AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The cluster is going away with the run anyway.
            }
        }

        await base.DisposeAsync();
    }

    /// <summary>The PostgreSQL client programs of the newest installed server (as scripts/pg.sh finds initdb).</summary>
    private static string Tool(string name)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, name)))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : 0)
                .LastOrDefault()
            : null;
        return bin is null ? name : Path.Combine(bin, name);
    }

    private async Task RunAsync(string tool, PlatformLocation location, string[] arguments, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Postgres);
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database! }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
        }
    }

    private async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var database = "mamori_pt_" + Guid.NewGuid().ToString("N")[..16];
        await AdminAsync($"CREATE DATABASE \"{database}\"", cancellationToken);
        lock (_databases)
        {
            _databases.Add(database);
        }

        return database;
    }

    private string ConnectionStringOf(string database) => new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private async Task AdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<NpgsqlConnection> OpenAsync(PlatformLocation location, bool keyStore)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Postgres) { SearchPath = keyStore ? KeySchema : DataSchema, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
