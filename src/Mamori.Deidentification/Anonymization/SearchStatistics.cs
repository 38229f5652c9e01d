namespace Mamori.Deidentification.Anonymization;

/// <summary>How the lattice search went.</summary>
/// <param name="LatticeSize">Transformations in the search space (one level per quasi-identifier, within the bounds).</param>
/// <param name="NodesEvaluated">Transformations whose equivalence classes were computed.</param>
/// <param name="NodesRolledUp">Of those, how many were computed from a finer transformation's classes instead of from the rows.</param>
/// <param name="NodesRejectedByColumnCheck">Transformations rejected without grouping because one column alone leaves too many records in small groups.</param>
/// <param name="Elapsed">Wall-clock time of the whole anonymisation.</param>
public sealed record SearchStatistics(int LatticeSize, int NodesEvaluated, int NodesRolledUp, int NodesRejectedByColumnCheck, TimeSpan Elapsed);
