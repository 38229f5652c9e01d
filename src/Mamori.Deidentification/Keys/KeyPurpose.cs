namespace Mamori.Deidentification.Keys;

/// <summary>What a derived key is for. Each purpose gets its own key, derived from the master key with HKDF.</summary>
public enum KeyPurpose
{
    /// <summary>HMAC-SHA256 keyed hashes (stable pseudonyms).</summary>
    KeyedHash,

    /// <summary>AES-SIV deterministic encryption (64-byte key).</summary>
    DeterministicEncryption,

    /// <summary>FF1 format-preserving encryption (AES-256 key).</summary>
    FormatPreservingEncryption,

    /// <summary>Choosing consistent surrogates and date shifts.</summary>
    Surrogate,

    /// <summary>Wrapping the per-subject data keys of the platform (AES-256-GCM key-encryption key).</summary>
    SubjectKeyWrap,

    /// <summary>The HMAC key chaining the platform's access log.</summary>
    AuditIntegrity,

    /// <summary>Blind indexes: HMAC-SHA256 of e-mail addresses, phone numbers and member ids for exact lookups.</summary>
    BlindIndex,
}
