using System.Globalization;
using System.Text;

namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// A user-supplied hierarchy read from a CSV file as ARX accepts it: one row per value,
/// <c>value;level1;level2;…</c>, every row with the same number of fields. The delimiter is
/// <c>;</c> (ARX's), tab or <c>,</c>, found from the first row unless given; fields may be quoted.
/// When the last column holds more than one label a <c>*</c> level is added on top. Values the file
/// does not list are not covered: the engine refuses them, naming the column and row.
/// </summary>
public sealed class CsvHierarchy : GeneralizationHierarchy
{
    private readonly Dictionary<string, string[]> _labels;
    private readonly HierarchyLevel[] _levels;

    private CsvHierarchy(Dictionary<string, string[]> labels, HierarchyLevel[] levels)
    {
        _labels = labels;
        _levels = levels;
    }

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => _levels;

    /// <summary>The values the file lists (its first column).</summary>
    public IReadOnlyCollection<string> Values => _labels.Keys;

    /// <summary>Reads a hierarchy file (UTF-8, a BOM allowed).</summary>
    /// <param name="path">The file.</param>
    /// <param name="delimiter">The field delimiter; null to detect <c>;</c>, tab or <c>,</c> from the first row.</param>
    /// <exception cref="HierarchyFormatException">The file is malformed; the message gives the line.</exception>
    public static CsvHierarchy Load(string path, char? delimiter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, delimiter);
    }

    /// <summary>Reads a hierarchy from CSV text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="delimiter">The field delimiter; null to detect <c>;</c>, tab or <c>,</c> from the first row.</param>
    /// <exception cref="HierarchyFormatException">The text is malformed; the message gives the line.</exception>
    public static CsvHierarchy Parse(TextReader reader, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        var lineNumber = 0;
        var width = 0;
        var firstLine = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            delimiter ??= line.Contains(';', StringComparison.Ordinal) ? ';' : line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
            Split(line, delimiter.Value, lineNumber, fields);
            if (width == 0)
            {
                width = fields.Count;
                firstLine = lineNumber;
            }
            else if (fields.Count != width)
            {
                throw new HierarchyFormatException(lineNumber, string.Create(CultureInfo.InvariantCulture,
                    $"has {fields.Count} fields but line {firstLine} has {width}; every row needs the value and the same number of levels."));
            }

            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Length == 0)
                {
                    throw new HierarchyFormatException(lineNumber, $"field {i + 1} is empty.");
                }
            }

            rows.Add((lineNumber, [.. fields]));
        }

        if (rows.Count == 0)
        {
            throw new HierarchyFormatException("The hierarchy file has no rows.");
        }

        CheckNesting(rows, width);
        var addTop = width == 1 || !AllSame(rows, width - 1);
        var levelCount = addTop ? width + 1 : width;
        var labels = new Dictionary<string, string[]>(rows.Count, StringComparer.Ordinal);
        foreach (var (_, row) in rows)
        {
            var levels = new string[levelCount];
            row.CopyTo(levels, 0);
            if (addTop)
            {
                levels[^1] = Top;
            }

            labels[row[0]] = levels;
        }

        var descriptions = new HierarchyLevel[levelCount];
        descriptions[0] = new HierarchyLevel("value", "値（そのまま）");
        for (var i = 1; i < levelCount; i++)
        {
            descriptions[i] = new HierarchyLevel(string.Create(CultureInfo.InvariantCulture, $"level_{i}"),
                string.Create(CultureInfo.InvariantCulture, $"利用者定義の階層（第{i}段階）"));
        }

        if (addTop || rows[0].Fields[^1] == Top)
        {
            descriptions[^1] = HierarchyLevel.Suppressed;
        }

        return new CsvHierarchy(labels, descriptions);
    }

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_labels.TryGetValue(value, out var levels) && !_labels.TryGetValue(value.Trim(), out levels))
        {
            return false;
        }

        levels.CopyTo(labels);
        return true;
    }

    /// <summary>Every value once; the same label at a level always has the same label at the next.</summary>
    private static void CheckNesting(List<(int Line, string[] Fields)> rows, int width)
    {
        var seen = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        foreach (var (line, fields) in rows)
        {
            if (!seen.TryAdd(fields[0], line))
            {
                throw new HierarchyFormatException(line, $"lists the same value as line {seen[fields[0]]}; each value needs exactly one row.");
            }
        }

        for (var level = 1; level < width - 1; level++)
        {
            var parents = new Dictionary<string, (string Parent, int Line)>(StringComparer.Ordinal);
            foreach (var (line, fields) in rows)
            {
                if (!parents.TryAdd(fields[level], (fields[level + 1], line)) && parents[fields[level]].Parent != fields[level + 1])
                {
                    throw new HierarchyFormatException(line, string.Create(CultureInfo.InvariantCulture,
                        $"field {level + 1} equals field {level + 1} of line {parents[fields[level]].Line} but field {level + 2} differs; levels must nest (one label, one parent)."));
                }
            }
        }
    }

    private static bool AllSame(List<(int Line, string[] Fields)> rows, int field)
    {
        var first = rows[0].Fields[field];
        foreach (var (_, fields) in rows)
        {
            if (fields[field] != first)
            {
                return false;
            }
        }

        return true;
    }

    private static void Split(string line, char delimiter, int lineNumber, List<string> fields)
    {
        fields.Clear();
        var at = 0;
        while (true)
        {
            while (at < line.Length && line[at] == ' ' && delimiter != ' ')
            {
                at++;
            }

            if (at < line.Length && line[at] == '"')
            {
                var value = new StringBuilder();
                at++;
                while (true)
                {
                    if (at >= line.Length)
                    {
                        throw new HierarchyFormatException(lineNumber, "a quoted field is not closed (fields may not span lines).");
                    }

                    if (line[at] == '"')
                    {
                        if (at + 1 < line.Length && line[at + 1] == '"')
                        {
                            value.Append('"');
                            at += 2;
                            continue;
                        }

                        at++;
                        break;
                    }

                    value.Append(line[at++]);
                }

                while (at < line.Length && line[at] == ' ')
                {
                    at++;
                }

                if (at < line.Length && line[at] != delimiter)
                {
                    throw new HierarchyFormatException(lineNumber, "text follows a closing quote.");
                }

                fields.Add(value.ToString());
            }
            else
            {
                var end = line.IndexOf(delimiter, at);
                var raw = end < 0 ? line.AsSpan(at) : line.AsSpan(at, end - at);
                fields.Add(raw.Trim().ToString());
                at = end < 0 ? line.Length : end;
            }

            if (at >= line.Length)
            {
                return;
            }

            at++; // past the delimiter
            if (at == line.Length)
            {
                fields.Add(string.Empty);
                return;
            }
        }
    }
}
