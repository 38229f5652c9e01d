using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization;

public sealed class AnonymizerTests
{
    private static readonly string[] s_quasiIdentifiers = ["age", "gender", "postal_code", "address"];

    public static TheoryData<int, int, double> RandomCases()
    {
        var data = new TheoryData<int, int, double>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            foreach (var k in new[] { 2, 3, 5, 10 })
            {
                data.Add(seed, k, seed % 2 == 0 ? 0.05 : 0.0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Anonymize_RandomTable_OutputIsKAnonymousByAnIndependentCheck(int seed, int k, double rate)
    {
        var rows = RandomPatients.Rows(400, seed);
        var options = RandomPatients.Options(k) with { MaxSuppressionRate = rate };

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), options, TestContext.Current.CancellationToken);

        var (minSize, _, _) = IndependentCheck.Measure(result.Table, s_quasiIdentifiers, null, skipAllStars: false);
        Assert.True(minSize >= k, $"smallest class {minSize} < k {k}");
        Assert.True(rows.Length - result.Table.RowCount <= Math.Floor(rate * rows.Length), "more rows removed than the limit allows");
        var expected = IndependentCheck.Expected(RandomPatients.Header, rows, options, [.. result.Transformation.Select(t => t.Level)]);
        Assert.True(IndependentCheck.IsSubMultiset(IndependentCheck.Actual(result.Table), expected), "output rows are not the generalised input rows");
    }

    [Theory]
    [InlineData(11, 2)]
    [InlineData(12, 3)]
    [InlineData(13, 4)]
    public void Anonymize_LDiversity_EveryClassHoldsLDiagnosesByAnIndependentCheck(int seed, int l)
    {
        var rows = RandomPatients.Rows(500, seed);
        var options = RandomPatients.Options(3) with { LDiversity = new LDiversity("diagnosis", l) };

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), options, TestContext.Current.CancellationToken);

