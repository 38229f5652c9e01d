namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// One dictionary-encoded column of a <see cref="ColumnarTable"/>: each distinct value is stored
/// once in <see cref="Values"/> and each row holds an <see cref="int"/> code into it, so a million
/// rows of ten columns take about 40 MB plus the distinct strings.
/// </summary>
public sealed class EncodedColumn
{
    private readonly string[] _values;
    private readonly int[] _codes;

    internal EncodedColumn(string name, string[] values, int[] codes, int rowCount)
    {
        Name = name;
        _values = values;
        _codes = codes;
        RowCount = rowCount;
    }

    /// <summary>The column name (header).</summary>
    public string Name { get; }

    /// <summary>The distinct values; a row's code indexes this list.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>One code per row.</summary>
    public ReadOnlySpan<int> Codes => _codes.AsSpan(0, RowCount);

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The value of a row.</summary>
    /// <param name="row">0-based row index.</param>
    public string this[int row] => _values[Codes[row]];

    internal string[] ValueArray => _values;

    internal int[] CodeArray => _codes;
}
