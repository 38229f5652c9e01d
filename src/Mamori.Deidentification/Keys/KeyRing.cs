using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mamori.Deidentification.Keys;

/// <summary>
/// The master keys used to pseudonymise and encrypt, each with an id recorded beside what it
/// produced so the right key can undo it later. Keys come from a key file (JSON, permissions
/// 600) or from the environment — never from the command line. Purpose keys are derived from a
/// master key with HKDF-SHA256, so one master key serves every operator without reuse.
/// </summary>
public sealed class KeyRing
{
    /// <summary>Environment variable naming a key file.</summary>
    public const string FileVariable = "MAMORI_KEY_FILE";

    /// <summary>Environment variable holding one base64 master key (32 bytes or more), id <c>env</c>.</summary>
    public const string KeyVariable = "MAMORI_KEY";

    private const int MasterKeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    private KeyRing(Dictionary<string, byte[]> keys, string activeKeyId)
    {
        _keys = keys;
        ActiveKeyId = activeKeyId;
    }

    /// <summary>The id of the key used for new output.</summary>
    public string ActiveKeyId { get; }

    /// <summary>The ids of every key held.</summary>
    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    /// <summary>Creates a key ring holding one fresh random key (not saved).</summary>
    public static KeyRing Generate()
    {
        var id = NewKeyId();
        return new KeyRing(new Dictionary<string, byte[]> { [id] = RandomNumberGenerator.GetBytes(MasterKeyBytes) }, id);
    }

    /// <summary>Creates a key ring from raw key bytes (for code that keeps keys elsewhere).</summary>
    /// <param name="keyId">The id recorded with output.</param>
    /// <param name="material">At least 32 random bytes.</param>
    public static KeyRing FromKey(string keyId, ReadOnlySpan<byte> material)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        if (material.Length < MasterKeyBytes)
        {
            throw new KeyRingException($"The key '{keyId}' is {material.Length} bytes; a master key needs at least {MasterKeyBytes}.");
        }

