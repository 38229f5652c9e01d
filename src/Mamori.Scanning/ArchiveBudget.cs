namespace Mamori.Scanning;

/// <summary>Bytes left to inflate for one top-level archive and everything nested in it.</summary>
internal sealed class ArchiveBudget(long totalBytes)
{
    private long _remaining = totalBytes;

    public bool Exhausted => Interlocked.Read(ref _remaining) <= 0;

    /// <summary>Takes <paramref name="bytes"/> from the budget; false once it is spent.</summary>
    public bool TryTake(long bytes) => Interlocked.Add(ref _remaining, -bytes) >= 0;
}
