namespace Mamori.Core.Incidents;

/// <summary>How the leaked data was protected. Stored by name: do not rename.</summary>
public enum LeakedDataProtection
{
    /// <summary>In clear (or protected in a way that does not keep it unreadable).</summary>
    None,

    /// <summary>Encrypted, but not to the standard of Rules Art. 7 (weak algorithm, or the key leaked too).</summary>
    Encrypted,

    /// <summary>
    /// 高度な暗号化その他の個人の権利利益を保護するために必要な措置: encrypted to a high standard with the key kept safe
    /// (Rules Art. 7 (1)); such data does not make the incident reportable.
    /// </summary>
    StrongEncryption,

    /// <summary>仮名加工情報 (Art. 41(9), 42(3)): the Art. 26 duties do not apply to pseudonymously processed information.</summary>
    Pseudonymised,
}
