namespace Mamori.Core.Security;

/// <summary>A subject's data key encrypted under a master key (AES-256-GCM: nonce, tag, ciphertext).</summary>
/// <param name="MasterKeyId">The master key that wraps it.</param>
/// <param name="Blob">Nonce (12) + tag (16) + ciphertext (32).</param>
public sealed record WrappedKey(string MasterKeyId, byte[] Blob);
