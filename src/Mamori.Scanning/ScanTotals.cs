using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Scanning;

/// <summary>Adds up the records of a scan as they pass to the writer.</summary>
internal sealed class ScanTotals
{
    private readonly Dictionary<PiiCategory, long> _byCategory = [];
    private readonly Dictionary<string, long> _byType = new(StringComparer.Ordinal);
    private long _findings;
    private int _filesWithFindings;
    private int _columns;
    private int _databases;
    private int _errors;
    private RiskLevel _risk;

    public int Files { get; private set; }

    public void Add(ScanRecord record)
    {
        switch (record)
        {
            case FileSummary file:
                Files++;
                _findings += file.Findings;
                if (file.Findings > 0 || file.Columns > 0)
                {
                    _filesWithFindings++;
                }

                foreach (var (category, count) in file.FindingsByCategory)
                {
                    _byCategory[category] = _byCategory.GetValueOrDefault(category) + count;
                }

                foreach (var (type, count) in file.FindingsByType)
                {
                    _byType[type] = _byType.GetValueOrDefault(type) + count;
                }

                if (file.Risk > _risk)
                {
                    _risk = file.Risk;
                }

                break;
            case ColumnClassification:
                _columns++;
                break;
            case DatabaseFlag:
                _databases++;
                break;
            case ScanError:
                _errors++;
                break;
        }
    }

    public ScanSummary ToSummary(TimeSpan elapsed) => new()
    {
        Files = Files,
        FilesWithFindings = _filesWithFindings,
        Findings = _findings,
        FindingsByCategory = _byCategory,
        FindingsByType = _byType,
        Columns = _columns,
        Databases = _databases,
        Errors = _errors,
        Risk = _risk,
        Elapsed = elapsed,
    };
}
