using Mamori.Deidentification.Files;
using Xunit;

namespace Mamori.Cli.Tests.Anonymize;

/// <summary>An output table read back, and k and l measured on it by plain grouping of its strings (independent of the engine).</summary>
internal sealed class OutputTable
{
    private OutputTable(TableReader reader, string[] header, List<string[]> rows)
    {
        Reader = reader;
        Header = header;
        Rows = rows;
    }

    public TableReader Reader { get; }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static OutputTable Read(string path)
    {
        var reader = TableReader.Open(path);
        string[]? header = null;
        var rows = new List<string[]>();
        foreach (var row in reader.ReadRows())
        {
            if (header is null)
            {
                header = row.Values;
            }
            else
            {
                rows.Add(row.Values);
            }
        }

        return new OutputTable(reader, header!, rows);
    }

    public IEnumerable<string> Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        return index < 0 ? throw new ArgumentException($"no column {name}", nameof(name)) : Rows.Select(r => r[index]);
    }

    /// <summary>The smallest group of rows sharing the quasi-identifier values, and the fewest distinct sensitive values in a group.</summary>
    public (int K, int L, int Groups) Measure(IReadOnlyList<string> quasiIdentifiers, string? sensitive = null)
    {
        var columns = quasiIdentifiers.Select(q => Array.IndexOf(Header, q)).ToArray();
        Assert.DoesNotContain(-1, columns);
        var sensitiveColumn = sensitive is null ? -1 : Array.IndexOf(Header, sensitive);
        var groups = Rows
            .GroupBy(r => string.Join('\u001f', columns.Select(c => r[c])), StringComparer.Ordinal)
            .Select(g => (Count: g.Count(), Distinct: sensitiveColumn < 0 ? 0 : g.Select(r => r[sensitiveColumn]).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
        return (groups.Min(g => g.Count), groups.Min(g => g.Distinct), groups.Count);
    }
}