        var (minSize, minDistinct, _) = IndependentCheck.Measure(result.Table, s_quasiIdentifiers, "diagnosis", skipAllStars: false);
        Assert.True(minSize >= 3);
        Assert.True(minDistinct >= l, $"a class holds only {minDistinct} diagnoses < l {l}");
        Assert.True(rows.Length - result.Table.RowCount <= 25);
    }

    public static TheoryData<int, int, double, int> BruteForceCases()
    {
        var data = new TheoryData<int, int, double, int>();
        var seed = 100;
        foreach (var k in new[] { 2, 3, 5, 8 })
        {
            foreach (var rate in new[] { 0.0, 0.04, 0.1, 0.25 })
            {
                foreach (var l in new[] { 0, 2 })
                {
                    data.Add(seed++, k, rate, l);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BruteForceCases))]
    public void Anonymize_SmallTable_LossEqualsTheBruteForceOptimumOverAllTransformations(int seed, int k, double rate, int l)
    {
        var rows = RandomPatients.Rows(90, seed);
        var options = RandomPatients.Options(k) with
        {
            MaxSuppressionRate = rate,
            LDiversity = l > 0 ? new LDiversity("diagnosis", l) : null,
        };

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), options, TestContext.Current.CancellationToken);

        var all = BruteForce.AllTransformations(options)
            .Select(levels => (Levels: levels, Outcome: BruteForce.Evaluate(RandomPatients.Header, rows, options, levels)))
            .ToList();
        Assert.Equal(5 * 2 * 5 * 6, all.Count);
        var optimum = all.Where(n => n.Outcome.Anonymous).Min(n => n.Outcome.Loss);
        var chosen = BruteForce.Evaluate(RandomPatients.Header, rows, options, [.. result.Transformation.Select(t => t.Level)]);
        Assert.True(chosen.Anonymous);
        Assert.Equal(optimum, chosen.Loss, 9);
        Assert.Equal(chosen.Loss, result.Report.InformationLoss, 9);
        Assert.Equal(chosen.Suppressed, result.Report.SuppressedRows);
    }

    [Fact]
    public void Anonymize_ZeroSuppressionRate_KeepsEveryRow()
    {
        var rows = RandomPatients.Rows(300, 31);

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), RandomPatients.Options(4) with { MaxSuppressionRate = 0 }, TestContext.Current.CancellationToken);

        Assert.Equal(rows.Length, result.Table.RowCount);
        Assert.Equal(0, result.Report.SuppressedRows);
    }

    [Fact]
    public void Anonymize_GenerousSuppressionRate_SuppressesRatherThanGeneralisesButStaysWithinTheLimit()
    {
        var rows = RandomPatients.Rows(300, 32);
        var strict = Anonymizer.Anonymize(RandomPatients.Table(rows), RandomPatients.Options(3) with { MaxSuppressionRate = 0 }, TestContext.Current.CancellationToken);

        var generous = Anonymizer.Anonymize(RandomPatients.Table(rows), RandomPatients.Options(3) with { MaxSuppressionRate = 0.3 }, TestContext.Current.CancellationToken);

        Assert.True(generous.Report.InformationLoss <= strict.Report.InformationLoss);
        Assert.InRange(rows.Length - generous.Table.RowCount, 0, 90);
    }

    [Fact]
    public void Anonymize_MaskMode_KeepsEveryRowWithSuppressedQuasiIdentifiersStarred()
    {
        var rows = RandomPatients.Rows(300, 33);
        var options = RandomPatients.Options(5) with { SuppressionMode = SuppressionMode.Mask, MaxSuppressionRate = 0.2 };

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), options, TestContext.Current.CancellationToken);

        Assert.Equal(rows.Length, result.Table.RowCount);
        var starred = Enumerable.Range(0, result.Table.RowCount).Count(r => s_quasiIdentifiers.All(q => result.Table[q][r] == "*"));
        Assert.True(result.Report.SuppressedRows > 0, "the case should suppress something");
        Assert.True(starred >= result.Report.SuppressedRows);
        var (minSize, _, _) = IndependentCheck.Measure(result.Table, s_quasiIdentifiers, null, skipAllStars: true);
        Assert.True(minSize >= 5);
    }

    [Fact]
    public void Anonymize_IdentifierColumns_AreRemovedAndTheRestKeepTheirOrder()
    {
        var result = Anonymizer.Anonymize(RandomPatients.Table(RandomPatients.Rows(200, 34)), RandomPatients.Options(2), TestContext.Current.CancellationToken);

        Assert.Equal(["age", "gender", "postal_code", "address", "diagnosis", "visits"], result.Table.ColumnNames);
        Assert.Equal(["patient_id", "name"], result.Report.RemovedColumns);
    }

    [Fact]
    public void Anonymize_UnusualAge_IsTopCodedAtEveryLevel()
    {
        var rows = RandomPatients.Rows(200, 35);
        rows[17][2] = "116";

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), RandomPatients.Options(2), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("116", result.Table["age"].Values);
    }

    [Fact]
    public void Anonymize_ValueOnlyInASuppressedRow_DoesNotSurviveInAnyColumnDictionary()
    {
        var rows = RandomPatients.Rows(200, 36);
        rows[5][5] = "鹿児島県奄美市名瀬幸町25-8";
        rows[5][6] = "希少疾患X";
        var options = RandomPatients.Options(3) with
        {
            // The address may not be generalised past the prefecture, so the only row in 鹿児島県 must go.
            QuasiIdentifiers = [.. RandomPatients.Options(3).QuasiIdentifiers.Select(q => q.Column == "address" ? q with { MaxLevel = 3 } : q)],
        };

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), options, TestContext.Current.CancellationToken);

        Assert.True(result.Report.SuppressedRows >= 1);
        Assert.DoesNotContain(result.Table["address"].Values, v => v.StartsWith("鹿児島県", StringComparison.Ordinal));
        Assert.DoesNotContain("希少疾患X", result.Table["diagnosis"].Values);
        Assert.All(result.Table.Columns, c => Assert.Equal(c.Values.Count, c.Codes.ToArray().Distinct().Count()));
    }

    [Fact]
    public void Anonymize_ShuffleOff_KeepsTheInputOrder()
    {
        var rows = RandomPatients.Rows(100, 37);
        var options = RandomPatients.Options(2) with { ShuffleRows = false, MaxSuppressionRate = 0 };

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), options, TestContext.Current.CancellationToken);

        Assert.Equal(rows.Select(r => r[7]), Enumerable.Range(0, result.Table.RowCount).Select(r => result.Table["visits"][r]));
        Assert.False(result.Report.RowsShuffled);
    }

    [Fact]
    public void Anonymize_SameShuffleSeed_SameOutput()
    {
        var table = RandomPatients.Table(RandomPatients.Rows(150, 38));

        var first = Anonymizer.Anonymize(table, RandomPatients.Options(3), TestContext.Current.CancellationToken);
        var second = Anonymizer.Anonymize(table, RandomPatients.Options(3), TestContext.Current.CancellationToken);

        Assert.Equal(IndependentCheck.Actual(first.Table), IndependentCheck.Actual(second.Table));
    }

    [Fact]
    public void Anonymize_Report_AgreesWithTheOutputTable()
    {
        var rows = RandomPatients.Rows(400, 39);

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), RandomPatients.Options(4) with { MaxSuppressionRate = 0.05 }, TestContext.Current.CancellationToken);

        var report = result.Report;
        var (minSize, _, classes) = IndependentCheck.Measure(result.Table, s_quasiIdentifiers, null, skipAllStars: false);
        Assert.Equal(minSize, report.KAchieved);
        Assert.Equal(classes, report.EquivalenceClasses);
        Assert.Equal(result.Table.RowCount, report.ClassSizes.Sum(b => b.Records));
        Assert.Equal(classes, report.ClassSizes.Sum(b => b.Classes));
        Assert.Equal(1.0 / minSize, report.Risk.Maximum, 12);
        Assert.Equal((double)classes / result.Table.RowCount, report.Risk.Average, 12);
        Assert.Equal(rows.Length, report.InputRows);
        Assert.Equal(rows.Length - result.Table.RowCount, report.SuppressedRows);
        Assert.Equal(20, report.MaxSuppressedRows);
        Assert.InRange(report.InformationLoss, 0, 1);
    }

    [Fact]
    public void Anonymize_Report_ListsThePublishedItemsInJapanese()
    {
        var result = Anonymizer.Anonymize(RandomPatients.Table(RandomPatients.Rows(200, 40)), RandomPatients.Options(3), TestContext.Current.CancellationToken);

        var items = result.Report.PublishedItems;
        Assert.Equal(["age", "gender", "postal_code", "address", "diagnosis", "visits"], items.Select(i => i.Column));
        Assert.Equal(["generalized", "generalized", "generalized", "generalized", "as_is", "as_is"], items.Select(i => i.Treatment));
        var age = result.Transformation.Single(t => t.Column == "age");
        Assert.Equal($"age（{new AgeHierarchy().Levels[age.Level].Description}）", items[0].Description);
        Assert.Contains("90歳以上", items[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Report_HasEnglishKeysJapaneseDescriptionsAndNoCellValues()
    {
        var rows = RandomPatients.Rows(200, 41);

        var result = Anonymizer.Anonymize(RandomPatients.Table(rows), RandomPatients.Options(3) with { LDiversity = new LDiversity("diagnosis", 2) }, TestContext.Current.CancellationToken);

        var json = result.Report.ToJson();
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("k").GetProperty("required").GetInt32());
        Assert.Equal(result.Report.KAchieved, root.GetProperty("k").GetProperty("achieved").GetInt32());
        Assert.Equal(2, root.GetProperty("l").GetProperty("required").GetInt32());
        Assert.Equal("loss", root.GetProperty("information_loss").GetProperty("metric").GetString());
        Assert.Equal(4, root.GetProperty("transformation").GetArrayLength());
        Assert.Equal("remove", root.GetProperty("rows").GetProperty("suppression_mode").GetString());
        Assert.Contains("法第43条第3項", root.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Contains(result.Transformation[3].Description, json, StringComparison.Ordinal);
        Assert.Contains("施行規則第34条", json, StringComparison.Ordinal);
        Assert.DoesNotContain("患者", json, StringComparison.Ordinal);
        Assert.DoesNotContain("P00001", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_Bounds_LevelsStayWithinMinAndMax()
    {
        var options = RandomPatients.Options(2) with
        {
            QuasiIdentifiers =
            [
                new QuasiIdentifier("age", new AgeHierarchy()) { MinLevel = 2 },
                new QuasiIdentifier("gender", new CategoricalHierarchy()) { MaxLevel = 0 },
                new QuasiIdentifier("postal_code", new PostalCodeHierarchy()) { MinLevel = 1, MaxLevel = 3 },
                new QuasiIdentifier("address", new JapaneseAddressHierarchy()) { MinLevel = 3 },
            ],
        };

        var result = Anonymizer.Anonymize(RandomPatients.Table(RandomPatients.Rows(400, 42)), options, TestContext.Current.CancellationToken);

        var levels = result.Transformation.Select(t => t.Level).ToArray();
        Assert.InRange(levels[0], 2, 4);
        Assert.Equal(0, levels[1]);
        Assert.InRange(levels[2], 1, 3);
        Assert.InRange(levels[3], 3, 5);
        Assert.True(IndependentCheck.Measure(result.Table, s_quasiIdentifiers, null, false).MinSize >= 2);
    }

    [Fact]
    public void Anonymize_UserCsvHierarchy_GeneralisesAlongIt()
    {
        var csv = CsvHierarchy.Parse(new StringReader("高血圧症;循環器\n糖尿病;代謝\n喘息;呼吸器\n胃炎;消化器\n花粉症;呼吸器\n腰痛症;筋骨格\n"));
        var options = RandomPatients.Options(3) with
        {
            QuasiIdentifiers = [.. RandomPatients.Options(3).QuasiIdentifiers, new QuasiIdentifier("diagnosis", csv)],
            SensitiveColumns = [],
        };

        var result = Anonymizer.Anonymize(RandomPatients.Table(RandomPatients.Rows(300, 43)), options, TestContext.Current.CancellationToken);

        var level = result.Transformation.Single(t => t.Column == "diagnosis").Level;
        var allowed = new[] { "高血圧症", "糖尿病", "喘息", "胃炎", "花粉症", "腰痛症" }.Select(v => csv.Generalize(v, level)).ToHashSet();
        Assert.All(result.Table["diagnosis"].Values, v => Assert.Contains(v, allowed));
        Assert.True(IndependentCheck.Measure(result.Table, [.. s_quasiIdentifiers, "diagnosis"], null, false).MinSize >= 3);
    }
}
