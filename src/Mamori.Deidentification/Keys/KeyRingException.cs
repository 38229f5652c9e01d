namespace Mamori.Deidentification.Keys;

/// <summary>A key file or key variable is missing, unreadable or malformed, or a key id is unknown. The message says what to do.</summary>
public sealed class KeyRingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public KeyRingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The underlying failure.</param>
    public KeyRingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public KeyRingException()
        : base("The key ring could not be used.")
    {
    }
}
