namespace Mamori.Evaluation.Scoring;

/// <summary>When a finding counts as the gold entity it points at (see <see cref="Scorer"/> for the exact rules).</summary>
public enum MatchMode
{
    /// <summary>Same entity id, same start, same length.</summary>
    Exact,

    /// <summary>Same entity id and at least one shared code unit, one-to-one.</summary>
    Overlap,
}
