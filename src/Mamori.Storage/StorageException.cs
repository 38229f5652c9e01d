namespace Mamori.Storage;

/// <summary>
/// The platform's database cannot be used or refused an operation. The message says what failed, where
/// (a file path, or host, database and schema — never a password) and what to do; it never holds a
/// personal value.
/// </summary>
public class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
