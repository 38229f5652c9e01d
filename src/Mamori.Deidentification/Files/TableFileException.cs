namespace Mamori.Deidentification.Files;

/// <summary>A table file cannot be read or written as asked. The message names the file and the line or row, never cell values.</summary>
public sealed class TableFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and what to do.</param>
    public TableFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong, where, and what to do.</param>
    /// <param name="innerException">The underlying failure.</param>
    public TableFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public TableFileException()
        : base("The table file could not be processed.")
    {
    }
}
