using System.Runtime.CompilerServices;

namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>
/// Computes the equivalence classes of a transformation (one level per quasi-identifier) with
/// integer work only: each entry's generalised codes are combined into one <see cref="long"/> key
/// (mixed radix, re-densified if the radix product would overflow), keys are grouped into dense
/// class ids by a direct table or a hash table, and class sizes, distinct sensitive values,
/// suppression and loss follow. Entries are rows, or the classes of a finer evaluated node kept
/// as a snapshot (roll-up). A grouping that passes rows / k + the suppression limit classes is
/// abandoned: such a node cannot be anonymous.
/// </summary>
internal sealed class NodeEvaluator
{
    private const int DirectLimit = 1 << 22;
    private const int MaxSnapshots = 64;

    private readonly QuasiIdentifierEncoding[] _qis;
    private readonly int _rowCount;
    private readonly int _k;
    private readonly int _l;
    private readonly long _limit;
    private readonly int _sensitiveRadix;
    private readonly GroupSource _root;
    private readonly List<GroupSource> _snapshots = [];
    private readonly long _snapshotBudget;
    private readonly long[] _keys;
    private readonly int[] _classOf;
    private readonly int[] _sizes;
    private readonly int[] _reps;
    private readonly int[] _distinct;
    private readonly int[] _pairReps;
    private readonly int[] _pairWeights;
    private readonly long[] _adjust;
    private readonly int[]?[] _maps;
    private readonly KeyGrouper _classMap = new();
    private readonly KeyGrouper _pairMap = new();
    private readonly KeyGrouper _denseMap = new();
    private int[] _directStamps = [];
    private int[] _directIds = [];
    private int _directStamp;
    private long _snapshotEntries;
    private long _clock;
    private int _pairCount;

    /// <param name="qis">The quasi-identifiers.</param>
    /// <param name="rowCount">Rows in the table.</param>
    /// <param name="k">Minimum class size.</param>
    /// <param name="l">Minimum distinct sensitive values per class; 1 for none.</param>
    /// <param name="sensitiveCodes">[row] → code of the l-diversity column; null for none.</param>
    /// <param name="sensitiveRadix">Distinct values of the l-diversity column.</param>
    /// <param name="suppressionLimit">The most rows that may be suppressed.</param>
    public NodeEvaluator(QuasiIdentifierEncoding[] qis, int rowCount, int k, int l, int[]? sensitiveCodes, int sensitiveRadix, long suppressionLimit)
    {
        _qis = qis;
        _rowCount = rowCount;
        _k = k;
        _l = sensitiveCodes is null ? 1 : l;
        _limit = suppressionLimit;
        _sensitiveRadix = Math.Max(1, sensitiveRadix);
        var codes = new int[qis.Length][];
        for (var i = 0; i < qis.Length; i++)
        {
            codes[i] = qis[i].LeafCodes;
        }

        var leafLevels = new int[qis.Length];
        leafLevels.AsSpan().Fill(QuasiIdentifierEncoding.LeafLevel);
        _root = new GroupSource(rowCount, leafLevels, codes, null, _l > 1 ? sensitiveCodes : null);
        _snapshotBudget = 2L * rowCount;
        _keys = new long[rowCount];
        _classOf = new int[rowCount];
        _sizes = new int[rowCount];
        _reps = new int[rowCount];
        _distinct = _l > 1 ? new int[rowCount] : [];
        _pairReps = _l > 1 ? new int[rowCount] : [];
        _pairWeights = _l > 1 ? new int[rowCount] : [];
        _adjust = new long[qis.Length];
        _maps = new int[qis.Length][];
    }

    /// <summary>Groupings computed.</summary>
    public int Evaluations { get; private set; }

    /// <summary>Groupings computed from a snapshot rather than the rows.</summary>
    public int RolledUp { get; private set; }

