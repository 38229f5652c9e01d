using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;
using Mamori.Detection;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Picks the generalisation hierarchy of a quasi-identifier, first rule that applies:
/// a <c>--hierarchy COL=FILE</c> (<see cref="CsvHierarchy"/>); an age header (年齢, age) →
/// <see cref="AgeHierarchy"/>; a date of birth (classified, or 生年月日/誕生日/birthday/dob) →
/// <see cref="DateHierarchy"/>; an address (classified, or 住所/所在地/address) →
/// <see cref="JapaneseAddressHierarchy"/>, never kept below the municipality; a postal code
/// (classified, or 郵便番号/〒/zip/postal) → <see cref="PostalCodeHierarchy"/>; values that are
/// mostly dates → <see cref="DateHierarchy"/>; values that are mostly numbers →
/// <see cref="NumericHierarchy"/> (<see cref="NumericBands"/>); anything else →
/// <see cref="CategoricalHierarchy"/> (the value or <c>*</c>).
/// </summary>
internal static class HierarchyChooser
{
    /// <summary>Share of the non-empty sampled cells that must read as dates for the date hierarchy.</summary>
    public const double DateShare = 0.95;

    private const int DateSample = 1000;

    public static ColumnDecision Apply(ColumnDecision decision, EncodedColumn column, string? userFile, CsvHierarchy? user)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(column);
        var header = decision.Column;
        var type = decision.DetectedType;
        if (user is not null)
        {
            var file = Path.GetFileName(userFile);
            return decision with
            {
                Hierarchy = user,
                HierarchyDescription = new Bilingual($"CsvHierarchy（{file}、{user.LevelCount}段階）", $"CsvHierarchy ({file}, {user.LevelCount} levels)"),
            };
        }

        if (HeaderWords.IsAge(header))
        {
            return decision with
            {
                Hierarchy = new AgeHierarchy(),
                HierarchyDescription = new Bilingual("AgeHierarchy（5・10・20歳階級、90歳以上は「90以上」）", "AgeHierarchy (5-, 10-, 20-year bands; 90 and over top-coded)"),
            };
        }

        if (type == EntityTypes.DateOfBirth || HeaderWords.IsDateOfBirth(header))
        {
            return decision with { Hierarchy = new DateHierarchy(), HierarchyDescription = DateDescription };
        }

        if (type == EntityTypes.Address || (type is null && HeaderWords.IsAddress(header)))
        {
            return decision with
            {
                Hierarchy = new JapaneseAddressHierarchy(),
                HierarchyDescription = new Bilingual(
                    "JapaneseAddressHierarchy（市区町村 → 都道府県 → 地方。番地以下は出力しない）",
                    "JapaneseAddressHierarchy (municipality → prefecture → region; street level never released)"),
                MinLevel = Math.Max(decision.MinLevel, 1),
            };
        }

        if (type == EntityTypes.PostalCode || (type is null && HeaderWords.IsPostalCode(header)))
        {
            return decision with
            {
                Hierarchy = new PostalCodeHierarchy(),
                HierarchyDescription = new Bilingual("PostalCodeHierarchy（上5桁 → 上3桁 → 上1桁）", "PostalCodeHierarchy (first 5, 3, 1 digits)"),
            };
        }

        if (MostlyDates(column))
        {
            return decision with { Hierarchy = new DateHierarchy(), HierarchyDescription = DateDescription };
        }

        if (NumericBands.TryCreate(column, out var description) is { } numeric)
        {
            return decision with { Hierarchy = numeric, HierarchyDescription = description };
        }

        return decision with
        {
            Hierarchy = new CategoricalHierarchy(),
            HierarchyDescription = new Bilingual("CategoricalHierarchy（値のまま、または「*」）", "CategoricalHierarchy (the value, or *)"),
        };
    }

    private static Bilingual DateDescription => new("DateHierarchy（年月日 → 年月 → 年 → 5年 → 10年）", "DateHierarchy (day → month → year → 5 years → 10 years)");

    /// <summary>Whether the date hierarchy reads at least <see cref="DateShare"/> of the first distinct non-empty values.</summary>
    private static bool MostlyDates(EncodedColumn column)
    {
        var hierarchy = new DateHierarchy();
        var labels = new string[hierarchy.LevelCount];
        int seen = 0, dates = 0;
        foreach (var value in column.Values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            seen++;
            if (hierarchy.TryGeneralize(value, labels) && labels[0] != GeneralizationHierarchy.Unknown)
            {
                dates++;
            }

            if (seen == DateSample)
            {
                break;
            }
        }

        return seen > 0 && dates >= DateShare * seen;
    }
}
