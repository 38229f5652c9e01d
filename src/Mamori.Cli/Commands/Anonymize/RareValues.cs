using Mamori.Deidentification.Anonymization;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Unusual descriptions (Rules Art. 34(4)) in sensitive columns: a value held by fewer than k records
/// of the whole table (a rare diagnosis, say) singles out its holders whatever the quasi-identifiers
/// say, so it is replaced by <see cref="Label"/> before the search. Blank cells stay blank. Columns
/// given with <c>--keep</c> are left alone.
/// </summary>
internal static class RareValues
{
    public const string Label = "その他（少数）";

    public static ColumnarTable Recode(ColumnarTable table, List<ColumnDecision> decisions, int k)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(decisions);
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            if (decision.Role != ColumnRole.Sensitive)
            {
                continue;
            }

            var column = table[decision.Column];
            var counts = new int[column.Values.Count];
            foreach (var code in column.Codes)
            {
                counts[code]++;
            }

            var rare = new HashSet<string>(StringComparer.Ordinal);
            long rows = 0;
            for (var code = 0; code < counts.Length; code++)
            {
                var value = column.Values[code];
                if (counts[code] < k && !string.IsNullOrWhiteSpace(value) && value != Label)
                {
                    rare.Add(value);
                    rows += counts[code];
                }
            }

            if (rare.Count == 0)
            {
                continue;
            }

            table = table.WithColumnMapped(decision.Column, v => rare.Contains(v) ? Label : v);
            decisions[i] = decision with
            {
                RareValuesRecoded = rare.Count,
                RareRowsRecoded = rows,
                Reason = new Bilingual(
                    $"{decision.Reason.Japanese}。{k} 件未満の値 {rare.Count} 種（{rows} 行）は「{Label}」に置換（施行規則第34条第4号）",
                    $"{decision.Reason.English}; {rare.Count} value(s) held by fewer than {k} rows ({rows} rows) replaced by \"{Label}\" (Rules Art. 34(4))"),
            };
        }

        return table;
    }
}
