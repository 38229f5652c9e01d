using Mamori.Detection;
using Mamori.Scanning.Tables;
using nietras.SeparatedValues;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans CSV and TSV files with Sep, streaming: the first row is the header, every cell is scanned with
/// its header as the field name, and findings point at the raw file (line and column of the character,
/// also inside quoted cells spanning lines).
/// </summary>
internal static class CsvFileScanner
{
    public static void Scan(FileScan file, char? separator)
    {
        using var opened = TextFileScanner.OpenDecoded(file);
        if (opened is null)
        {
            return;
        }

        var options = new SepReaderOptions(separator is { } s ? new Sep(s) : null)
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = false,
        };
        using var reader = options.From(opened.Reader);
        var table = new TableAccumulator(file, table: null);
        var columns = new List<ColumnStats>();
        var results = new List<Finding>();
        var headerRead = false;
        while (reader.MoveNext())
        {
            file.Session.Cancellation.ThrowIfCancellationRequested();
            var row = reader.Current;
            if (!headerRead)
            {
                headerRead = true;
                for (var i = 0; i < row.ColCount; i++)
                {
                    var name = CellText.FromCsv(row[i].Span).Value.Trim();
                    columns.Add(table.Column(UniqueField(columns, name.Length == 0 ? $"column{i + 1}" : name)));
                }

                continue;
            }

            table.Rows++;
            var rowSpan = row.Span;
            for (var i = 0; i < row.ColCount; i++)
            {
                while (columns.Count <= i)
                {
                    columns.Add(table.Column($"column{columns.Count + 1}"));
                }

                var raw = row[i].Span;
                var cell = CellText.FromCsv(raw);
                file.DetectCell(columns[i], cell.Value, results);
                if (results.Count == 0)
                {
                    continue;
                }

                rowSpan.Overlaps(raw, out var cellOffset);
                foreach (var finding in results)
                {
                    var (rawStart, rawLength) = cell.ToRaw(finding.Start, finding.Length);
                    var (line, column) = Locate(rowSpan, row.LineNumberFrom, cellOffset + rawStart);
                    file.Emit(file.CreateFinding(finding with { Start = 0, Length = rawLength }, rowSpan.Slice(cellOffset + rawStart, rawLength).ToString(), line, column) with
                    {
                        Row = row.RowIndex,
                        Field = columns[i].Field,
                    });
                }
            }
        }

        table.Complete();
    }

    /// <summary>Line and column of a raw offset in a row that starts at column 1 of <paramref name="firstLine"/>.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<char> row, int firstLine, int offset)
    {
        var before = row[..offset];
        var lastBreak = before.LastIndexOf('\n');
        return lastBreak < 0 ? (firstLine, offset + 1) : (firstLine + before.Count('\n'), offset - lastBreak);
    }

    private static string UniqueField(List<ColumnStats> columns, string name)
    {
        var candidate = name;
        for (var n = 2; columns.Exists(c => c.Field == candidate); n++)
        {
            candidate = $"{name}_{n}";
        }

        return candidate;
    }
}
