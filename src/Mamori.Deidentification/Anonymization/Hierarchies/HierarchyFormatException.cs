namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>A hierarchy file is malformed; <see cref="LineNumber"/> says where.</summary>
public sealed class HierarchyFormatException : AnonymizationException
{
    /// <summary>Creates the exception.</summary>
    public HierarchyFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, without values.</param>
    public HierarchyFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, without values.</param>
    /// <param name="innerException">The cause.</param>
    public HierarchyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a line of the file.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="message">What is wrong on that line, without values.</param>
    public HierarchyFormatException(int lineNumber, string message)
        : base($"Hierarchy file line {lineNumber}: {message}")
    {
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based line of the file at fault; 0 when the file as a whole is.</summary>
    public int LineNumber { get; }
}
