namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>
/// Finds the transformation with the least loss among those that reach k (and l) with at most the
/// allowed suppression, in two phases.
/// <para>
/// Phase 1 classifies every node in the spirit of ARX's Flash: nodes are visited bottom-up (by
/// height, then by lower bound); from each unclassified node a path is built greedily upwards
/// through unclassified successors, and the path is binary-searched for its lowest anonymous
/// node. Predictive tagging classifies the rest: all generalisations of an anonymous node are
/// anonymous and all specialisations of a non-anonymous node are not (classes only merge going
/// up, so rows in small or undiverse classes only become fewer). A node is rejected without
/// grouping when one column alone leaves more rows than the limit in groups smaller than k.
/// </para>
/// <para>
/// Phase 2 picks the optimum: the loss is at least the no-suppression lower bound, which is
/// monotone, so anonymous nodes are taken in order of lower bound and the scan stops once the
/// bound exceeds the best loss found. A node is only grouped here when its loss is not known
/// already (evaluated in phase 1, or equal to its bound because a specialisation suppressed
/// nothing). Ties go to the lower, then the first, node.
/// </para>
/// </summary>
internal sealed class LatticeSearch
{
    /// <summary>The largest search space accepted.</summary>
    public const int MaxNodes = 1 << 22;

    private const byte Unknown = 0;
    private const byte Anonymous = 1;
    private const byte NotAnonymous = 2;
    private const double Epsilon = 1e-12;

    private readonly QuasiIdentifierEncoding[] _qis;
    private readonly NodeEvaluator _evaluator;
    private readonly long _limit;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _strides;
    private readonly byte[] _tags;
    private readonly bool[] _suppressesNothing;
    private readonly double[] _lowerBounds;
    private readonly Dictionary<int, double> _losses = [];
    private readonly int[] _stack;
    private readonly int[] _levels;

    public LatticeSearch(QuasiIdentifierEncoding[] qis, NodeEvaluator evaluator, long suppressionLimit)
    {
        _qis = qis;
        _evaluator = evaluator;
        _limit = suppressionLimit;
        _min = new int[qis.Length];
        _max = new int[qis.Length];
        _strides = new int[qis.Length];
        long size = 1;
        for (var i = qis.Length - 1; i >= 0; i--)
        {
            _min[i] = qis[i].MinLevel;
            _max[i] = qis[i].MaxLevel;
            _strides[i] = (int)size;
            size *= _max[i] - _min[i] + 1;
        }

        Size = (int)size;
        _tags = new byte[Size];
        _suppressesNothing = new bool[Size];
        _lowerBounds = new double[Size];
        _stack = new int[Size];
        _levels = new int[qis.Length];
        for (var node = 0; node < Size; node++)
        {
            _lowerBounds[node] = evaluator.LowerBound(LevelsOf(node, _levels));
        }
    }

    /// <summary>Nodes in the search space.</summary>
    public int Size { get; }

    /// <summary>Nodes rejected by the single-column check.</summary>
    public int RejectedByColumnCheck { get; private set; }

    /// <summary>The number of nodes in a lattice with these level ranges, or -1 when above <see cref="MaxNodes"/>.</summary>
    public static long CountNodes(IReadOnlyList<(int Min, int Max)> ranges)
    {
        long size = 1;
        foreach (var (min, max) in ranges)
        {
            size *= max - min + 1;
            if (size > MaxNodes)
            {
                return -1;
            }
        }

        return size;
    }

    /// <summary>The levels of a node.</summary>
    public int[] LevelsOf(int node) => LevelsOf(node, new int[_qis.Length]);

    /// <summary>The most general node in the space.</summary>
    public int Top => Size - 1;

