namespace Mamori.Scanning.Records;

/// <summary>Why a path could not be scanned (machine names in <see cref="ScanErrorCodes"/>).</summary>
public enum ScanErrorCode
{
    /// <summary>The path does not exist.</summary>
    NotFound,

    /// <summary>The file could not be opened or read (permissions, I/O).</summary>
    Unreadable,

    /// <summary>The file is damaged or not of the format its name or header claims.</summary>
    Corrupt,

    /// <summary>The file or archive entry is encrypted or password-protected.</summary>
    Encrypted,

    /// <summary>An archive limit (size, ratio, depth, entries) was reached.</summary>
    LimitExceeded,

    /// <summary>A format Mamori cannot read (e.g. legacy binary Office files).</summary>
    Unsupported,

    /// <summary>A database could not be reached or queried.</summary>
    DatabaseFailed,
}
