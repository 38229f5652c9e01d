using Mamori.Deidentification.Redaction;

namespace Mamori.Deidentification.Files;

/// <summary>CSV and TSV: cell by cell with the header as context, written back in the same encoding and quoting.</summary>
public sealed partial class FileRedactor
{
    private void RedactTable(string input, string output, RedactionSummary summary, List<FpeLocation> fpe, CancellationToken cancellationToken)
    {
        var reader = TableReader.Open(input);
        using var writer = new TableWriter(output, reader);
        string[] header = [];
        var restorable = new List<(int Start, int Length, string Type)>();
        foreach (var row in reader.ReadRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Row == 0)
            {
                header = row.Values;
                writer.WriteRow(row.Values);
                continue;
            }

            var values = new string[row.Values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                restorable.Clear();
                values[i] = _redactor.Redact(row.Values[i], header[i], summary, restorable);
                foreach (var (start, length, type) in restorable)
                {
                    fpe.Add(new FpeLocation(row.Row, header[i], null, start, length, type));
                }
            }

            writer.WriteRow(values);
        }

        writer.Commit();
    }
}
