namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// No transformation within the allowed levels reaches the requested k (and l) with at most the
/// allowed share of rows suppressed. The message and the properties say what would work.
/// </summary>
public sealed class NoAnonymizationSolutionException : AnonymizationException
{
    /// <summary>Creates the exception.</summary>
    public NoAnonymizationSolutionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what would work.</param>
    public NoAnonymizationSolutionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what would work.</param>
    /// <param name="innerException">The cause.</param>
    public NoAnonymizationSolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its suggestions.</summary>
    /// <param name="message">What failed and what would work.</param>
    /// <param name="requiredSuppressionRate">The suppression rate the requested k and l need at the most general allowed transformation.</param>
    /// <param name="largestReachableK">The largest k reachable within the suppression limit there, or null when none (at least 2) is.</param>
    public NoAnonymizationSolutionException(string message, double requiredSuppressionRate, int? largestReachableK)
        : base(message)
    {
        RequiredSuppressionRate = requiredSuppressionRate;
        LargestReachableK = largestReachableK;
    }

    /// <summary>The suppression rate the requested k and l would need at the most general allowed transformation.</summary>
    public double RequiredSuppressionRate { get; }

    /// <summary>The largest k reachable within the suppression limit at the most general allowed transformation, or null when none is.</summary>
    public int? LargestReachableK { get; }
}
