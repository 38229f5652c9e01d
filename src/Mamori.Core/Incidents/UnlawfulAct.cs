namespace Mamori.Core.Incidents;

/// <summary>
/// Whether the incident was (or may have been) caused by an act with an unlawful purpose — trigger 3 of Rules Art. 7.
/// Stored by name: do not rename.
/// </summary>
public enum UnlawfulAct
{
    /// <summary>No unlawful act: a mistake, a lost device, a misconfiguration.</summary>
    None,

    /// <summary>不正アクセス: intrusion into a system.</summary>
    UnauthorizedAccess,

    /// <summary>ランサムウェア: ransomware or other malware.</summary>
    Ransomware,

    /// <summary>従業者による持ち出し: an employee or contractor took the data out.</summary>
    InsiderTheft,

    /// <summary>フォームの改ざん（スキミング）: a web form altered to copy what people type (data being collected counts since 2024-04-01).</summary>
    FormSkimming,

    /// <summary>盗難: a device or papers stolen.</summary>
    Theft,

    /// <summary>その他の不正な目的による行為.</summary>
    Other,
}
