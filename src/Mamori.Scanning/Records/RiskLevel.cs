namespace Mamori.Scanning.Records;

/// <summary>How much care a file needs, from the APPI categories found in it (see <see cref="RiskRule"/>).</summary>
public enum RiskLevel
{
    /// <summary>Nothing personal found.</summary>
    None,

    /// <summary>低: only personal-related information (cookie ids, IP addresses…).</summary>
    Low,

    /// <summary>中: personal information (names, addresses, phone numbers…).</summary>
    Medium,

    /// <summary>高: individual identification codes or special care-required information.</summary>
    High,
}
