using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mamori.Deidentification.Anonymization.Engine;

/// <summary>
/// Maps non-negative <see cref="long"/> keys to dense ids 0, 1, 2, … in order of first sight: an
/// open-addressing table with linear probing whose slots are invalidated by a generation stamp, so
/// a reset costs nothing however large the table grew.
/// </summary>
internal sealed class KeyGrouper
{
    private long[] _keys = [];
    private int[] _ids = [];
    private int[] _stamps = [];
    private int _stamp;
    private int _shift;
    private int _mask;

    /// <summary>The number of distinct keys seen since the last <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets all keys and makes room for <paramref name="expected"/> distinct keys.</summary>
    public void Reset(int expected)
    {
        var capacity = (int)Math.Min(1L << 30, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2)));
        if (capacity > _keys.Length)
        {
            _keys = new long[capacity];
            _ids = new int[capacity];
            _stamps = new int[capacity];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }

        _mask = _keys.Length - 1;
        _shift = 64 - BitOperations.Log2((uint)_keys.Length);
        Count = 0;
    }

    /// <summary>The id of <paramref name="key"/>, adding it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(long key, out bool added)
    {
        var slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
        var stamps = _stamps;
        var keys = _keys;
        while (true)
        {
            if (stamps[slot] != _stamp)
            {
                stamps[slot] = _stamp;
                keys[slot] = key;
                var id = Count++;
                _ids[slot] = id;
                added = true;
                return id;
            }

            if (keys[slot] == key)
            {
                added = false;
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }
}