    /// <summary>Runs both phases; returns the optimal node, or -1 when no node is anonymous.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        Classify(cancellationToken);
        return Optimize(cancellationToken);
    }

    private void Classify(CancellationToken cancellationToken)
    {
        var order = new int[Size];
        var heights = new int[Size];
        for (var node = 0; node < Size; node++)
        {
            order[node] = node;
            heights[node] = Height(node);
        }

        Array.Sort(order, (a, b) =>
        {
            var byHeight = heights[a].CompareTo(heights[b]);
            if (byHeight != 0)
            {
                return byHeight;
            }

            var byBound = _lowerBounds[a].CompareTo(_lowerBounds[b]);
            return byBound != 0 ? byBound : a.CompareTo(b);
        });

        var path = new List<int>();
        foreach (var start in order)
        {
            if (_tags[start] != Unknown)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            BuildPath(start, path);
            var low = 0;
            var high = path.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var node = path[middle];
                var anonymous = _tags[node] == Unknown ? Check(node) : _tags[node] == Anonymous;
                if (anonymous)
                {
                    high = middle - 1;
                }
                else
                {
                    low = middle + 1;
                }
            }
        }
    }

    private int Optimize(CancellationToken cancellationToken)
    {
        var candidates = new List<int>();
        for (var node = 0; node < Size; node++)
        {
            if (_tags[node] == Anonymous)
            {
                candidates.Add(node);
            }
        }

        candidates.Sort(Compare);
        var best = -1;
        var bestLoss = double.PositiveInfinity;
        foreach (var node in candidates)
        {
            if (best >= 0 && _lowerBounds[node] > bestLoss + Epsilon)
            {
                break;
            }

            if (!_losses.TryGetValue(node, out var loss))
            {
                if (_suppressesNothing[node])
                {
                    loss = _lowerBounds[node];
                }
                else
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var outcome = _evaluator.Evaluate(LevelsOf(node));
                    if (!outcome.Anonymous)
                    {
                        throw new InvalidOperationException("A node predicted anonymous is not: a hierarchy does not nest.");
                    }

                    loss = outcome.Loss;
                    _losses[node] = loss;
                }
            }

            if (best < 0 || loss < bestLoss - Epsilon || (loss <= bestLoss + Epsilon && Compare(node, best) < 0))
            {
                best = node;
                bestLoss = loss;
            }
        }

        return best;
    }

    /// <summary>Orders nodes by lower bound, then height, then index.</summary>
    private int Compare(int a, int b)
    {
        var byBound = _lowerBounds[a].CompareTo(_lowerBounds[b]);
        if (byBound != 0)
        {
            return byBound;
        }

        var byHeight = Height(a).CompareTo(Height(b));
        return byHeight != 0 ? byHeight : a.CompareTo(b);
    }

    private bool Check(int node)
    {
        var levels = LevelsOf(node);
        for (var i = 0; i < _qis.Length; i++)
        {
            if (_qis[i].RowsInSmallGroups[levels[i]] > _limit)
            {
                RejectedByColumnCheck++;
                Tag(node, NotAnonymous);
                return false;
            }
        }

        var outcome = _evaluator.Evaluate(levels);
        if (!outcome.Anonymous)
        {
            Tag(node, NotAnonymous);
            return false;
        }

        _losses[node] = outcome.Loss;
        Tag(node, Anonymous);
        if (outcome.Suppressed == 0)
        {
            MarkSuppressesNothing(node);
        }

        return true;
    }

    /// <summary>From <paramref name="start"/> upwards through unclassified successors of least lower bound.</summary>
    private void BuildPath(int start, List<int> path)
    {
        path.Clear();
        var node = start;
        while (true)
        {
            path.Add(node);
            var next = -1;
            var levels = LevelsOf(node, _levels);
            for (var i = 0; i < levels.Length; i++)
            {
                if (levels[i] == _max[i])
                {
                    continue;
                }

                var successor = node + _strides[i];
                if (_tags[successor] == Unknown && (next < 0 || _lowerBounds[successor] < _lowerBounds[next]))
                {
                    next = successor;
                }
            }

            if (next < 0)
            {
                return;
            }

            node = next;
        }
    }

    /// <summary>Tags a node and, predictively, all its generalisations (anonymous) or specialisations (not).</summary>
    private void Tag(int node, byte tag)
    {
        var up = tag == Anonymous;
        var top = 0;
        _tags[node] = tag;
        _stack[top++] = node;
        var levels = new int[_qis.Length];
        while (top > 0)
        {
            var current = _stack[--top];
            LevelsOf(current, levels);
            for (var i = 0; i < levels.Length; i++)
            {
                if (up ? levels[i] == _max[i] : levels[i] == _min[i])
                {
                    continue;
                }

                var neighbour = up ? current + _strides[i] : current - _strides[i];
                if (_tags[neighbour] != tag)
                {
                    _tags[neighbour] = tag;
                    _stack[top++] = neighbour;
                }
            }
        }
    }

    /// <summary>Generalisations of a node that suppresses nothing suppress nothing either.</summary>
    private void MarkSuppressesNothing(int node)
    {
        var top = 0;
        _suppressesNothing[node] = true;
        _stack[top++] = node;
        var levels = new int[_qis.Length];
        while (top > 0)
        {
            var current = _stack[--top];
            LevelsOf(current, levels);
            for (var i = 0; i < levels.Length; i++)
            {
                if (levels[i] == _max[i])
                {
                    continue;
                }

                var successor = current + _strides[i];
                if (!_suppressesNothing[successor])
                {
                    _suppressesNothing[successor] = true;
                    _stack[top++] = successor;
                }
            }
        }
    }

    private int Height(int node)
    {
        var height = 0;
        for (var i = 0; i < _strides.Length; i++)
        {
            height += (node / _strides[i]) % (_max[i] - _min[i] + 1);
        }

        return height;
    }

    private int[] LevelsOf(int node, int[] levels)
    {
        for (var i = 0; i < _strides.Length; i++)
        {
            levels[i] = _min[i] + ((node / _strides[i]) % (_max[i] - _min[i] + 1));
        }

        return levels;
    }
}