    /// <summary>
    /// The loss metric (Iyengar's LM, ARX's "Loss"): the mean over quasi-identifier cells of
    /// (leaves under the cell's label − 1) / (distinct values of the column − 1), a suppressed cell
    /// counting 1. <paramref name="adjust"/> removes the suppressed rows' generalised share.
    /// </summary>
    public double Loss(ReadOnlySpan<int> levels, ReadOnlySpan<long> adjust, long suppressed)
    {
        var sum = 0.0;
        for (var i = 0; i < _qis.Length; i++)
        {
            sum += ColumnLoss(i, levels[i], adjust.IsEmpty ? 0 : adjust[i], suppressed);
        }

        return sum / _qis.Length;
    }

    /// <summary>The loss if no row were suppressed: a lower bound of the loss, monotone in the lattice.</summary>
    public double LowerBound(ReadOnlySpan<int> levels) => Loss(levels, default, 0);

    /// <summary>Decides whether a transformation is anonymous and, if so, its loss.</summary>
    public NodeOutcome Evaluate(int[] levels)
    {
        Evaluations++;
        var source = PickSource(levels);
        if (!ReferenceEquals(source, _root))
        {
            RolledUp++;
        }

        var maxClasses = (int)Math.Min(source.Count, (_rowCount / _k) + _limit);
        var classes = Group(source, levels, maxClasses);
        if (classes < 0)
        {
            return new NodeOutcome(false, 0, double.NaN);
        }

        var suppressed = Suppress(source, levels, classes, out _);
        KeepSnapshot(source, levels, classes);
        return suppressed > _limit
            ? new NodeOutcome(false, suppressed, double.NaN)
            : new NodeOutcome(true, suppressed, Loss(levels, _adjust, suppressed));
    }

    /// <summary>Groups every row under the chosen transformation.</summary>
    public FinalGrouping Assign(int[] levels)
    {
        var classes = Group(_root, levels, _rowCount);
        var suppressed = Suppress(_root, levels, classes, out var failing);
        var columnLoss = new double[_qis.Length];
        for (var i = 0; i < columnLoss.Length; i++)
        {
            columnLoss[i] = ColumnLoss(i, levels[i], _adjust[i], suppressed);
        }

        return new FinalGrouping(
            _classOf.AsSpan(0, _rowCount).ToArray(),
            _sizes.AsSpan(0, classes).ToArray(),
            _l > 1 ? _distinct.AsSpan(0, classes).ToArray() : null,
            failing,
            suppressed,
            columnLoss,
            Loss(levels, _adjust, suppressed));
    }

    /// <summary>Class sizes and distinct counts at a transformation, for explaining a failure.</summary>
    public (int[] Sizes, int[]? Distinct) Classes(int[] levels)
    {
        var classes = Group(_root, levels, _rowCount);
        return (_sizes.AsSpan(0, classes).ToArray(), _l > 1 ? _distinct.AsSpan(0, classes).ToArray() : null);
    }

    private double ColumnLoss(int i, int level, long adjust, long suppressed)
    {
        var qi = _qis[i];
        var generalized = qi.Distinct > 1 ? (double)(qi.LossSum[level] - adjust) / (qi.Distinct - 1) : 0.0;
        return (generalized + suppressed) / _rowCount;
    }

    private GroupSource PickSource(int[] levels)
    {
        var best = _root;
        foreach (var snapshot in _snapshots)
        {
            if (snapshot.Count < best.Count && snapshot.Generalizes(levels))
            {
                best = snapshot;
            }
        }

        best.LastUsed = ++_clock;
        return best;
    }

