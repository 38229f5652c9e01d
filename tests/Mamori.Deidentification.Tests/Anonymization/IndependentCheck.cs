using Mamori.Deidentification.Anonymization;

namespace Mamori.Deidentification.Tests.Anonymization;

/// <summary>
/// Re-derives what an anonymised table achieves with its own plain grouping over strings, never
/// reading the engine's report or using its grouping code.
/// </summary>
internal static class IndependentCheck
{
    /// <summary>
    /// Groups output rows by their quasi-identifier strings; with <paramref name="skipAllStars"/>,
    /// rows whose quasi-identifiers are all <c>*</c> (masked suppression) are left out.
    /// </summary>
    public static (int MinSize, int MinDistinct, int Classes) Measure(ColumnarTable output, IReadOnlyList<string> quasiIdentifiers, string? sensitive, bool skipAllStars)
    {
        var columns = quasiIdentifiers.Select(output.GetColumnIndex).ToArray();
        var sensitiveColumn = sensitive is null ? -1 : output.GetColumnIndex(sensitive);
        var groups = new Dictionary<string, (int Count, HashSet<string> Values)>(StringComparer.Ordinal);
        for (var row = 0; row < output.RowCount; row++)
        {
            var values = columns.Select(c => output.GetValue(row, c)).ToArray();
            if (skipAllStars && values.All(v => v == "*"))
            {
                continue;
            }

            var key = string.Join('\u001f', values);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (0, new HashSet<string>(StringComparer.Ordinal));
            }

            if (sensitiveColumn >= 0)
            {
                group.Values.Add(output.GetValue(row, sensitiveColumn));
            }

            groups[key] = (group.Count + 1, group.Values);
        }

        return groups.Count == 0
            ? (0, 0, 0)
            : (groups.Values.Min(g => g.Count), sensitiveColumn < 0 ? 0 : groups.Values.Min(g => g.Values.Count), groups.Count);
    }

    /// <summary>
    /// The input rows as the transformation should write them: identifiers dropped, quasi-identifiers
    /// generalised with the hierarchies' public API, as strings joined per row.
    /// </summary>
    public static List<string> Expected(string[] header, string[][] rows, AnonymizationOptions options, IReadOnlyList<int> levels)
    {
        var quasi = options.QuasiIdentifiers.Select((q, i) => (Index: Array.IndexOf(header, q.Column), q.Hierarchy, Level: levels[i])).ToArray();
        var kept = Enumerable.Range(0, header.Length).Where(c => !options.IdentifierColumns.Contains(header[c])).ToArray();
        return [.. rows.Select(row => string.Join('\u001f', kept.Select(c =>
        {
            var q = Array.FindIndex(quasi, x => x.Index == c);
            return q < 0 ? row[c] : quasi[q].Hierarchy.Generalize(row[c], quasi[q].Level);
        })))];
    }

    /// <summary>The output rows joined the same way.</summary>
    public static List<string> Actual(ColumnarTable output)
    {
        var rows = new List<string>(output.RowCount);
        var buffer = new string[output.Columns.Count];
        for (var row = 0; row < output.RowCount; row++)
        {
            output.GetRow(row, buffer);
            rows.Add(string.Join('\u001f', buffer));
        }

        return rows;
    }

    /// <summary>True when every row of <paramref name="part"/> can be matched to its own row of <paramref name="whole"/>.</summary>
    public static bool IsSubMultiset(List<string> part, List<string> whole)
    {
        var counts = whole.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in part)
        {
            if (!counts.TryGetValue(row, out var count) || count == 0)
            {
                return false;
            }

            counts[row] = count - 1;
        }

        return true;
    }
}
