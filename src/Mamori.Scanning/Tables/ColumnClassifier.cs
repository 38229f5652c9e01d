using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Tables;

/// <summary>
/// Classifies a column from its header and its sampled values. When at least
/// <see cref="ScanOptions.ColumnValueThreshold"/> (60%) of the non-empty values hold one entity type,
/// the column takes that type: confidence 0.9–0.99 when the header agrees, 0.5–0.9 by share when it
/// does not. A header alone (values silent) gives 0.7, or 0.8 when at least 20% of the values agree.
/// Fingerprint records (<c>FMR\0</c>) and numeric vectors under a face/embedding header are biometric.
/// </summary>
internal static class ColumnClassifier
{
    public const double HeaderOnlyConfidence = 0.7;
    public const double HeaderSupportedConfidence = 0.8;
    public const double HeaderSupportShare = 0.2;

    public readonly record struct Result(string Type, PiiCategory Category, double Confidence, ColumnEvidence Evidence, double Share);

    public static Result? Classify(ColumnStats column, double threshold, EntityCatalog catalog)
    {
        if (column.NonEmpty == 0)
        {
            return null;
        }

        double nonEmpty = column.NonEmpty;
        var header = column.HeaderType;

        var fingerprintShare = column.Fingerprints / nonEmpty;
        if (fingerprintShare >= threshold)
        {
            return Make(EntityTypes.Biometric, 0.95, header == EntityTypes.Biometric ? ColumnEvidence.HeaderAndValues : ColumnEvidence.Values, fingerprintShare);
        }

        if (header == EntityTypes.Biometric)
        {
            var vectorShare = column.Vectors / nonEmpty;
            return vectorShare >= threshold
                ? Make(header, 0.95, ColumnEvidence.HeaderAndValues, vectorShare)
                : Make(header, HeaderOnlyConfidence, ColumnEvidence.Header, vectorShare);
        }

        string? best = null;
        var bestCount = 0;
        foreach (var (type, count) in column.TypeCells)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(type, best) < 0))
            {
                best = type;
                bestCount = count;
            }
        }

        var share = bestCount / nonEmpty;
        if (best is not null && share >= threshold)
        {
            return best == header
                ? Make(best, 0.9 + (0.09 * share), ColumnEvidence.HeaderAndValues, share)
                : Make(best, 0.5 + (0.4 * share), ColumnEvidence.Values, share);
        }

        if (header is not null)
        {
            var headerShare = column.TypeCells.GetValueOrDefault(header) / nonEmpty;
            return Make(header, headerShare >= HeaderSupportShare ? HeaderSupportedConfidence : HeaderOnlyConfidence, ColumnEvidence.Header, headerShare);
        }

        return null;

        Result Make(string type, double confidence, ColumnEvidence evidence, double valueShare)
        {
            var category = column.Categories.TryGetValue(type, out var seen) ? seen : catalog.CategoryOf(type);
            return new Result(type, category, Math.Round(Math.Min(confidence, 0.99), 3), evidence, Math.Round(valueShare, 3));
        }
    }
}
