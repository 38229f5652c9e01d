using System.Globalization;

namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// Builds a <see cref="ColumnarTable"/> row by row, dictionary-encoding each column as it goes.
/// Not thread-safe; use once.
/// </summary>
public sealed class ColumnarTableBuilder
{
    private readonly string[] _names;
    private readonly Dictionary<string, int>[] _dictionaries;
    private readonly List<string>[] _values;
    private readonly int[][] _codes;
    private int _rowCount;
    private bool _built;

    /// <summary>Starts a table.</summary>
    /// <param name="header">Column names, distinct and non-empty.</param>
    /// <param name="capacity">Expected number of rows (optional, saves regrowth).</param>
    /// <exception cref="AnonymizationException">The header is empty, repeats a name or has a blank name.</exception>
    public ColumnarTableBuilder(IReadOnlyList<string> header, int capacity = 0)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (header.Count == 0)
        {
            throw new AnonymizationException("The table has no columns.");
        }

        _names = new string[header.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture, $"Column {i + 1} of the header has no name."));
            }

            if (!seen.Add(name))
            {
                throw new AnonymizationException($"The header names column '{name}' twice.");
            }

            _names[i] = name;
        }

        _dictionaries = new Dictionary<string, int>[_names.Length];
        _values = new List<string>[_names.Length];
        _codes = new int[_names.Length][];
        for (var i = 0; i < _names.Length; i++)
        {
            _dictionaries[i] = new Dictionary<string, int>(StringComparer.Ordinal);
            _values[i] = [];
            _codes[i] = new int[Math.Max(capacity, 16)];
        }
    }

    /// <summary>The number of rows added so far.</summary>
    public int RowCount => _rowCount;

    /// <summary>Adds a row; a null value is stored as an empty string.</summary>
    /// <param name="values">One value per column.</param>
    /// <exception cref="AnonymizationException">The row is not as wide as the header (the message gives its number).</exception>
    public void AddRow(params ReadOnlySpan<string?> values)
    {
        if (_built)
        {
            throw new InvalidOperationException("The table has already been built.");
        }

        if (values.Length != _names.Length)
        {
            throw new AnonymizationException(string.Create(CultureInfo.InvariantCulture,
                $"Row {_rowCount + 1} has {values.Length} values but the header has {_names.Length} columns."));
        }

        if (_rowCount == _codes[0].Length)
        {
            var size = checked(_rowCount * 2);
            for (var i = 0; i < _codes.Length; i++)
            {
                Array.Resize(ref _codes[i], size);
            }
        }

        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i] ?? string.Empty;
            var dictionary = _dictionaries[i];
            if (!dictionary.TryGetValue(value, out var code))
            {
                code = dictionary.Count;
                dictionary.Add(value, code);
                _values[i].Add(value);
            }

            _codes[i][_rowCount] = code;
        }

        _rowCount++;
    }

    /// <summary>Finishes the table; the builder cannot be used afterwards.</summary>
    public ColumnarTable Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The table has already been built.");
        }

        _built = true;
        var columns = new EncodedColumn[_names.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = new EncodedColumn(_names[i], [.. _values[i]], _codes[i], _rowCount);
            _dictionaries[i].Clear();
        }

        return new ColumnarTable(columns, _rowCount);
    }
}
