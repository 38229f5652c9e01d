using Mamori.Deidentification.Anonymization;

namespace Mamori.Deidentification.Tests.Anonymization;

/// <summary>
/// Evaluates every transformation of a small table directly from the strings: anonymity with
/// suppression and the loss metric (mean over quasi-identifier cells of (leaves − 1) / (distinct − 1),
/// suppressed cells 1), written from the definition, without the engine's code.
/// </summary>
internal static class BruteForce
{
    public static IEnumerable<int[]> AllTransformations(AnonymizationOptions options)
    {
        IEnumerable<int[]> nodes = [[]];
        foreach (var qi in options.QuasiIdentifiers)
        {
            var top = qi.MaxLevel ?? qi.Hierarchy.LevelCount - 1;
            nodes = nodes.SelectMany(prefix => Enumerable.Range(qi.MinLevel, top - qi.MinLevel + 1).Select(level => (int[])[.. prefix, level])).ToList();
        }

        return nodes;
    }

    public static (bool Anonymous, long Suppressed, double Loss) Evaluate(string[] header, string[][] rows, AnonymizationOptions options, int[] levels)
    {
        var qis = options.QuasiIdentifiers;
        var columns = qis.Select(q => Array.IndexOf(header, q.Column)).ToArray();
        var sensitive = options.LDiversity is { } d ? Array.IndexOf(header, d.Column) : -1;
        var l = options.LDiversity?.L ?? 1;
        var labels = rows.Select(row => qis.Select((q, i) => q.Hierarchy.Generalize(row[columns[i]], levels[i])).ToArray()).ToArray();

        var classes = labels.Select((l, r) => (Key: string.Join('\u001f', l), Row: r)).GroupBy(x => x.Key, x => x.Row, StringComparer.Ordinal).ToList();
        var suppressedRows = new HashSet<int>();
        foreach (var members in classes)
        {
            var diverse = sensitive < 0 || members.Select(r => rows[r][sensitive]).Distinct(StringComparer.Ordinal).Count() >= l;
            if (members.Count() < options.K || !diverse)
            {
                suppressedRows.UnionWith(members);
            }
        }

        var limit = (long)Math.Floor(options.MaxSuppressionRate * rows.Length);
        var anonymous = suppressedRows.Count <= limit;

        var loss = 0.0;
        for (var i = 0; i < qis.Count; i++)
        {
            var distinct = rows.Select(r => r[columns[i]]).Distinct(StringComparer.Ordinal).ToList();
            var leaves = distinct.GroupBy(v => qis[i].Hierarchy.Generalize(v, levels[i]), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            for (var r = 0; r < rows.Length; r++)
            {
                loss += suppressedRows.Contains(r) ? 1.0 : distinct.Count <= 1 ? 0.0 : (leaves[labels[r][i]] - 1.0) / (distinct.Count - 1);
            }
        }

        return (anonymous, suppressedRows.Count, loss / (rows.Length * qis.Count));
    }
}
