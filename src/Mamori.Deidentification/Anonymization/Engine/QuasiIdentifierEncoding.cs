using System.Globalization;
using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>
/// One quasi-identifier prepared for integer work: for every level, the code each distinct value
/// (leaf) generalises to, the labels, how many leaves and rows each label covers, and the maps
/// from one level's codes to a coarser level's, so that grouping never touches a string.
/// </summary>
internal sealed class QuasiIdentifierEncoding
{
    /// <summary>
    /// The "level" of the column's own codes, one per distinct input value, below level 0 (level 0
    /// may already merge values, e.g. by top coding or by reading 1985/4/1 and 1985-04-01 alike).
    /// </summary>
    public const int LeafLevel = -1;

    private readonly int[][][] _up;

    private QuasiIdentifierEncoding(string name, GeneralizationHierarchy hierarchy, int minLevel, int maxLevel, int[] leafCodes, int[][] generalized, string[][] labels)
    {
        Name = name;
        Hierarchy = hierarchy;
        MinLevel = minLevel;
        MaxLevel = maxLevel;
        LeafCodes = leafCodes;
        Generalized = generalized;
        Labels = labels;
        LevelCount = labels.Length;
        Distinct = generalized[0].Length;
        _up = new int[LevelCount][][];
    }

    public string Name { get; }

    public GeneralizationHierarchy Hierarchy { get; }

    public int MinLevel { get; }

    public int MaxLevel { get; }

    public int LevelCount { get; }

    /// <summary>The number of distinct values in the column (leaves).</summary>
    public int Distinct { get; }

    /// <summary>The column's code per row (the leaf code).</summary>
    public int[] LeafCodes { get; }

    /// <summary>[level][leaf] → the leaf's code at that level.</summary>
    public int[][] Generalized { get; }

    /// <summary>[level][code] → label.</summary>
    public string[][] Labels { get; }

    /// <summary>[level][code] → number of leaves that generalise to it.</summary>
    public int[][] Leaves { get; private set; } = [];

    /// <summary>[level] → Σ over rows of (leaves of the row's label − 1): the numerator of the loss metric.</summary>
    public long[] LossSum { get; private set; } = [];

    /// <summary>[level] → rows whose label alone is shared by fewer than k rows.</summary>
    public long[] RowsInSmallGroups { get; private set; } = [];

    /// <summary>The number of labels at a level.</summary>
    public int Radix(int level) => Labels[level].Length;

    /// <summary>Maps codes at <paramref name="from"/> (or <see cref="LeafLevel"/>) to codes at <paramref name="to"/>; null when the levels are equal.</summary>
    public int[]? Map(int from, int to) => from == to ? null : from == LeafLevel ? Generalized[to] : _up[from][to];

    /// <summary>Generalises a column's distinct values and measures every level.</summary>
    public static QuasiIdentifierEncoding Create(EncodedColumn column, QuasiIdentifier quasiIdentifier, int k, int maxLevel)
    {
        var hierarchy = quasiIdentifier.Hierarchy;
        var levelCount = hierarchy.LevelCount;
        var values = column.ValueArray;
        var generalized = new int[levelCount][];
        var interned = new Dictionary<string, int>[levelCount];
        var labels = new List<string>[levelCount];
        for (var level = 0; level < levelCount; level++)
        {
            generalized[level] = new int[values.Length];
            interned[level] = new Dictionary<string, int>(StringComparer.Ordinal);
            labels[level] = [];
        }

        var buffer = new string[levelCount];
        for (var leaf = 0; leaf < values.Length; leaf++)
        {
            Array.Clear(buffer);
            if (!hierarchy.TryGeneralize(values[leaf], buffer))
            {
                var row = column.Codes.IndexOf(leaf);
                throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture,
                    $"Column '{column.Name}', row {row + 1}: the value is not covered by the column's generalisation hierarchy."));
            }

            for (var level = 0; level < levelCount; level++)
            {
                var label = buffer[level] ?? throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture,
                    $"The generalisation hierarchy of column '{column.Name}' gave no label at level {level}."));
                if (!interned[level].TryGetValue(label, out var code))
                {
                    code = labels[level].Count;
                    interned[level].Add(label, code);
                    labels[level].Add(label);
                }

                generalized[level][leaf] = code;
            }
        }

        var labelArrays = new string[levelCount][];
        for (var level = 0; level < levelCount; level++)
        {
            labelArrays[level] = [.. labels[level]];
        }

        var encoding = new QuasiIdentifierEncoding(column.Name, hierarchy, quasiIdentifier.MinLevel, maxLevel, column.CodeArray, generalized, labelArrays);
        encoding.BuildLevelMaps();
        encoding.Measure(column.Codes, k);
        return encoding;
    }

    /// <summary>Checks that the levels nest and builds the code maps between levels in the search range.</summary>
    private void BuildLevelMaps()
    {
        for (var from = 0; from < LevelCount - 1; from++)
        {
            var storeAll = from >= MinLevel;
            for (var to = from + 1; to < LevelCount; to++)
            {
                if (!storeAll && to != from + 1)
                {
                    continue;
                }

                var map = new int[Radix(from)];
                map.AsSpan().Fill(-1);
                var source = Generalized[from];
                var target = Generalized[to];
                for (var leaf = 0; leaf < source.Length; leaf++)
                {
                    ref var slot = ref map[source[leaf]];
                    if (slot < 0)
                    {
                        slot = target[leaf];
                    }
                    else if (slot != target[leaf])
                    {
                        throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture,
                            $"The generalisation hierarchy of column '{Name}' does not nest: values that share a label at level {from} get different labels at level {to}."));
                    }
                }

                if (storeAll)
                {
                    _up[from] ??= new int[LevelCount][];
                    _up[from][to] = map;
                }
            }
        }
    }

    private void Measure(ReadOnlySpan<int> rowCodes, int k)
    {
        var leafRows = new int[Distinct];
        foreach (var code in rowCodes)
        {
            leafRows[code]++;
        }

        Leaves = new int[LevelCount][];
        LossSum = new long[LevelCount];
        RowsInSmallGroups = new long[LevelCount];
        for (var level = 0; level < LevelCount; level++)
        {
            var leaves = new int[Radix(level)];
            var rows = new long[Radix(level)];
            var map = Generalized[level];
            for (var leaf = 0; leaf < Distinct; leaf++)
            {
                leaves[map[leaf]]++;
                rows[map[leaf]] += leafRows[leaf];
            }

            long loss = 0, small = 0;
            for (var code = 0; code < leaves.Length; code++)
            {
                loss += rows[code] * (leaves[code] - 1);
                if (rows[code] < k)
                {
                    small += rows[code];
                }
            }

            Leaves[level] = leaves;
            LossSum[level] = loss;
            RowsInSmallGroups[level] = small;
        }
    }
}
