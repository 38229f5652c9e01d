namespace Mamori.Deidentification.Operators;

/// <summary>How coarse a generalised date is.</summary>
public enum DateGranularity
{
    /// <summary>Year and month: <c>1985-04</c>.</summary>
    Month,

    /// <summary>The year: <c>1985</c>.</summary>
    Year,

    /// <summary>The decade: <c>1980年代</c>.</summary>
    Decade,
}
