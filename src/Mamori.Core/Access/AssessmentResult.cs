namespace Mamori.Core.Access;

/// <summary>The outcome of a contractor assessment (委託先の監督・点検, Art. 25).</summary>
public enum AssessmentResult
{
    /// <summary>適合: the contractor's safeguards meet the contract.</summary>
    Satisfactory,

    /// <summary>要改善: acceptable, with improvements to follow up.</summary>
    NeedsImprovement,

    /// <summary>不適合: the safeguards do not meet the contract; the contractor's access is suspended.</summary>
    Unsatisfactory,
}
