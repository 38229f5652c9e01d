namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// Replaces values of one column of a <see cref="ColumnarTable"/> without touching the rows: the
/// column's dictionary is mapped and its codes renumbered (values that map to the same text merge),
/// the other columns are shared. Used before anonymisation to recode unusual values (Rules Art. 34(4)),
/// e.g. a rare diagnosis held by fewer than k records.
/// </summary>
public static class ColumnarTableRecoding
{
    /// <summary>A table whose <paramref name="column"/> holds <c>map(value)</c> instead of each value.</summary>
    /// <param name="table">The source table (unchanged).</param>
    /// <param name="column">The column to recode.</param>
    /// <param name="map">The new text of each distinct value; called once per distinct value.</param>
    /// <returns>The recoded table, with the same rows in the same order.</returns>
    /// <exception cref="AnonymizationException">The table has no such column.</exception>
    public static ColumnarTable WithColumnMapped(this ColumnarTable table, string column, Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(map);
        var index = table.IndexOf(column);
        var source = table.Columns[index];
        var values = new List<string>(source.Values.Count);
        var codeOf = new Dictionary<string, int>(source.Values.Count, StringComparer.Ordinal);
        var remap = new int[source.Values.Count];
        for (var i = 0; i < remap.Length; i++)
        {
            var mapped = map(source.ValueArray[i]) ?? string.Empty;
            if (!codeOf.TryGetValue(mapped, out var code))
            {
                code = values.Count;
                codeOf.Add(mapped, code);
                values.Add(mapped);
            }

            remap[i] = code;
        }

        var codes = new int[table.RowCount];
        var old = source.CodeArray;
        for (var row = 0; row < codes.Length; row++)
        {
            codes[row] = remap[old[row]];
        }

        var columns = new EncodedColumn[table.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = i == index ? new EncodedColumn(source.Name, [.. values], codes, table.RowCount) : table.Columns[i];
        }

        return new ColumnarTable(columns, table.RowCount);
    }
}
