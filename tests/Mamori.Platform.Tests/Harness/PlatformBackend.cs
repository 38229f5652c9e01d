using Mamori.Storage;

namespace Mamori.Platform.Tests.Harness;

/// <summary>
/// Where test platforms live and how a test reaches behind the platform: fresh locations, raw SQL on the
/// databases (to tamper with them as an intruder would), copies taken as an operator would back them up,
/// and the raw bytes the databases hold.
/// </summary>
public abstract class PlatformBackend : IAsyncDisposable
{
    private readonly List<string> _folders = [];

    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>A new, empty location (its own data folder, and for PostgreSQL its own database).</summary>
    public abstract Task<PlatformLocation> NewLocationAsync(CancellationToken cancellationToken);

    /// <summary>Runs SQL directly on the data store (or the key store) of a location, outside the platform.</summary>
    public abstract Task<int> ExecuteRawAsync(PlatformLocation location, string sql, bool keyStore = false);

    /// <summary>The first column of the first row of a query run directly on a store.</summary>
    public abstract Task<object?> ScalarRawAsync(PlatformLocation location, string sql, bool keyStore = false);

    /// <summary>SQL that lets the access log be changed (an intruder with database rights can always do this).</summary>
    public abstract string UnprotectAccessLogSql { get; }

    /// <summary>Takes a copy of the data store alone, as a backup would (SQLite: the file; PostgreSQL: pg_dump of the schema).</summary>
    public abstract Task<string> CopyDataStoreAsync(PlatformLocation location, CancellationToken cancellationToken);

    /// <summary>A new location holding the copied data store and the key store of <paramref name="live"/> as it is now (same key file).</summary>
    public abstract Task<PlatformLocation> RestoreDataCopyAsync(PlatformLocation live, string copy, CancellationToken cancellationToken);

    /// <summary>
    /// Files holding everything the databases of a location hold, as bytes an attacker could read: SQLite's files
    /// (with their WAL), or a plain pg_dump of both schemas.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> RawFilesAsync(PlatformLocation location, CancellationToken cancellationToken);

    /// <summary>Releases a location's databases (PostgreSQL drops its database).</summary>
    public virtual Task DropAsync(PlatformLocation location) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A private temporary folder, deleted with the backend.</summary>
    protected string NewFolder(string what)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mamori-platform-{what}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        lock (_folders)
        {
            _folders.Add(path);
        }

        return path;
    }
}
