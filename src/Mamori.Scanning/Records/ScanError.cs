namespace Mamori.Scanning.Records;

/// <summary>A path that could not be scanned, and why. The message never holds file contents or a stack trace.</summary>
/// <param name="Path">The path.</param>
/// <param name="Code">The kind of failure.</param>
/// <param name="Message">A short English explanation.</param>
public sealed record ScanError(string Path, ScanErrorCode Code, string Message) : ScanRecord(Path);
