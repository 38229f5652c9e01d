using Mamori.Core.Ports;
using Mamori.Storage.Postgres;
using Mamori.Storage.Sqlite;

namespace Mamori.Storage;

/// <summary>
/// The platform's two stores, opened together from <see cref="PlatformStorageOptions"/>: the data
/// (<see cref="Data"/>) and, apart from it, the wrapped subject keys (<see cref="Keys"/>). SQLite keeps
/// them in two files, PostgreSQL in two schemas, so a copy of the data alone can never be decrypted.
/// </summary>
public sealed class PlatformStorage : IAsyncDisposable
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private PlatformStorage(StorageProvider provider, IPlatformStore data, ISubjectKeyStore keys)
    {
        Provider = provider;
        Data = data;
        Keys = keys;
    }

    /// <summary>The database in use.</summary>
    public StorageProvider Provider { get; }

    /// <summary>Subjects, items, events, purposes, notices, consents, users, tokens, entrustments, the access log, exports, settings, imports.</summary>
    public IPlatformStore Data { get; }

    /// <summary>Wrapped subject data keys and the access log's head.</summary>
    public ISubjectKeyStore Keys { get; }

    /// <summary>
    /// Opens the stores without touching the schema (call <see cref="MigrateAsync"/>, or use
    /// <see cref="OpenAsync"/>). SQLite: creates the data folder (owner-only) and the two database files
    /// (mode 600) when missing. PostgreSQL: connects lazily, on the first operation.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not usable; the message says what to change.</exception>
    /// <exception cref="StorageException">The data folder cannot be created.</exception>
    public static PlatformStorage Create(PlatformStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options.Provider switch
        {
            StorageProvider.Sqlite => CreateSqlite(options),
            _ => CreatePostgres(options),
        };
    }

    /// <summary>Opens the stores and brings both schemas up to date.</summary>
    /// <exception cref="ArgumentException">The options are not usable.</exception>
    /// <exception cref="StorageException">A database cannot be reached, read or upgraded; the message says why and what to do.</exception>
    public static async Task<PlatformStorage> OpenAsync(PlatformStorageOptions options, CancellationToken cancellationToken = default)
    {
        var storage = Create(options);
        try
        {
            await storage.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return storage;
        }
        catch
        {
            await storage.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates or upgrades both schemas (idempotent).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await Data.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await Keys.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await Data.DisposeAsync().ConfigureAwait(false);
        await Keys.DisposeAsync().ConfigureAwait(false);
    }

    private static PlatformStorage CreateSqlite(PlatformStorageOptions options)
    {
        var dataFolder = Path.GetFullPath(options.DataDirectory!);
        var keyFolder = string.IsNullOrWhiteSpace(options.KeyStoreDirectory) ? dataFolder : Path.GetFullPath(options.KeyStoreDirectory);
        var dataFile = Prepare(dataFolder, PlatformStorageOptions.SqliteDataFileName);
        var keyFile = Prepare(keyFolder, PlatformStorageOptions.SqliteKeyFileName);
        return new PlatformStorage(
            StorageProvider.Sqlite,
            new SqlitePlatformStore(new SqliteDatabase(dataFile, options.SqliteBusyTimeout, secureDelete: false)),
            new SqliteSubjectKeyStore(new SqliteDatabase(keyFile, options.SqliteBusyTimeout, secureDelete: true)));
    }

    private static PlatformStorage CreatePostgres(PlatformStorageOptions options) =>
        new(
            StorageProvider.Postgres,
            new PostgresPlatformStore(new PostgresDatabase(options.ConnectionString!, options.PostgresSchema)),
            new PostgresSubjectKeyStore(new PostgresDatabase(options.ConnectionString!, options.PostgresKeySchema)));

    /// <summary>Creates the folder (owner-only) and an empty database file (owner read/write) when missing; SQLite's WAL files inherit the mode.</summary>
    private static string Prepare(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        try
        {
            if (!Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, OwnerOnlyFolder);
                }
            }

            if (!File.Exists(path))
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = OwnerOnlyFile;
                }

                try
                {
                    using var created = new FileStream(path, options);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Another process created it first: fine.
                }
            }

            return path;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(
                $"The data folder {folder} or its file {fileName} cannot be created: {exception.Message} Check the path and that the user running Mamori may write there.",
                exception);
        }
    }
}
