namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// The input cannot be anonymised as asked: an unknown or undeclared column, an impossible k or l, a
/// value outside its hierarchy, a malformed hierarchy. Messages name columns, row and line numbers,
/// never cell values (they may be personal data). Nothing is output when this is thrown.
/// </summary>
public class AnonymizationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnonymizationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, without cell values.</param>
    public AnonymizationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, without cell values.</param>
    /// <param name="innerException">The cause.</param>
    public AnonymizationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