        return new KeyRing(new Dictionary<string, byte[]> { [keyId] = material.ToArray() }, keyId);
    }

    /// <summary>
    /// Loads the key ring named by the environment: <c>MAMORI_KEY_FILE</c> (a key file), else
    /// <c>MAMORI_KEY</c> (one base64 key), else <paramref name="defaultFile"/> when it exists.
    /// </summary>
    /// <param name="defaultFile">A key file to use when no variable is set, or null.</param>
    /// <exception cref="KeyRingException">No key is available, or it is malformed.</exception>
    public static KeyRing FromEnvironment(string? defaultFile = null)
    {
        var file = Environment.GetEnvironmentVariable(FileVariable);
        if (!string.IsNullOrWhiteSpace(file))
        {
            return Load(file);
        }

        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (!string.IsNullOrWhiteSpace(key))
        {
            try
            {
                return FromKey("env", Convert.FromBase64String(key.Trim()));
            }
            catch (FormatException ex)
            {
                throw new KeyRingException($"{KeyVariable} is not base64. Create a key with 'mamori keys create FILE' and set {FileVariable}=FILE instead.", ex);
            }
        }

        if (defaultFile is not null && File.Exists(defaultFile))
        {
            return Load(defaultFile);
        }

        throw new KeyRingException(
            $"No key: set {FileVariable} to a key file (create one with 'mamori keys create FILE') or {KeyVariable} to a base64 key, or pass --key-file.");
    }

    /// <summary>Loads a key file.</summary>
    /// <param name="path">The file written by <see cref="Save"/>.</param>
    /// <exception cref="KeyRingException">The file is missing or malformed.</exception>
    public static KeyRing Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new KeyRingException($"The key file '{path}' does not exist. Create one with 'mamori keys create {path}'.");
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new KeyRingException($"The key file '{path}' is not a JSON object.");
            var active = root["active"]?.GetValue<string>()
                ?? throw new KeyRingException($"The key file '{path}' has no \"active\" key id.");
            var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in root["keys"]?.AsArray() ?? [])
            {
                var id = entry?["id"]?.GetValue<string>();
                var material = entry?["material"]?.GetValue<string>();
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(material))
                {
                    throw new KeyRingException($"The key file '{path}' has a key without \"id\" or \"material\".");
                }

                var bytes = Convert.FromBase64String(material);
                if (bytes.Length < MasterKeyBytes)
                {
                    throw new KeyRingException($"The key '{id}' in '{path}' is {bytes.Length} bytes; a master key needs at least {MasterKeyBytes}.");
                }

                keys[id] = bytes;
            }

            return keys.ContainsKey(active)
                ? new KeyRing(keys, active)
                : throw new KeyRingException($"The key file '{path}' names the active key '{active}', which it does not hold.");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new KeyRingException($"The key file '{path}' is malformed ({ex.GetType().Name}). Restore it from a backup; without it, reversible output cannot be restored.", ex);
        }
    }

    /// <summary>Writes the key ring to a file readable only by its owner (permissions 600).</summary>
    /// <param name="path">Where to write; an existing file is not overwritten.</param>
    /// <exception cref="KeyRingException">The file already exists.</exception>
    public void Save(string path)
    {
        var root = new JsonObject
        {
            ["version"] = 1,
            ["active"] = ActiveKeyId,
            ["keys"] = new JsonArray([.. _keys.Select(pair => (JsonNode)new JsonObject
            {
                ["id"] = pair.Key,
                ["material"] = Convert.ToBase64String(pair.Value),
            })]),
        };

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        }
        catch (IOException ex) when (File.Exists(path))
        {
            throw new KeyRingException($"The key file '{path}' already exists; it is never overwritten.", ex);
        }
    }

    /// <summary>A copy of this ring with one more, freshly generated key that becomes the active one (key rotation).</summary>
    public KeyRing WithNewActiveKey()
    {
        var keys = new Dictionary<string, byte[]>(_keys, StringComparer.Ordinal);
        var id = NewKeyId();
        while (keys.ContainsKey(id))
        {
            id = NewKeyId();
        }

        keys[id] = RandomNumberGenerator.GetBytes(MasterKeyBytes);
        return new KeyRing(keys, id);
    }

    /// <summary>A copy of this ring without <paramref name="keyId"/> (after everything it protected was re-keyed).</summary>
    /// <param name="keyId">A key that is not the active one.</param>
    public KeyRing Without(string keyId)
    {
        if (keyId == ActiveKeyId)
        {
            throw new KeyRingException($"The key '{keyId}' is the active key and cannot be removed.");
        }

        var keys = new Dictionary<string, byte[]>(_keys, StringComparer.Ordinal);
        keys.Remove(keyId);
        return new KeyRing(keys, ActiveKeyId);
    }

    /// <summary>Writes the ring over an existing key file atomically (a temporary file, then a rename), keeping permissions 600.</summary>
    /// <param name="path">The key file.</param>
    public void Replace(string path)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        Save(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Derives the key for a purpose from the master key <paramref name="keyId"/>.</summary>
    /// <param name="purpose">What the key is for.</param>
    /// <param name="keyId">A key id held by this ring; the active key when null.</param>
    /// <exception cref="KeyRingException">The key id is not held.</exception>
    public byte[] Derive(KeyPurpose purpose, string? keyId = null)
    {
        keyId ??= ActiveKeyId;
        if (!_keys.TryGetValue(keyId, out var master))
        {
            throw new KeyRingException($"The key '{keyId}' is not in this key ring: use the key file that produced the data.");
        }

        var length = purpose == KeyPurpose.DeterministicEncryption ? 64 : 32;
        if (!Enum.IsDefined(purpose))
        {
            throw new ArgumentOutOfRangeException(nameof(purpose));
        }

        return HKDF.DeriveKey(HashAlgorithmName.SHA256, master, length, salt: [], info: Encoding.ASCII.GetBytes("mamori/" + purpose));
    }

    private static string NewKeyId() => "k" + DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
}