    /// <summary>Fills class ids, representatives, sizes (and distinct counts); -1 when more than <paramref name="maxClasses"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Group(GroupSource source, int[] levels, int maxClasses)
    {
        var n = source.Count;
        var keys = _keys.AsSpan(0, n);
        long maxKey = 1;
        for (var i = 0; i < _qis.Length; i++)
        {
            var qi = _qis[i];
            var radix = qi.Radix(levels[i]);
            var map = qi.Map(source.Levels[i], levels[i]);
            _maps[i] = map;
            var codes = source.Codes[i].AsSpan(0, n);
            if (i == 0)
            {
                if (map is null)
                {
                    for (var e = 0; e < codes.Length; e++)
                    {
                        keys[e] = codes[e];
                    }
                }
                else
                {
                    for (var e = 0; e < codes.Length; e++)
                    {
                        keys[e] = map[codes[e]];
                    }
                }

                maxKey = radix;
                continue;
            }

            if (maxKey > long.MaxValue / radix)
            {
                maxKey = Densify(keys);
            }

            if (map is null)
            {
                for (var e = 0; e < codes.Length; e++)
                {
                    keys[e] = (keys[e] * radix) + codes[e];
                }
            }
            else
            {
                for (var e = 0; e < codes.Length; e++)
                {
                    keys[e] = (keys[e] * radix) + map[codes[e]];
                }
            }

            maxKey *= radix;
        }

        var classes = maxKey <= DirectLimit && maxKey <= 8L * n
            ? GroupDirect(keys, (int)maxKey, maxClasses)
            : GroupHashed(keys, maxClasses);
        if (classes < 0)
        {
            return -1;
        }

        var classOf = _classOf.AsSpan(0, n);
        var sizes = _sizes.AsSpan(0, classes);
        sizes.Clear();
        var weights = source.Weights;
        if (weights is null)
        {
            foreach (var c in classOf)
            {
                sizes[c]++;
            }
        }
        else
        {
            for (var e = 0; e < classOf.Length; e++)
            {
                sizes[classOf[e]] += weights[e];
            }
        }

        if (_l > 1)
        {
            CountDistinct(source, classes);
        }

        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int GroupDirect(Span<long> keys, int maxKey, int maxClasses)
    {
        var stamp = NextDirectStamp(maxKey);
        var stamps = _directStamps;
        var ids = _directIds;
        var classOf = _classOf;
        var reps = _reps;
        var classes = 0;
        for (var e = 0; e < keys.Length; e++)
        {
            var key = (int)keys[e];
            if (stamps[key] != stamp)
            {
                if (classes == maxClasses)
                {
                    return -1;
                }

                stamps[key] = stamp;
                ids[key] = classes;
                reps[classes] = e;
                classes++;
            }

            classOf[e] = ids[key];
        }

        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int GroupHashed(Span<long> keys, int maxClasses)
    {
        var map = _classMap;
        map.Reset(Math.Min(keys.Length, maxClasses + 1));
        var classOf = _classOf;
        var reps = _reps;
        for (var e = 0; e < keys.Length; e++)
        {
            var id = map.GetOrAdd(keys[e], out var added);
            if (added)
            {
                if (id == maxClasses)
                {
                    return -1;
                }

                reps[id] = e;
            }

            classOf[e] = id;
        }

        return map.Count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Densify(Span<long> keys)
    {
        _denseMap.Reset(keys.Length);
        for (var e = 0; e < keys.Length; e++)
        {
            keys[e] = _denseMap.GetOrAdd(keys[e], out _);
        }

        return _denseMap.Count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountDistinct(GroupSource source, int classes)
    {
        var n = source.Count;
        var sensitive = source.Sensitive!;
        var weights = source.Weights;
        var classOf = _classOf;
        var distinct = _distinct.AsSpan(0, classes);
        distinct.Clear();
        var maxKey = (long)classes * _sensitiveRadix;
        if (maxKey <= DirectLimit && maxKey <= 8L * n)
        {
            var stamp = NextDirectStamp((int)maxKey);
            var stamps = _directStamps;
            var ids = _directIds;
            var pairs = 0;
            for (var e = 0; e < n; e++)
            {
                var c = classOf[e];
                var key = (c * _sensitiveRadix) + sensitive[e];
                if (stamps[key] != stamp)
                {
                    stamps[key] = stamp;
                    ids[key] = pairs;
                    distinct[c]++;
                    _pairReps[pairs] = e;
                    _pairWeights[pairs] = 0;
                    pairs++;
                }

                _pairWeights[ids[key]] += weights is null ? 1 : weights[e];
            }

            _pairCount = pairs;
            return;
        }

        _pairMap.Reset(n);
        for (var e = 0; e < n; e++)
        {
            var c = classOf[e];
            var pair = _pairMap.GetOrAdd(((long)c * _sensitiveRadix) + sensitive[e], out var added);
            if (added)
            {
                distinct[c]++;
                _pairReps[pair] = e;
                _pairWeights[pair] = 0;
            }

            _pairWeights[pair] += weights is null ? 1 : weights[e];
        }

        _pairCount = _pairMap.Count;
    }

    /// <summary>Makes the direct table hold <paramref name="maxKey"/> slots and returns a fresh stamp that empties it.</summary>
    private int NextDirectStamp(int maxKey)
    {
        if (_directStamps.Length < maxKey)
        {
            var size = (int)Math.Min(DirectLimit, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)maxKey));
            _directStamps = new int[size];
            _directIds = new int[size];
            _directStamp = 0;
        }

        if (++_directStamp == int.MaxValue)
        {
            Array.Clear(_directStamps);
            _directStamp = 1;
        }

        return _directStamp;
    }

    /// <summary>Rows in classes that miss k or l; fills <see cref="_adjust"/> with their generalised loss share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Suppress(GroupSource source, int[] levels, int classes, out bool[] failing)
    {
        failing = new bool[classes];
        _adjust.AsSpan().Clear();
        long suppressed = 0;
        for (var c = 0; c < classes; c++)
        {
            var size = _sizes[c];
            if (size >= _k && (_l <= 1 || _distinct[c] >= _l))
            {
                continue;
            }

            failing[c] = true;
            suppressed += size;
            var rep = _reps[c];
            for (var i = 0; i < _qis.Length; i++)
            {
                var code = source.Codes[i][rep];
                var map = _maps[i];
                _adjust[i] += (long)size * (_qis[i].Leaves[levels[i]][map is null ? code : map[code]] - 1);
            }
        }

        return suppressed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void KeepSnapshot(GroupSource source, int[] levels, int classes)
    {
        var fine = _l > 1 ? _pairCount : classes;
        if (fine > _rowCount / 2 || fine * 2 > source.Count || fine > _snapshotBudget)
        {
            return;
        }

        while (_snapshots.Count >= MaxSnapshots || _snapshotEntries + fine > _snapshotBudget)
        {
            var oldest = 0;
            for (var i = 1; i < _snapshots.Count; i++)
            {
                if (_snapshots[i].LastUsed < _snapshots[oldest].LastUsed)
                {
                    oldest = i;
                }
            }

            _snapshotEntries -= _snapshots[oldest].Count;
            _snapshots.RemoveAt(oldest);
        }

        var reps = _l > 1 ? _pairReps : _reps;
        var codes = new int[_qis.Length][];
        for (var i = 0; i < codes.Length; i++)
        {
            var column = new int[fine];
            var sourceCodes = source.Codes[i];
            var map = _maps[i];
            for (var f = 0; f < fine; f++)
            {
                var code = sourceCodes[reps[f]];
                column[f] = map is null ? code : map[code];
            }

            codes[i] = column;
        }

        var weights = (_l > 1 ? _pairWeights : _sizes).AsSpan(0, fine).ToArray();
        int[]? sensitive = null;
        if (_l > 1)
        {
            sensitive = new int[fine];
            for (var f = 0; f < fine; f++)
            {
                sensitive[f] = source.Sensitive![reps[f]];
            }
        }

        _snapshots.Add(new GroupSource(fine, [.. levels], codes, weights, sensitive) { LastUsed = ++_clock });
        _snapshotEntries += fine;
    }
}
