using Mamori.Core.Audit;
using Mamori.Core.Security;

namespace Mamori.Core.Ports;

/// <summary>
/// The store of wrapped subject data keys, kept apart from <see cref="IPlatformStore"/> (a separate
/// SQLite file, or a separate PostgreSQL schema): deleting a key here makes the subject's data
/// unreadable in every copy of the data store, backups included (crypto-shredding). It also keeps the
/// access log's head, away from the log it vouches for.
/// </summary>
public interface ISubjectKeyStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores (or replaces) wrapped keys.</summary>
    Task PutAsync(IReadOnlyList<(string SubjectId, WrappedKey Key)> keys, CancellationToken cancellationToken = default);

    /// <summary>A subject's wrapped key, or null when it never existed or was destroyed.</summary>
    Task<WrappedKey?> GetAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces re-wrapped keys (rotation), each only where the subject's key is still wrapped by
    /// <c>PreviousMasterKeyId</c>: a key destroyed meanwhile (a subject erased during a rotation) stays destroyed,
    /// and a key another process re-wrapped first stays as it is. Stores override this with one atomic conditional
    /// update; the default looks each key up first (for stores written before this method existed).
    /// </summary>
    /// <param name="keys">Per subject: the master key the key was wrapped with when read, and the key re-wrapped.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    async Task ReplaceAsync(IReadOnlyList<(string SubjectId, string PreviousMasterKeyId, WrappedKey Key)> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var still = new List<(string SubjectId, WrappedKey Key)>(keys.Count);
        foreach (var (subjectId, previous, key) in keys)
        {
            if (await GetAsync(subjectId, cancellationToken).ConfigureAwait(false) is { } current && current.MasterKeyId == previous)
            {
                still.Add((subjectId, key));
            }
        }

        await PutAsync(still, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Destroys a subject's key (irreversible).</summary>
    Task DeleteAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> keys still wrapped by a master key other than <paramref name="activeMasterKeyId"/> (for rotation).</summary>
    Task<IReadOnlyList<(string SubjectId, WrappedKey Key)>> ListNotWrappedWithAsync(string activeMasterKeyId, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many keys each master key wraps.</summary>
    Task<IReadOnlyDictionary<string, long>> CountByMasterKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>Records the access log's head.</summary>
    Task SetAccessLogHeadAsync(AccessLogHead head, CancellationToken cancellationToken = default);

    /// <summary>The recorded head, or null.</summary>
    Task<AccessLogHead?> GetAccessLogHeadAsync(CancellationToken cancellationToken = default);
}
