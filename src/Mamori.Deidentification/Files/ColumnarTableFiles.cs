using Mamori.Deidentification.Anonymization;

namespace Mamori.Deidentification.Files;

/// <summary>
/// Moves whole tables between table files and the anonymisation engine's <see cref="ColumnarTable"/>:
/// <see cref="Read"/> streams a <see cref="TableReader"/> into a dictionary-encoded table (one
/// <c>int</c> per cell), <see cref="Write"/> writes a table through a <see cref="TableWriter"/>.
/// </summary>
public static class ColumnarTableFiles
{
    /// <summary>How many rows pass between two progress reports.</summary>
    public const int ProgressInterval = 65_536;

    /// <summary>Reads every row of a table file into memory.</summary>
    /// <param name="reader">The opened file.</param>
    /// <param name="progress">Told the number of data rows read so far, every <see cref="ProgressInterval"/> rows and at the end; may be null.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The table: the file's header and its data rows, in file order.</returns>
    /// <exception cref="TableFileException">
    /// A row's width differs from the header's, the file is damaged, or the header repeats a name or
    /// leaves one blank (the message names the file and the line, row or column, never cell values).
    /// </exception>
    public static ColumnarTable Read(TableReader reader, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ColumnarTableBuilder? builder = null;
        foreach (var row in reader.ReadRows())
        {
            if (builder is null)
            {
                try
                {
                    builder = new ColumnarTableBuilder(row.Values);
                }
                catch (AnonymizationException ex)
                {
                    throw new TableFileException($"'{reader.Path}', header row: {ex.Message} Every column needs its own non-blank name.", ex);
                }

                continue;
            }

            builder.AddRow(row.Values);
            if (builder.RowCount % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(builder.RowCount);
            }
        }

        // ReadRows yields the header or throws, so the builder exists here.
        var table = builder!.Build();
        progress?.Report(table.RowCount);
        return table;
    }

    /// <summary>Writes the header and every row of a table (the writer is not committed).</summary>
    /// <param name="writer">The output, opened on the target path.</param>
    /// <param name="table">The table to write.</param>
    public static void Write(TableWriter writer, ColumnarTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        writer.WriteRow(table.ColumnNames);
        var row = new string[table.Columns.Count];
        for (var r = 0; r < table.RowCount; r++)
        {
            table.GetRow(r, row);
            writer.WriteRow(row);
        }
    }
}
