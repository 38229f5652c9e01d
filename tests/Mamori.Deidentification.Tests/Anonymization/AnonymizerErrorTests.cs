using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization;

public sealed class AnonymizerErrorTests
{
    private static readonly string[][] s_rows = RandomPatients.Rows(120, 51);

    private static AnonymizationException Fails(AnonymizationOptions options, string[][]? rows = null) =>
        Assert.ThrowsAny<AnonymizationException>(() => Anonymizer.Anonymize(RandomPatients.Table(rows ?? s_rows), options, TestContext.Current.CancellationToken));

    [Fact]
    public void Anonymize_UnknownQuasiIdentifier_NamesTheColumn()
    {
        var options = RandomPatients.Options(3) with
        {
            QuasiIdentifiers = [.. RandomPatients.Options(3).QuasiIdentifiers, new QuasiIdentifier("birth_date", new DateHierarchy())],
        };

        var exception = Fails(options);

        Assert.Contains("Unknown column 'birth_date' (declared as a quasi-identifier)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_UnknownIdentifier_NamesTheColumn()
    {
        var exception = Fails(RandomPatients.Options(3) with { IdentifierColumns = ["patient_id", "name", "email"] });

        Assert.Contains("Unknown column 'email' (declared as an identifier)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "k must be at least 2")]
    [InlineData(0, "k must be at least 2")]
    [InlineData(121, "only 120 rows")]
    public void Anonymize_ImpossibleK_Throws(int k, string expected)
    {
        var exception = Fails(RandomPatients.Options(k));

        Assert.StartsWith("Impossible k", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_KEqualToRowCount_Succeeds()
    {
        var result = Anonymizer.Anonymize(RandomPatients.Table(s_rows), RandomPatients.Options(120) with { MaxSuppressionRate = 0 }, TestContext.Current.CancellationToken);

        Assert.Equal(120, result.Report.KAchieved);
    }

    [Fact]
    public void Anonymize_ColumnWithoutRole_IsRefusedNotPassedThrough()
    {
        var exception = Fails(RandomPatients.Options(3) with { InsensitiveColumns = [] });

        Assert.Contains("Column 'visits' has no role", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_ColumnWithTwoRoles_Throws()
    {
        var exception = Fails(RandomPatients.Options(3) with { InsensitiveColumns = ["visits", "name"] });

        Assert.Contains("Column 'name' is declared both as an identifier and as an insensitive column", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_NoQuasiIdentifier_Throws()
    {
        var exception = Fails(RandomPatients.Options(3) with { QuasiIdentifiers = [], InsensitiveColumns = ["visits", "age", "gender", "postal_code", "address"] });

        Assert.Contains("At least one quasi-identifier", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Anonymize_SuppressionRateOutOfRange_Throws(double rate)
    {
        var exception = Fails(RandomPatients.Options(3) with { MaxSuppressionRate = rate });

        Assert.Contains("suppression rate", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_LDiversityOnAColumnNotDeclaredSensitive_Throws()
    {
        var exception = Fails(RandomPatients.Options(3) with { LDiversity = new LDiversity("visits", 2) });

        Assert.Contains("'visits' must be declared as a sensitive column", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_LAboveTheDistinctSensitiveValues_IsImpossible()
    {
        var exception = Fails(RandomPatients.Options(3) with { LDiversity = new LDiversity("diagnosis", 7) });

        Assert.Equal("Impossible l: l = 7, but column 'diagnosis' holds only 6 distinct values; l = 6 at most could work.", exception.Message);
    }

    [Fact]
    public void Anonymize_LBelowTwo_IsImpossible()
    {
        var exception = Fails(RandomPatients.Options(3) with { LDiversity = new LDiversity("diagnosis", 1) });

        Assert.StartsWith("Impossible l", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_ValueMissingFromUserHierarchy_NamesColumnAndRowButNotTheValue()
    {
        var rows = s_rows.Select(r => r.ToArray()).ToArray();
        rows[41][6] = "HIV感染症";
        var csv = CsvHierarchy.Parse(new StringReader("高血圧症;循環器\n糖尿病;代謝\n喘息;呼吸器\n胃炎;消化器\n花粉症;呼吸器\n腰痛症;筋骨格\n"));
        var options = RandomPatients.Options(3) with
        {
            QuasiIdentifiers = [.. RandomPatients.Options(3).QuasiIdentifiers, new QuasiIdentifier("diagnosis", csv)],
            SensitiveColumns = [],
        };

        var exception = Fails(options, rows);

        Assert.Equal("Column 'diagnosis', row 42: the value is not covered by the column's generalisation hierarchy.", exception.Message);
    }

    [Fact]
    public void Anonymize_HierarchyThatDoesNotNest_IsRefused()
    {
        var options = RandomPatients.Options(2) with
        {
            QuasiIdentifiers = [.. RandomPatients.Options(2).QuasiIdentifiers.Where(q => q.Column != "gender"), new QuasiIdentifier("gender", new CrossingHierarchy())],
        };

        var exception = Fails(options);

        Assert.Contains("hierarchy of column 'gender' does not nest", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_LevelBoundsOutOfRange_Throws()
    {
        var options = RandomPatients.Options(2) with
        {
            QuasiIdentifiers = [.. RandomPatients.Options(2).QuasiIdentifiers.Select(q => q.Column == "age" ? q with { MaxLevel = 7 } : q)],
        };

        var exception = Fails(options);

        Assert.Contains("Quasi-identifier 'age': the levels must satisfy 0 <= MinLevel <= MaxLevel <= 4", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_NoSolutionWithinBounds_SaysWhatKAndRateWouldWork()
    {
        var rows = s_rows;
        var options = RandomPatients.Options(8) with
        {
            MaxSuppressionRate = 0.05,
            QuasiIdentifiers =
            [
                new QuasiIdentifier("age", new AgeHierarchy()) { MaxLevel = 1 },
                new QuasiIdentifier("gender", new CategoricalHierarchy()) { MaxLevel = 0 },
                new QuasiIdentifier("postal_code", new PostalCodeHierarchy()) { MaxLevel = 3 },
                new QuasiIdentifier("address", new JapaneseAddressHierarchy()) { MaxLevel = 4 },
            ],
        };

        var exception = Assert.IsType<NoAnonymizationSolutionException>(Fails(options));

        // Recompute the classes at the most general allowed transformation with plain LINQ.
        var sizes = rows
            .GroupBy(r => string.Join('|', new AgeHierarchy().Generalize(r[2], 1), r[3], new PostalCodeHierarchy().Generalize(r[4], 3), new JapaneseAddressHierarchy().Generalize(r[5], 4)))
            .Select(g => g.Count()).OrderBy(s => s).ToList();
        var needed = sizes.Where(s => s < 8).Sum();
        Assert.Equal((double)needed / rows.Length, exception.RequiredSuppressionRate, 12);
        var suppressed = 0;
        var j = 0;
        while (j < sizes.Count && suppressed + sizes[j] <= 6)
        {
            suppressed += sizes[j++];
        }

        Assert.Equal(sizes[j] >= 2 ? sizes[j] : null, exception.LargestReachableK);
        Assert.Contains("No transformation reaches k = 8 with at most 5.0% of the rows (6) suppressed", exception.Message, StringComparison.Ordinal);
        Assert.Contains("age=band_5, gender=value, postal_code=digits_1, address=region", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymize_AnyFailure_MessageHoldsNoCellValue()
    {
        var messages = new List<string>
        {
            Fails(RandomPatients.Options(999)).Message,
            Fails(RandomPatients.Options(3) with { LDiversity = new LDiversity("diagnosis", 9) }).Message,
            Fails(RandomPatients.Options(3) with { InsensitiveColumns = [] }).Message,
        };

        // Numbers such as 120 (the row count) may appear in a message; textual cell values may not.
        var values = s_rows.SelectMany(r => r).Where(v => v.Length > 2 && !v.All(char.IsAsciiDigit)).ToHashSet();
        Assert.All(messages, m => Assert.DoesNotContain(values, v => m.Contains(v, StringComparison.Ordinal)));
    }

    /// <summary>Puts everyone in one group at level 1 but splits them again at level 2.</summary>
    private sealed class CrossingHierarchy : GeneralizationHierarchy
    {
        private static readonly HierarchyLevel[] s_levels = [new("value", "値"), new("one", "一つ"), new("two", "二つ"), HierarchyLevel.Suppressed];

        public override IReadOnlyList<HierarchyLevel> Levels => s_levels;

        public override bool TryGeneralize(string value, Span<string> labels)
        {
            labels[0] = value;
            labels[1] = "all";
            labels[2] = value;
            labels[3] = Top;
            return true;
        }
    }
}
