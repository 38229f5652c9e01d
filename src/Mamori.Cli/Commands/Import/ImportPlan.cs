using System.Globalization;
using System.Text;
using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Deidentification.Files;
using Mamori.Detection;

namespace Mamori.Cli.Commands.Import;

/// <summary>
/// How a file's columns become the platform's items: each column mapped by <c>--map</c>, else by its header
/// (<see cref="ImportHeaders"/>), else by the detector on sampled values (<see cref="TableClassifier"/>), else
/// left out. Columns of a name, its kana reading or an address (姓 + 名, 都道府県 + 市区町村 + 番地 + 建物名) are
/// joined into one value, in the order Japanese writes them. <see cref="Project"/> turns a file row into the
/// row Core imports, restoring leading zeros spreadsheets drop from phone numbers and postal codes and
/// reading Excel's date serials.
/// </summary>
internal sealed class ImportPlan
{
    /// <summary>Rows sampled from the top of the file for the detector.</summary>
    public const int SampleRows = 200;

    private static readonly HashSet<string> s_joined = new(StringComparer.Ordinal) { EntityTypes.PersonName, ItemTypes.NameKana, EntityTypes.Address };

    private readonly List<int[]> _parts = [];
    private readonly bool _xlsx;

    private ImportPlan(IReadOnlyList<FileColumn> fileColumns, bool xlsx)
    {
        FileColumns = fileColumns;
        _xlsx = xlsx;
        var columns = new List<ImportColumn>();
        foreach (var group in fileColumns.Where(c => c.ItemType is not null).GroupBy(c => c.ItemType!, StringComparer.Ordinal).OrderBy(g => g.Min(c => c.Index)))
        {
            if (s_joined.Contains(group.Key))
            {
                var parts = group.OrderBy(c => c.Rank).ThenBy(c => c.Index).ToArray();
                _parts.Add([.. parts.Select(c => c.Index)]);
                columns.Add(new ImportColumn(columns.Count, string.Join('+', parts.Select(c => c.Header)), group.Key));
                continue;
            }

            foreach (var column in group)
            {
                _parts.Add([column.Index]);
                columns.Add(new ImportColumn(columns.Count, column.Header, group.Key));
            }
        }

        Columns = columns;
    }

    /// <summary>Every column of the file, with what became of it.</summary>
    public IReadOnlyList<FileColumn> FileColumns { get; }

    /// <summary>The columns Core imports (joined ones count once).</summary>
    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>A stable description of the mapping, part of the import id.</summary>
    public string Signature => string.Join(';', FileColumns.Select(c => $"{c.Index}:{c.ItemType}:{c.Rank}"));

