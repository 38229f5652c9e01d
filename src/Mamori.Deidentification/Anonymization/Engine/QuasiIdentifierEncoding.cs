using System.Globalization;
using System.Runtime.CompilerServices;
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

        // Generalise every distinct value (in parallel chunks for large columns), then intern each level's labels.
        var raw = new string[levelCount][];
        for (var level = 0; level < levelCount; level++)
        {
            raw[level] = new string[values.Length];
        }

        var chunk = Math.Max(4096, values.Length / (4 * Environment.ProcessorCount));
        var chunks = (values.Length + chunk - 1) / chunk;
        var uncovered = new int[chunks];
        RunInParallel(chunks, c =>
        {
            uncovered[c] = -1;
            var buffer = new string[levelCount];
            var end = Math.Min(values.Length, (c + 1) * chunk);
            for (var leaf = c * chunk; leaf < end; leaf++)
            {
                Array.Clear(buffer);
                if (!hierarchy.TryGeneralize(values[leaf], buffer))
                {
                    uncovered[c] = leaf;
                    return;
                }

                for (var level = 0; level < levelCount; level++)
                {
                    raw[level][leaf] = buffer[level];
                }
            }
        });

        foreach (var leaf in uncovered)
        {
            if (leaf >= 0)
            {
                var row = column.Codes.IndexOf(leaf);
                throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture,
                    $"Column '{column.Name}', row {row + 1}: the value is not covered by the column's generalisation hierarchy."));
            }
        }

        var generalized = new int[levelCount][];
        var labels = new string[levelCount][];
        var missing = new bool[levelCount];
        RunInParallel(levelCount, level =>
        {
            var interned = new Dictionary<string, int>(StringComparer.Ordinal);
            var list = new List<string>();
            var codes = new int[values.Length];
            var source = raw[level];
            for (var leaf = 0; leaf < source.Length; leaf++)
            {
                var label = source[leaf];
                if (label is null)
                {
                    missing[level] = true;
                    return;
                }

                if (!interned.TryGetValue(label, out var code))
                {
                    code = list.Count;
                    interned.Add(label, code);
                    list.Add(label);
                }

                codes[leaf] = code;
            }

            generalized[level] = codes;
            labels[level] = [.. list];
        });

        var gap = Array.IndexOf(missing, true);
        if (gap >= 0)
        {
            throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture,
                $"The generalisation hierarchy of column '{column.Name}' gave no label at level {gap}."));
        }

        var encoding = new QuasiIdentifierEncoding(column.Name, hierarchy, quasiIdentifier.MinLevel, maxLevel, column.CodeArray, generalized, labels);
        encoding.BuildLevelMaps();
        encoding.Measure(column.Codes, k);
        return encoding;
    }

    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/> - 1, rethrowing the first failure unwrapped.</summary>
    private static void RunInParallel(int count, Action<int> body)
    {
        if (count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(aggregate.InnerExceptions[0]);
        }
    }

    /// <summary>Checks that the levels nest and builds the code maps between levels in the search range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
