using Mamori.Core.Features;

namespace Mamori.Storage;

/// <summary>
/// Where a platform's data lives, as the CLI and the server take it: a data folder (SQLite and the key file by
/// default), optionally a PostgreSQL connection string, and the master key file.
/// </summary>
public sealed record PlatformLocation
{
    /// <summary>The environment variable naming the data folder when <c>--data</c> is not given.</summary>
    public const string DataDirectoryVariable = "MAMORI_DATA";

    /// <summary>The environment variable naming the master key file when <c>--key-file</c> is not given.</summary>
    public const string KeyFileVariable = "MAMORI_MASTER_KEY_FILE";

    /// <summary>The master key file's name in the data folder when no other is given.</summary>
    public const string DefaultKeyFileName = "master.key";

    /// <summary>The data folder: the SQLite files, the per-subject key store and, by default, the master key file.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>A PostgreSQL connection string; null to use SQLite in <see cref="DataDirectory"/>.</summary>
    public string? Postgres { get; init; }

    /// <summary>The master key file; null for <c>master.key</c> in <see cref="DataDirectory"/>.</summary>
    public string? KeyFile { get; init; }

    /// <summary>The master key file in use.</summary>
    public string EffectiveKeyFile => KeyFile ?? Path.Combine(DataDirectory, DefaultKeyFileName);

    /// <summary>
    /// The location from command-line values, falling back to <c>MAMORI_DATA</c>, <c>MAMORI_MASTER_KEY_FILE</c> and
    /// the per-user data folder (<c>$XDG_DATA_HOME/mamori</c>, else <c>~/.local/share/mamori</c>).
    /// </summary>
    /// <param name="dataDirectory">The <c>--data</c> value or null.</param>
    /// <param name="postgres">The <c>--postgres</c> value or null.</param>
    /// <param name="keyFile">The <c>--key-file</c> value or null.</param>
    public static PlatformLocation Resolve(string? dataDirectory, string? postgres, string? keyFile)
    {
        var data = dataDirectory
            ?? Environment.GetEnvironmentVariable(DataDirectoryVariable)
            ?? Path.Combine(
                Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share"),
                "mamori");
        var key = keyFile ?? (Environment.GetEnvironmentVariable(KeyFileVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null);
        return new PlatformLocation { DataDirectory = Path.GetFullPath(data), Postgres = postgres, KeyFile = key is null ? null : Path.GetFullPath(key) };
    }

    /// <summary>The storage options for this location.</summary>
    public PlatformStorageOptions ToStorageOptions() => Postgres is null
        ? new PlatformStorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = DataDirectory }
        : new PlatformStorageOptions { Provider = StorageProvider.Postgres, ConnectionString = Postgres };
}

/// <summary>Opens the platform (storage migrated, master keys loaded or created) at a location.</summary>
public static class PlatformHost
{
    /// <summary>
    /// Opens the platform: creates the data folder (700) when missing, migrates the schema, loads the master key file
    /// or creates it (600) on a new database. The caller disposes the platform, which closes the storage.
    /// </summary>
    /// <param name="location">Where the data and key file are.</param>
    /// <param name="time">The clock (tests pass their own); null for the system clock.</param>
    /// <param name="options">Platform limits; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<Platform> OpenAsync(PlatformLocation location, TimeProvider? time = null, PlatformOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!Directory.Exists(location.DataDirectory) && !OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(location.DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.CreateDirectory(location.DataDirectory);
        var storage = await PlatformStorage.OpenAsync(location.ToStorageOptions(), cancellationToken).ConfigureAwait(false);
        try
        {
            return await Platform.OpenAsync(storage.Data, storage.Keys, location.EffectiveKeyFile, time, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await storage.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
