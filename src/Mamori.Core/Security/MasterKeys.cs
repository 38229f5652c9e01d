using Mamori.Core.Ports;
using Mamori.Deidentification.Keys;

namespace Mamori.Core.Security;

/// <summary>
/// The master key file and the encryption keys derived from it, reloaded when another process rotated
/// the key (a wrapped key naming a master key this process does not hold yet): serving never stops
/// for a rotation.
/// </summary>
public sealed class MasterKeys
{
    private readonly string? _path;
    private readonly string _blindIndexKeyId;
    private readonly Lock _gate = new();

    /// <summary>Creates the holder.</summary>
    /// <param name="ring">The key ring as loaded.</param>
    /// <param name="path">The key file it was loaded from (to reload after a rotation), or null.</param>
    /// <param name="blindIndexKeyId">The master key blind indexes and the log chain are derived from.</param>
    public MasterKeys(KeyRing ring, string? path, string blindIndexKeyId)
    {
        ArgumentNullException.ThrowIfNull(ring);
        _path = path;
        _blindIndexKeyId = blindIndexKeyId;
        Ring = ring;
        Current = new EncryptionKeys(ring, blindIndexKeyId);
    }

    /// <summary>The key ring in use.</summary>
    public KeyRing Ring { get; private set; }

    /// <summary>The encryption keys in use.</summary>
    public EncryptionKeys Current { get; private set; }

    /// <summary>The key file, when the ring came from one.</summary>
    public string? Path => _path;

    /// <summary>Unwraps a subject's data key, reloading the key file once if the wrapping key is new to this process.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="wrapped">The wrapped key.</param>
    public byte[] Unwrap(string subjectId, WrappedKey wrapped)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        try
        {
            return Current.Unwrap(subjectId, wrapped);
        }
        catch (KeyRingException) when (_path is not null && Reload() && Ring.KeyIds.Contains(wrapped.MasterKeyId))
        {
            return Current.Unwrap(subjectId, wrapped);
        }
    }

    /// <summary>Switches to a new ring (after this process rotated the key).</summary>
    /// <param name="ring">The new ring.</param>
    public void Use(KeyRing ring)
    {
        lock (_gate)
        {
            Ring = ring;
            Current = new EncryptionKeys(ring, _blindIndexKeyId);
        }
    }

    private bool Reload()
    {
        lock (_gate)
        {
            Ring = KeyRing.Load(_path!);
            Current = new EncryptionKeys(Ring, _blindIndexKeyId);
            return true;
        }
    }

    /// <summary>Loads the key file of a data folder, creating it (600) on first start, and records which key derives the blind indexes.</summary>
    /// <param name="keyFile">The key file.</param>
    /// <param name="store">The data store (settings).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<MasterKeys> OpenAsync(string keyFile, IPlatformStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        KeyRing ring;
        if (File.Exists(keyFile))
        {
            ring = KeyRing.Load(keyFile);
        }
        else
        {
            if (await store.GetSettingAsync("blind_index_key_id", cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new KeyRingException($"The key file '{keyFile}' is missing but the database was created with one: restore it from your backup. Without it no personal value can be read.");
            }

            ring = KeyRing.Generate();
            ring.Save(keyFile);
        }

        var blindId = await store.GetSettingAsync("blind_index_key_id", cancellationToken).ConfigureAwait(false);
        if (blindId is null)
        {
            blindId = ring.ActiveKeyId;
            await store.SetSettingAsync("blind_index_key_id", blindId, cancellationToken).ConfigureAwait(false);
        }
        else if (!ring.KeyIds.Contains(blindId))
        {
            throw new KeyRingException($"The key file '{keyFile}' does not hold the key '{blindId}' this database was created with: use the right key file.");
        }

        return new MasterKeys(ring, keyFile, blindId);
    }
}
