namespace Mamori.Core.Incidents;

/// <summary>What happened to the personal data (Art. 26: 漏えい、滅失若しくは毀損). Stored by name: do not rename.</summary>
public enum BreachKind
{
    /// <summary>漏えい: the data went out (sent to the wrong address, stolen, readable on the internet).</summary>
    Leak,

    /// <summary>滅失: the data is lost (deleted with no backup, a lost paper file).</summary>
    Loss,

    /// <summary>毀損: the data was altered or made unusable (tampered with, encrypted by ransomware without a backup).</summary>
    Damage,
}
