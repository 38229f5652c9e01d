namespace Mamori.Storage;

/// <summary>
/// A write was refused because a row with the same key already exists (a subject id, a user name, a
/// token hash, a purpose code and version…). Nothing of the failed call was written.
/// </summary>
public sealed class StorageConflictException : StorageException
{
    public StorageConflictException()
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The table where the conflict occurred, when known.</summary>
    public string? Table { get; init; }
}
