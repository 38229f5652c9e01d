namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// An immutable in-memory table of strings stored by column, each column dictionary-encoded
/// (<see cref="EncodedColumn"/>). Build one with <see cref="ColumnarTableBuilder"/> or
/// <see cref="FromRows"/>. Row numbers in messages are 1-based data rows (the header not counted).
/// </summary>
public sealed class ColumnarTable
{
    private readonly EncodedColumn[] _columns;
    private readonly Dictionary<string, int> _indexByName;

    internal ColumnarTable(EncodedColumn[] columns, int rowCount)
    {
        _columns = columns;
        RowCount = rowCount;
        _indexByName = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            _indexByName.Add(columns[i].Name, i);
        }
    }

    /// <summary>The number of data rows.</summary>
    public int RowCount { get; }

    /// <summary>The columns, in header order.</summary>
    public IReadOnlyList<EncodedColumn> Columns => _columns;

    /// <summary>The header.</summary>
    public IReadOnlyList<string> ColumnNames => Array.ConvertAll(_columns, c => c.Name);

    /// <summary>The column with this name.</summary>
    /// <param name="name">A header name (compared ordinally).</param>
    /// <exception cref="AnonymizationException">No column has this name.</exception>
    public EncodedColumn this[string name] => _columns[IndexOf(name)];

    /// <summary>Creates a table from a header and rows of strings.</summary>
    /// <param name="header">Column names, distinct and non-empty.</param>
    /// <param name="rows">Rows, each as wide as the header.</param>
    /// <exception cref="AnonymizationException">The header repeats a name, or a row has the wrong width (its number is given).</exception>
    public static ColumnarTable FromRows(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new ColumnarTableBuilder(header);
        var buffer = new string[header.Count];
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row);
            if (row.Count != buffer.Length)
            {
                builder.AddRow(row is string[] array ? array : [.. row]);
                continue;
            }

            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = row[i];
            }

            builder.AddRow(buffer);
        }

        return builder.Build();
    }

    /// <summary>The index of the column with this name, or -1.</summary>
    /// <param name="name">A header name (compared ordinally).</param>
    public int GetColumnIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _indexByName.TryGetValue(name, out var index) ? index : -1;
    }

    /// <summary>The value at a row and column.</summary>
    /// <param name="row">0-based row index.</param>
    /// <param name="column">0-based column index.</param>
    public string GetValue(int row, int column) => _columns[column][row];

    /// <summary>Copies a row's values into <paramref name="destination"/> (as long as the header).</summary>
    /// <param name="row">0-based row index.</param>
    /// <param name="destination">Receives one value per column.</param>
    public void GetRow(int row, Span<string> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, _columns.Length, nameof(destination));
        for (var i = 0; i < _columns.Length; i++)
        {
            destination[i] = _columns[i].ValueArray[_columns[i].CodeArray[row]];
        }
    }

    internal int IndexOf(string name)
    {
        var index = GetColumnIndex(name);
        return index >= 0 ? index : throw new AnonymizationException($"Unknown column '{name}': the table has no column of that name.");
    }
}
