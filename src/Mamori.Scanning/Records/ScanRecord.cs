namespace Mamori.Scanning.Records;

/// <summary>One thing a scan reports about a path: a finding, a classified column, a database flag, an error or a file summary.</summary>
/// <param name="Path">The path as reported: a file path, <c>archive.zip!inner/file.csv</c>, or <c>postgres://host/db/schema.table</c>.</param>
public abstract record ScanRecord(string Path);
