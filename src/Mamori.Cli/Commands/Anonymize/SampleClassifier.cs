using System.Text;
using Mamori.Deidentification.Anonymization;
using Mamori.Detection;
using Mamori.Scanning;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Classifies columns the way <c>mamori scan</c> does (header plus values): up to
/// <see cref="SampleRows"/> rows, evenly spaced over the table, of the columns to classify are
/// written to a CSV file in a private temporary folder (owner-only, deleted afterwards), which the
/// scanner reads with a collecting report writer.
/// </summary>
internal static class SampleClassifier
{
    /// <summary>Rows sampled, as <c>mamori scan</c> samples database tables.</summary>
    public const int SampleRows = ScanOptions.DefaultSampleRows;

    public static async Task<IReadOnlyDictionary<string, ColumnSignals>> ClassifyAsync(ColumnarTable table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        var signals = new Dictionary<string, ColumnSignals>(StringComparer.Ordinal);
        if (columns.Count == 0)
        {
            return signals;
        }

        // CreateTempSubdirectory makes the folder readable by its owner only (mode 700).
        var folder = Directory.CreateTempSubdirectory("mamori-anonymize-");
        try
        {
            var sample = Path.Combine(folder.FullName, "sample.csv");
            WriteSample(sample, table, columns);
            using var detector = new PiiDetector();
            var scanner = new Scanner(detector, new ScanOptions { MaxParallelism = 1 });
            var collector = new SignalCollector();
            await scanner.ScanAsync([sample], collector, cancellationToken).ConfigureAwait(false);
            if (collector.Failed)
            {
                throw new InvalidDataException("The scanner could not read the column sample.");
            }

            foreach (var column in columns)
            {
                signals[column] = collector.For(column);
            }

            return signals;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void WriteSample(string path, ColumnarTable table, IReadOnlyList<string> columns)
    {
        var indexes = columns.Select(table.GetColumnIndex).ToArray();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        writer.WriteLine(string.Join(',', columns.Select(Quote)));
        var rows = Math.Min(SampleRows, table.RowCount);
        var step = (double)table.RowCount / Math.Max(rows, 1);
        for (var i = 0; i < rows; i++)
        {
            var row = (int)(i * step);
            writer.WriteLine(string.Join(',', indexes.Select(c => Quote(table.GetValue(row, c)))));
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
