namespace Mamori.Core.Access;

/// <summary>Where an entrustment stands.</summary>
public enum EntrustmentStatus
{
    /// <summary>有効: the contractor may act within the entrustment until its end.</summary>
    Active,

    /// <summary>停止中: access stopped, e.g. after an unsatisfactory assessment; a passing assessment resumes it.</summary>
    Suspended,

    /// <summary>終了: the contract ended; no access ever again.</summary>
    Ended,
}
