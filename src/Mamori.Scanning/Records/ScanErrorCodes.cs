namespace Mamori.Scanning.Records;

/// <summary>Stable machine names of <see cref="ScanErrorCode"/>.</summary>
public static class ScanErrorCodes
{
    /// <summary>The machine name, e.g. <c>limit_exceeded</c>.</summary>
    /// <param name="code">The code.</param>
    public static string ToJsonName(this ScanErrorCode code) => code switch
    {
        ScanErrorCode.NotFound => "not_found",
        ScanErrorCode.Unreadable => "unreadable",
        ScanErrorCode.Corrupt => "corrupt",
        ScanErrorCode.Encrypted => "encrypted",
        ScanErrorCode.LimitExceeded => "limit_exceeded",
        ScanErrorCode.Unsupported => "unsupported",
        ScanErrorCode.DatabaseFailed => "database_failed",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown error code."),
    };
}