    /// <summary>Maps the columns: overrides first, then headers, then the detector on <paramref name="sample"/>.</summary>
    /// <param name="header">The header row.</param>
    /// <param name="sample">Data rows from the top of the file.</param>
    /// <param name="overrides">Header → item type, or null for "ignore".</param>
    /// <param name="xlsx">Whether the file is a workbook (date serials).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<ImportPlan> CreateAsync(
        IReadOnlyList<string> header, IReadOnlyList<string[]> sample, IReadOnlyDictionary<string, string?> overrides, bool xlsx, CancellationToken cancellationToken)
    {
        var columns = new FileColumn?[header.Count];
        var unresolved = new List<int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (Override(overrides, name, out var type))
            {
                var fromHeader = ImportHeaders.Match(name);
                columns[i] = new FileColumn(i, name, type, fromHeader is { } known && known.ItemType == type ? known.Rank : 0, MappingBasis.Option, null);
            }
            else if (ImportHeaders.Match(name) is { } match)
            {
                columns[i] = new FileColumn(i, name, match.ItemType, match.Rank, match.ItemType is null ? MappingBasis.Ignored : MappingBasis.Header, match.Reason);
            }
            else if (sample.Any(row => i < row.Length && row[i].Trim().Length > 0))
            {
                unresolved.Add(i);
            }
            else
            {
                columns[i] = new FileColumn(i, name, null, 0, MappingBasis.None, "empty");
            }
        }

        var detected = await ClassifyAsync(header, sample, unresolved, cancellationToken).ConfigureAwait(false);
        foreach (var i in unresolved)
        {
            columns[i] = detected.TryGetValue(i, out var type)
                ? new FileColumn(i, header[i], type, 0, MappingBasis.Detector, null)
                : new FileColumn(i, header[i], null, 0, MappingBasis.None, null);
        }

        return new ImportPlan([.. columns.Select(c => c!)], xlsx);
    }

    /// <summary>The row Core imports for a file row.</summary>
    public ImportRow Project(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new string[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var type = Columns[i].ItemType!;
            var parts = _parts[i];
            if (parts.Length == 1)
            {
                values[i] = Clean(type, Cell(row, parts[0]), 0);
                continue;
            }

            var joined = new StringBuilder();
            foreach (var index in parts)
            {
                var part = Clean(type, Cell(row, index), FileColumns[index].Rank);
                if (part.Length == 0)
                {
                    continue;
                }

                // Names read 山田 太郎; addresses run on (東京都千代田区千代田1-1) with a space before the building.
                if (joined.Length > 0 && (type != EntityTypes.Address || FileColumns[index].Rank >= 3))
                {
                    joined.Append(' ');
                }

                joined.Append(part);
            }

            values[i] = joined.ToString();
        }

        return new ImportRow(row.Row, row.Line, values);
    }

    private static string Cell(TableRow row, int index) => index < row.Values.Length ? row.Values[index].Trim() : string.Empty;

    private string Clean(string type, string value, int rank)
    {
        if (value.Length == 0)
        {
            return value;
        }

        switch (type)
        {
            case EntityTypes.PhoneNumber when value[0] != '0' && value.Length is 9 or 10 && value.All(char.IsAsciiDigit):
                return "0" + value; // a spreadsheet read 0312345678 as a number
            case EntityTypes.PostalCode when value.Length == 6 && value.All(char.IsAsciiDigit):
                return "0" + value; // 0600001 (札幌) read as a number
            case EntityTypes.DateOfBirth when _xlsx && ExcelDate(value) is { } date:
                return date;
            case EntityTypes.Address when rank == 0:
                return Prefectures.Name(value);
            default:
                return value;
        }
    }

    /// <summary>An Excel date serial (days since 1899-12-30) as yyyy-MM-dd, when the cell holds one.</summary>
    private static string? ExcelDate(string value)
    {
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) || serial is < 1 or > 2958465 || serial != Math.Floor(serial))
        {
            return null;
        }

        return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool Override(IReadOnlyDictionary<string, string?> overrides, string header, out string? type)
    {
        if (overrides.TryGetValue(header, out type))
        {
            return true;
        }

        var folded = ImportHeaders.Fold(header);
        foreach (var (name, value) in overrides)
        {
            if (ImportHeaders.Fold(name) == folded)
            {
                type = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The detector's types for the columns no header rule knew, from their sampled values.</summary>
    private static async Task<Dictionary<int, string>> ClassifyAsync(IReadOnlyList<string> header, IReadOnlyList<string[]> sample, List<int> columns, CancellationToken cancellationToken)
    {
        var types = new Dictionary<int, string>();
        if (columns.Count == 0)
        {
            return types;
        }

        // CreateTempSubdirectory makes the folder readable by its owner only (mode 700); the sample never outlives the call.
        var folder = Directory.CreateTempSubdirectory("mamori-import-");
        try
        {
            var path = Path.Combine(folder.FullName, "sample.csv");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
            {
                await writer.WriteLineAsync(string.Join(',', columns.Select(i => Quote(header[i])))).ConfigureAwait(false);
                foreach (var row in sample)
                {
                    await writer.WriteLineAsync(string.Join(',', columns.Select(i => Quote(i < row.Length ? row[i] : string.Empty)))).ConfigureAwait(false);
                }
            }

            using var detector = new PiiDetector();
            var profile = await TableClassifier.ClassifyAsync(detector, path, cancellationToken).ConfigureAwait(false);
            foreach (var i in columns)
            {
                if (profile.ColumnTypes.TryGetValue(header[i], out var type) && ItemTypes.IsKnown(type) && ItemTypes.CategoryOf(type) != PiiCategory.NotPersonal)
                {
                    types[i] = type;
                }
            }

            return types;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
