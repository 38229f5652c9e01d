namespace Mamori.Core.Access;

/// <summary>Machine names of assessment results and entrustment statuses (<c>needs_improvement</c>, <c>ended</c>…), and back.</summary>
public static class AssessmentNames
{
    /// <summary>The machine name of a result.</summary>
    /// <param name="result">The result.</param>
    public static string Of(AssessmentResult result) => result switch
    {
        AssessmentResult.Satisfactory => "satisfactory",
        AssessmentResult.NeedsImprovement => "needs_improvement",
        AssessmentResult.Unsatisfactory => "unsatisfactory",
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    /// <summary>The machine name of a status.</summary>
    /// <param name="status">The status.</param>
    public static string Of(EntrustmentStatus status) => status switch
    {
        EntrustmentStatus.Active => "active",
        EntrustmentStatus.Suspended => "suspended",
        EntrustmentStatus.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Parses a result name (<c>satisfactory</c>, <c>needs_improvement</c> or <c>needs-improvement</c>, <c>unsatisfactory</c>; any case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="result">The result.</param>
    public static bool TryParseResult(string? name, out AssessmentResult result)
    {
        foreach (var candidate in Enum.GetValues<AssessmentResult>())
        {
            if (string.Equals(Of(candidate), name?.Replace('-', '_'), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>Parses a status name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="status">The status.</param>
    public static bool TryParseStatus(string? name, out EntrustmentStatus status)
    {
        foreach (var candidate in Enum.GetValues<EntrustmentStatus>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
