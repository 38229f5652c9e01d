using Mamori.Deidentification.Anonymization.Engine;
using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Deidentification.Anonymization;

public static partial class Anonymizer
{
    /// <summary>
    /// Writes the output table: identifiers dropped, quasi-identifiers at their chosen level,
    /// suppressed rows removed or masked, rows shuffled on request. Every column's dictionary is
    /// rebuilt from the released rows only, so no value of a suppressed row survives in it.
    /// </summary>
    private static ColumnarTable BuildOutput(
        ColumnarTable table, AnonymizationOptions options, Plan plan, QuasiIdentifierEncoding[] encodings, int[] levels, FinalGrouping grouping, out int[] rows)
    {
        var mask = options.SuppressionMode == SuppressionMode.Mask;
        var kept = new List<int>(table.RowCount);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (mask || !grouping.Failing[grouping.ClassOf[row]])
            {
                kept.Add(row);
            }
        }

        rows = [.. kept];
        if (options.ShuffleRows)
        {
            var random = options.ShuffleSeed is { } seed ? new Random(seed) : new Random();
            random.Shuffle(rows);
        }

        var quasiIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < encodings.Length; i++)
        {
            quasiIndex.Add(encodings[i].Name, i);
        }

        var columns = new List<EncodedColumn>(table.Columns.Count);
        var codes = new int[rows.Length];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            if (plan.Roles[c] == Role.Identifier)
            {
                continue;
            }

            string[] source;
            if (quasiIndex.TryGetValue(column.Name, out var i))
            {
                var encoding = encodings[i];
                var labels = encoding.Labels[levels[i]];
                var generalized = encoding.Generalized[levels[i]];
                var leaves = encoding.LeafCodes;
                var star = labels.Length;
                source = [.. labels, GeneralizationHierarchy.Top];
                for (var j = 0; j < rows.Length; j++)
                {
                    var row = rows[j];
                    codes[j] = mask && grouping.Failing[grouping.ClassOf[row]] ? star : generalized[leaves[row]];
                }
            }
            else
            {
                source = column.ValueArray;
                var original = column.CodeArray;
                for (var j = 0; j < rows.Length; j++)
                {
                    codes[j] = original[rows[j]];
                }
            }

            columns.Add(Compact(column.Name, source, codes));
        }

        return new ColumnarTable([.. columns], rows.Length);
    }

    /// <summary>A column holding only the values its codes use, renumbered in order of first use.</summary>
    private static EncodedColumn Compact(string name, string[] values, int[] codes)
    {
        var renumbered = new int[values.Length];
        renumbered.AsSpan().Fill(-1);
        var used = new List<string>();
        var output = new int[codes.Length];
        for (var j = 0; j < codes.Length; j++)
        {
            ref var code = ref renumbered[codes[j]];
            if (code < 0)
            {
                code = used.Count;
                used.Add(values[codes[j]]);
            }

            output[j] = code;
        }

        return new EncodedColumn(name, [.. used], output, codes.Length);
    }

    private static AnonymizationReport BuildReport(
        ColumnarTable table,
        AnonymizationOptions options,
        Plan plan,
        QuasiIdentifierEncoding[] encodings,
        int[] levels,
        FinalGrouping grouping,
        ColumnarTable output,
        int[] rows,
        long limit,
        SearchStatistics statistics)
    {
        var released = new List<int>();
        var minSize = int.MaxValue;
        var minDistinct = int.MaxValue;
        long releasedRows = 0;
        for (var c = 0; c < grouping.Sizes.Length; c++)
        {
            if (grouping.Failing[c])
            {
                continue;
            }

            var size = grouping.Sizes[c];
            released.Add(size);
            releasedRows += size;
            minSize = Math.Min(minSize, size);
            if (grouping.Distinct is { } distinct)
            {
                minDistinct = Math.Min(minDistinct, distinct[c]);
            }
        }

        released.Sort();
        var bins = new List<ClassSizeBin>();
        for (var j = 0; j < released.Count;)
        {
            var size = released[j];
            var start = j;
            while (j < released.Count && released[j] == size)
            {
                j++;
            }

            bins.Add(new ClassSizeBin(size, j - start, (long)size * (j - start)));
        }

        var risk = released.Count == 0
            ? new ReidentificationRisk(0, 0, 0)
            : new ReidentificationRisk(1.0 / minSize, (double)released.Count / releasedRows, bins[0].Records);

        var transformation = new ColumnGeneralization[encodings.Length];
        for (var i = 0; i < encodings.Length; i++)
        {
            var level = encodings[i].Hierarchy.Levels[levels[i]];
            transformation[i] = new ColumnGeneralization(encodings[i].Name, levels[i], level.Key, level.Description, grouping.ColumnLoss[i]);
        }

        var removed = new List<string>();
        var published = new List<PublishedItem>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var name = table.Columns[c].Name;
            switch (plan.Roles[c])
            {
                case Role.Identifier:
                    removed.Add(name);
                    break;
                case Role.QuasiIdentifier:
                    var description = Array.Find(transformation, t => t.Column == name)!.Description;
                    published.Add(new PublishedItem(name, "generalized", $"{name}（{description}）"));
                    break;
                default:
                    published.Add(new PublishedItem(name, "as_is", name));
                    break;
            }
        }

        return new AnonymizationReport
        {
            K = options.K,
            KAchieved = released.Count == 0 ? 0 : minSize,
            LDiversity = options.LDiversity,
            LAchieved = options.LDiversity is null ? null : released.Count == 0 ? 0 : minDistinct,
            InputRows = table.RowCount,
            OutputRows = rows.Length,
            SuppressedRows = grouping.Suppressed,
            MaxSuppressedRows = limit,
            MaxSuppressionRate = options.MaxSuppressionRate,
            SuppressionMode = options.SuppressionMode,
            RowsShuffled = options.ShuffleRows,
            EquivalenceClasses = released.Count,
            ClassSizes = bins,
            Risk = risk,
            InformationLoss = grouping.Loss,
            Transformation = transformation,
            RemovedColumns = removed,
            PublishedItems = published,
            Search = statistics,
        };
    }
}
