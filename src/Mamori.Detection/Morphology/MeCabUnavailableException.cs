namespace Mamori.Detection.Morphology;

/// <summary>
/// MeCab or its dictionary could not be loaded. The message says what is missing and the exact
/// command that installs it.
/// </summary>
public sealed class MeCabUnavailableException : Exception
{
    /// <summary>The apt command that installs MeCab and the IPADIC dictionary on Debian.</summary>
    public const string InstallCommand = "sudo apt-get install -y libmecab2 mecab-ipadic-utf8";

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is missing.</param>
    public MeCabUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The failure reported by the runtime.</param>
    public MeCabUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public MeCabUnavailableException()
        : base("MeCab is not available. Install it with: " + InstallCommand)
    {
    }
}
