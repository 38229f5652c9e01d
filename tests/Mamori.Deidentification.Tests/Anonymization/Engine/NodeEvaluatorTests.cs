using System.Globalization;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Engine;
using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Engine;

public sealed class NodeEvaluatorTests
{
    private static (ColumnarTable Table, string[][] Rows, QuasiIdentifierEncoding[] Encodings) Random(int columns, int rows, int distinct, int seed, int k)
    {
        var random = new Random(seed);
        var header = Enumerable.Range(0, columns).Select(c => "c" + c.ToString(CultureInfo.InvariantCulture)).ToArray();
        var data = Enumerable.Range(0, rows)
            .Select(_ => header.Select(_ => random.Next(distinct).ToString(CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var table = ColumnarTable.FromRows(header, data);
        var encodings = header
            .Select(h => QuasiIdentifierEncoding.Create(table[h], new QuasiIdentifier(h, new CategoricalHierarchy()), k, maxLevel: 1))
            .ToArray();
        return (table, data, encodings);
    }

    [Fact]
    public void Assign_KeysBeyondLongRange_StillGroupExactly()
    {
        // 8 columns of ~1,000 values: the mixed-radix key overflows a long after 7 columns and is re-densified.
        var (_, rows, encodings) = Random(columns: 8, rows: 3000, distinct: 1000, seed: 1, k: 2);
        var evaluator = new NodeEvaluator(encodings, rows.Length, 2, 1, null, 0, rows.Length);

        var grouping = evaluator.Assign(new int[8]);

        var expected = rows.GroupBy(r => string.Join('|', r)).Select(g => g.Count()).Order().ToArray();
        Assert.Equal(expected, grouping.Sizes.Order().ToArray());
        for (var a = 0; a < 50; a++)
        {
            for (var b = a + 1; b < 50; b++)
            {
                Assert.Equal(rows[a].SequenceEqual(rows[b]), grouping.ClassOf[a] == grouping.ClassOf[b]);
            }
        }
    }

    [Fact]
    public void Evaluate_GeneralisationOfAnEvaluatedNode_RollsUpToTheSameOutcome()
    {
        // Classes at [0, *, 0] hold about 35 rows, so k = 30 suppresses some: sizes must add up right.
        var (_, rows, encodings) = Random(columns: 3, rows: 5000, distinct: 12, seed: 2, k: 30);
        var warm = new NodeEvaluator(encodings, rows.Length, 30, 1, null, 0, 2000);
        var cold = new NodeEvaluator(encodings, rows.Length, 30, 1, null, 0, 2000);

        warm.Evaluate([0, 0, 0]);
        var rolledUp = warm.Evaluate([0, 1, 0]);
        var direct = cold.Evaluate([0, 1, 0]);

        Assert.Equal(1, warm.RolledUp);
        Assert.Equal(0, cold.RolledUp);
        Assert.Equal(direct, rolledUp);
        Assert.Equal(rows.GroupBy(r => r[0] + "|" + r[2]).Where(g => g.Count() < 30).Sum(g => g.Count()), rolledUp.Suppressed);
        Assert.True(rolledUp.Suppressed > 0);
    }

    [Fact]
    public void Evaluate_RollUpWithLDiversity_MatchesDirectEvaluation()
    {
        // Classes at [*, 0, 0] hold about 167 rows of 6 diagnoses: k = 150 and l = 6 both bite.
        var (table, rows, encodings) = Random(columns: 4, rows: 6000, distinct: 6, seed: 3, k: 150);
        var sensitive = table["c3"].Codes.ToArray();
        var quasi = encodings[..3];
        var warm = new NodeEvaluator(quasi, rows.Length, 150, 6, sensitive, 6, 3000);
        var cold = new NodeEvaluator(quasi, rows.Length, 150, 6, sensitive, 6, 3000);

        warm.Evaluate([0, 0, 0]);
        var rolledUp = warm.Evaluate([1, 0, 0]);
        var direct = cold.Evaluate([1, 0, 0]);

        Assert.Equal(1, warm.RolledUp);
        Assert.Equal(direct, rolledUp);
        var expectedSuppressed = rows
            .GroupBy(r => r[1] + "|" + r[2])
            .Where(g => g.Count() < 150 || g.Select(r => r[3]).Distinct().Count() < 6)
            .Sum(g => g.Count());
        Assert.Equal(expectedSuppressed, rolledUp.Suppressed);
        Assert.True(rolledUp.Suppressed > 0);
    }

    [Fact]
    public void Evaluate_MoreClassesThanAnAnonymousNodeCanHave_IsRejectedEarly()
    {
        var (_, rows, encodings) = Random(columns: 2, rows: 2000, distinct: 1000, seed: 4, k: 5);
        var evaluator = new NodeEvaluator(encodings, rows.Length, 5, 1, null, 0, 10);

        var outcome = evaluator.Evaluate([0, 0]);

        Assert.False(outcome.Anonymous);
        Assert.Equal(0, outcome.Suppressed);
    }
}
