namespace Mamori.Scanning.Configuration;

/// <summary>A settings file that cannot be used. The message says where and why, and never quotes list values.</summary>
public sealed class ScanConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScanConfigException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Where and why.</param>
    public ScanConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Where and why.</param>
    /// <param name="innerException">The parser's exception.</param>
    public ScanConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
