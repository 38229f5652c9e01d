namespace Mamori.Scanning;

/// <summary>Progress of a running scan, reported after each file.</summary>
/// <param name="FilesDone">Files (and entries, tables) finished.</param>
/// <param name="CurrentPath">The path just finished.</param>
public readonly record struct ScanProgress(int FilesDone, string CurrentPath);
