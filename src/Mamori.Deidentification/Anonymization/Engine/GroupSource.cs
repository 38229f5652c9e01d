namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>
/// What a node's equivalence classes are computed from: the rows themselves, or the classes of a
/// finer, already evaluated node (a snapshot) with their sizes, which is far smaller higher up.
/// With l-diversity a snapshot entry is a (class, sensitive value) pair.
/// </summary>
internal sealed class GroupSource(int count, int[] levels, int[][] codes, int[]? weights, int[]? sensitive)
{
    /// <summary>Number of entries.</summary>
    public int Count { get; } = count;

    /// <summary>The level each quasi-identifier's codes are at (<see cref="QuasiIdentifierEncoding.LeafLevel"/> for the rows).</summary>
    public int[] Levels { get; } = levels;

    /// <summary>[quasi-identifier][entry] → code at <see cref="Levels"/>.</summary>
    public int[][] Codes { get; } = codes;

    /// <summary>[entry] → rows it stands for; null when every entry is one row.</summary>
    public int[]? Weights { get; } = weights;

    /// <summary>[entry] → code of the l-diversity column; null without l-diversity.</summary>
    public int[]? Sensitive { get; } = sensitive;

    /// <summary>When this snapshot was last used (for eviction).</summary>
    public long LastUsed { get; set; }

    /// <summary>True when every level is at or below the node's: the node's classes are unions of these entries.</summary>
    public bool Generalizes(ReadOnlySpan<int> node)
    {
        for (var i = 0; i < node.Length; i++)
        {
            if (Levels[i] > node[i])
            {
                return false;
            }
        }

        return true;
    }
}
