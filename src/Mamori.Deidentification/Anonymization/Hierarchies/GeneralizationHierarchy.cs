namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// A generalisation hierarchy for one quasi-identifier: level 0 is the value itself (after any
/// top/bottom coding of unusual values, Rules Art. 34(4)), each higher level is coarser, and the
/// top level is <see cref="Top"/> for every value.
/// </summary>
/// <remarks>
/// Levels must nest: two values with the same label at level <c>n</c> must have the same label at
/// level <c>n + 1</c>. The engine checks this on the data and refuses a hierarchy that breaks it,
/// because the lattice search relies on it. Implementations must be thread-safe.
/// </remarks>
public abstract class GeneralizationHierarchy
{
    /// <summary>The label of the top level: the value is fully suppressed.</summary>
    public const string Top = "*";

    /// <summary>The label built-in hierarchies give, below the top level, to values they cannot read (blank, malformed).</summary>
    public const string Unknown = "不明";

    /// <summary>The levels, from 0 (the value) to the top (<see cref="Top"/>); at least two.</summary>
    public abstract IReadOnlyList<HierarchyLevel> Levels { get; }

    /// <summary>The number of levels.</summary>
    public int LevelCount => Levels.Count;

    /// <summary>Writes the label of <paramref name="value"/> at every level.</summary>
    /// <param name="value">A cell value.</param>
    /// <param name="labels">Receives one label per level; its length is <see cref="LevelCount"/>.</param>
    /// <returns>False when the hierarchy does not cover the value (only user-supplied hierarchies do that).</returns>
    public abstract bool TryGeneralize(string value, Span<string> labels);

    /// <summary>The label of <paramref name="value"/> at <paramref name="level"/>.</summary>
    /// <param name="value">A cell value.</param>
    /// <param name="level">0 to <see cref="LevelCount"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level does not exist.</exception>
    /// <exception cref="ArgumentException">The hierarchy does not cover the value (the value is not repeated in the message).</exception>
    public string Generalize(string value, int level)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, LevelCount);
        var labels = new string[LevelCount];
        if (!TryGeneralize(value, labels))
        {
            throw new ArgumentException("The value is not covered by this generalisation hierarchy.", nameof(value));
        }

        return labels[level];
    }
}
