using System.Globalization;
using Mamori.Detection;
using Mamori.Scanning.Tables;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans sampled rows of one database table (SQLite or PostgreSQL): every value is scanned with the
/// field name as context, BLOBs are checked for fingerprint records, and the columns are classified.
/// <c>line</c> and <c>row</c> are the sampled row number, <c>column</c> the position in the value.
/// </summary>
internal sealed class DatabaseTableScanner
{
    private readonly FileScan _file;
    private readonly TableAccumulator _table;
    private readonly ColumnStats[] _columns;
    private readonly List<Finding> _results = [];

    /// <param name="file">The scan of the table (its path names the table).</param>
    /// <param name="table">The table name for the records, or null when the path names it.</param>
    /// <param name="fields">The reported field of each column (<c>table.column</c> or <c>column</c>).</param>
    /// <param name="columnNames">The bare column names, for header vocabulary.</param>
    public DatabaseTableScanner(FileScan file, string? table, IReadOnlyList<string> fields, IReadOnlyList<string> columnNames)
    {
        _file = file;
        _table = new TableAccumulator(file, table);
        _columns = new ColumnStats[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            _columns[i] = _table.Column(fields[i], columnNames[i]);
        }
    }

    public int Rows => _table.Rows;

    public void BeginRow() => _table.Rows++;

    public void Value(int column, object? value)
    {
        var stats = _columns[column];
        switch (value)
        {
            case null or DBNull:
                return;
            case byte[] bytes:
                stats.ObserveBinary(bytes);
                if (Tables.FingerprintRecord.IsMatch(bytes) && _file.Detector.Options.Reports(EntityTypes.Biometric))
                {
                    _file.Emit(new Records.ScanFinding(_file.Path, _table.Rows, 1, 4, EntityTypes.Biometric, PiiCategory.IdentificationCode, FingerprintConfidence)
                    {
                        Row = _table.Rows,
                        Field = stats.Field,
                        Masked = "FMR*",
                    });
                }

                return;
        }

        var text = value switch
        {
            string s => s,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        _file.DetectCell(stats, text, _results);
        foreach (var finding in _results)
        {
            _file.Emit(_file.CreateFinding(finding, text, _table.Rows, finding.Start + 1) with { Row = _table.Rows, Field = stats.Field });
        }
    }

    public void Complete() => _table.Complete();

    /// <summary>Confidence of a fingerprint record recognised by its format identifier.</summary>
    public const double FingerprintConfidence = 0.95;
}
