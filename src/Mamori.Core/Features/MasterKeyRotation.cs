using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Security;

namespace Mamori.Core.Features;

/// <summary>
/// Rotates the master key without downtime: a new key is added to the key file and becomes active,
/// then every subject's data key is re-wrapped under it in batches (values are not re-encrypted). A
/// running server picks the new key up from the file when it first meets a key wrapped with it. Keys
/// still holding re-wrapped data can be retired once nothing uses them.
/// </summary>
public sealed class MasterKeyRotation
{
    private readonly ISubjectKeyStore _keys;
    private readonly MasterKeys _master;
    private readonly AccessLog _log;
    private readonly PlatformOptions _options;

    internal MasterKeyRotation(ISubjectKeyStore keys, MasterKeys master, AccessLog log, PlatformOptions options)
    {
        _keys = keys;
        _master = master;
        _log = log;
        _options = options;
    }

    /// <summary>Adds a new active master key and re-wraps every data key under it.</summary>
    /// <param name="caller">Who rotates (administrators, the local operator).</param>
    /// <param name="retireOld">Remove the old keys from the file afterwards (the one blind indexes derive from is kept).</param>
    /// <param name="progress">Told the keys re-wrapped so far.</param>
    /// <param name="cancellationToken">Stops the work; a later run continues it.</param>
    /// <returns>The new key id and how many data keys were re-wrapped.</returns>
    public async Task<(string KeyId, long Rewrapped)> RotateAsync(Caller caller, bool retireOld, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != Access.Role.Administrator)
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, "rotate master key: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators rotate the master key.");
        }

        var path = _master.Path ?? throw new PlatformException("invalid", "The master keys were not loaded from a file; rotate where the key file is.");
        var ring = _master.Ring.WithNewActiveKey();
        ring.Replace(path);
        _master.Use(ring);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"master key {ring.ActiveKeyId} added and active", cancellationToken).ConfigureAwait(false);
        var total = await ContinueAsync(progress, cancellationToken).ConfigureAwait(false);

        if (retireOld)
        {
            foreach (var old in ring.KeyIds.Where(id => id != ring.ActiveKeyId && id != _master.Current.BlindIndexKeyId).ToList())
            {
                ring = ring.Without(old);
            }

            ring.Replace(path);
            _master.Use(ring);
        }

        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"{total} data key(s) re-wrapped under {ring.ActiveKeyId}", cancellationToken).ConfigureAwait(false);
        return (ring.ActiveKeyId, total);
    }

    /// <summary>Re-wraps every data key not yet under the active master key (also finishes an interrupted rotation).</summary>
    /// <param name="progress">Told the keys re-wrapped so far.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<long> ContinueAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        long total = 0;
        while (true)
        {
            var batch = await _keys.ListNotWrappedWithAsync(_master.Current.ActiveMasterKeyId, _options.BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return total;
            }

            // Replaced only where still as read: a subject erased since the batch was listed must not get its key back.
            var rewrapped = batch.Select(k => (k.SubjectId, k.Key.MasterKeyId, _master.Current.Rewrap(k.SubjectId, k.Key))).ToList();
            await _keys.ReplaceAsync(rewrapped, cancellationToken).ConfigureAwait(false);
            total += rewrapped.Count;
            progress?.Report(total);
        }
    }
}
