using System.Threading.Channels;
using Mamori.Detection;
using Mamori.Scanning.Formats;
using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;
using Mamori.Scanning.Tables;

namespace Mamori.Scanning;

/// <summary>
/// One file being scanned (a file, an archive entry or a database table): creates its records, counts
/// them for its summary and writes them, in order, to the scan's output. Not thread-safe: records of
/// one file are emitted from one thread at a time.
/// </summary>
internal sealed class FileScan
{
    private const int ExamplesPerType = 3;

    private readonly ChannelWriter<ScanRecord> _output;
    private readonly Dictionary<PiiCategory, int> _byCategory = [];
    private readonly Dictionary<string, int> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<PiiCategory, int> _columnsByCategory = [];
    private readonly List<MaskedExample> _examples = [];
    private int _findings;
    private int _columns;
    private int _errors;
    private bool _database;

    public FileScan(ScanSession session, ChannelWriter<ScanRecord> output, string path, string physicalPath, int depth, ArchiveBudget? budget, bool holdsWorker)
    {
        Session = session;
        _output = output;
        Path = path;
        PhysicalPath = physicalPath;
        Depth = depth;
        Budget = budget;
        HoldsWorker = holdsWorker;
    }

    public ScanSession Session { get; }

    public PiiDetector Detector => Session.Detector;

    /// <summary>The path as reported.</summary>
    public string Path { get; }

    /// <summary>Where the bytes are (a temporary file for archive entries).</summary>
    public string PhysicalPath { get; }

    /// <summary>Archive nesting depth (0 outside archives).</summary>
    public int Depth { get; }

    public ArchiveBudget? Budget { get; }

    /// <summary>True when this file's scan already holds a worker slot (so it must not wait for another).</summary>
    public bool HoldsWorker { get; }

    public FileFormat Format { get; set; }

    public string? Encoding { get; set; }

    public bool Skipped { get; set; }

    public FileScan ForEntry(string path, string physicalPath, ArchiveBudget budget) =>
        new(Session, _output, path, physicalPath, Depth + 1, budget, HoldsWorker);

    public FileScan ForTable(string path) => new(Session, _output, path, PhysicalPath, Depth, Budget, HoldsWorker);

    /// <summary>Creates the record of a finding at a known place; the value is masked, and included only with --show-values.</summary>
    public ScanFinding CreateFinding(in Finding finding, string text, int line, int column)
    {
        var value = text.AsSpan(finding.Start, finding.Length);
        return new ScanFinding(Path, line, column, finding.Length, finding.Type, finding.Category, Math.Round(finding.Confidence, 3))
        {
            Subcategory = finding.Subcategory,
            Masked = ValueMasker.Mask(value, finding.Category),
            Value = Session.Options.ShowValues ? value.ToString() : null,
        };
    }

    public void Emit(ScanFinding finding)
    {
        _findings++;
        _byCategory[finding.Category] = _byCategory.GetValueOrDefault(finding.Category) + 1;
        var count = _byType.GetValueOrDefault(finding.Type) + 1;
        _byType[finding.Type] = count;
        if (count <= ExamplesPerType && finding.Masked is { } masked)
        {
            _examples.Add(new MaskedExample(finding.Type, masked));
        }

        Write(finding);
    }

    public void Emit(ColumnClassification column)
    {
        _columns++;
        _columnsByCategory[column.Category] = _columnsByCategory.GetValueOrDefault(column.Category) + 1;
        Write(column);
    }

    public void Emit(DatabaseFlag flag)
    {
        _database = true;
        Write(flag);
    }

    public void Error(ScanErrorCode code, string message)
    {
        _errors++;
        Write(new ScanError(Path, code, message));
    }

    /// <summary>An error about another path (an archive entry that was never opened).</summary>
    public void ErrorFor(string path, ScanErrorCode code, string message) => Write(new ScanError(path, code, message));

    /// <summary>Runs the detector on one table cell, counting what it finds for the column classification.</summary>
    public void DetectCell(ColumnStats column, string value, List<Finding> results)
    {
        results.Clear();
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        Detector.Detect(value, column.Field, results);
        column.Observe(value, results);
    }

    /// <summary>Writes the file's summary; call once, last.</summary>
    public void Complete()
    {
        var categories = _byCategory.Keys.Concat(_columnsByCategory.Keys);
        Write(new FileSummary(Path, Format)
        {
            Encoding = Encoding,
            Findings = _findings,
            FindingsByCategory = _byCategory,
            FindingsByType = _byType,
            Columns = _columns,
            ColumnsByCategory = _columnsByCategory,
            PersonalInformationDatabase = _database,
            Errors = _errors,
            Skipped = Skipped,
            Risk = RiskRule.Assess(categories, _database),
            Examples = _examples,
        });
    }

    private void Write(ScanRecord record)
    {
        // The channel is unbounded: writing never waits, so a worker slot is never held while blocked.
        if (!_output.TryWrite(record))
        {
            throw new OperationCanceledException(Session.Cancellation);
        }
    }
}
