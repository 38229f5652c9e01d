using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Tables;

/// <summary>
/// Collects column statistics of one table while its rows are scanned, then emits the column
/// classifications and, when a name column sits beside other personal attributes, the personal
/// information database flag (個人情報データベース等).
/// </summary>
internal sealed class TableAccumulator(FileScan file, string? table)
{
    private readonly List<ColumnStats> _columns = [];
    private readonly Dictionary<string, ColumnStats> _byField = new(StringComparer.Ordinal);

    public int Rows { get; set; }

    public IReadOnlyList<ColumnStats> Columns => _columns;

    /// <summary>The statistics of a column, created on first use (JSON records discover fields as they go).</summary>
    public ColumnStats Column(string field, string? headerForVocabulary = null)
    {
        if (!_byField.TryGetValue(field, out var column))
        {
            column = new ColumnStats(field, headerForVocabulary);
            _byField[field] = column;
            _columns.Add(column);
        }

        return column;
    }

    public void Complete()
    {
        var session = file.Session;
        var options = session.Detector.Options;
        var names = new List<string>();
        var attributes = new List<string>();
        foreach (var column in _columns)
        {
            if (ColumnClassifier.Classify(column, session.Options.ColumnValueThreshold, session.Catalog) is not { } result
                || result.Confidence < options.MinConfidence
                || !options.Reports(result.Type)
                || result.Category == PiiCategory.NotPersonal)
            {
                continue;
            }

            file.Emit(new ColumnClassification(file.Path, column.Field, result.Type, result.Category, result.Confidence)
            {
                Table = table,
                Evidence = result.Evidence,
                SampledValues = column.NonEmpty,
                ValueShare = result.Share,
            });
            (result.Type == EntityTypes.PersonName ? names : attributes).Add(column.Field);
        }

        if (names.Count > 0 && attributes.Count > 0)
        {
            file.Emit(new DatabaseFlag(file.Path, names, attributes, Rows) { Table = table });
        }
    }
}
