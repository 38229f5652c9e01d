using Mamori.Detection;

namespace Mamori.Deidentification.Pseudonymization;

/// <summary>
/// The column decisions for a 仮名加工情報 dataset under Rules Art. 31: identifying descriptions
/// deleted or replaced, every identification code deleted, items whose misuse may cause financial
/// damage deleted, the subject key replaced by a keyed pseudonym, free text cleaned.
/// </summary>
public sealed class PseudonymizationPlan
{
    private PseudonymizationPlan(IReadOnlyList<ColumnPlan> columns) => Columns = columns;

    /// <summary>One decision per input column, in input order.</summary>
    public IReadOnlyList<ColumnPlan> Columns { get; }

    /// <summary>Creates a plan from explicit decisions.</summary>
    /// <param name="columns">One decision per input column.</param>
    public static PseudonymizationPlan Create(IReadOnlyList<ColumnPlan> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var duplicate = columns.GroupBy(c => c.Column, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The column '{duplicate.Key}' appears twice; column names must be unique.", nameof(columns));
        }

        return new PseudonymizationPlan(columns);
    }

    /// <summary>Derives the plan from what each column holds.</summary>
    /// <param name="header">The input columns in order.</param>
    /// <param name="columnTypes">The entity id each column was classified as (absent or null: no personal information found).</param>
    /// <param name="subjectKeys">Columns that key a person (member id, customer id) and must become pseudonyms.</param>
    /// <param name="freeTextColumns">Columns of free text to clean rather than delete.</param>
    public static PseudonymizationPlan FromClassification(
        IReadOnlyList<string> header,
        IReadOnlyDictionary<string, string?> columnTypes,
        IReadOnlySet<string> subjectKeys,
        IReadOnlySet<string>? freeTextColumns = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(columnTypes);
        ArgumentNullException.ThrowIfNull(subjectKeys);
        var plans = new List<ColumnPlan>(header.Count);
        foreach (var column in header)
        {
            columnTypes.TryGetValue(column, out var type);
            plans.Add(Decide(column, type, subjectKeys.Contains(column), freeTextColumns?.Contains(column) == true));
        }

        return Create(plans);
    }

    private static ColumnPlan Decide(string column, string? type, bool subjectKey, bool freeText)
    {
        if (subjectKey)
        {
            return new ColumnPlan(column, ColumnAction.Pseudonymize, type, "本人を識別する符号を仮名ID（鍵付きハッシュ）に置換（規則第31条第1号）");
        }

        if (freeText)
        {
            return new ColumnPlan(column, ColumnAction.RedactText, type, "自由記述中の個人情報を削除・置換（規則第31条第1号〜第3号）");
        }

        if (type is null)
        {
            return new ColumnPlan(column, ColumnAction.Keep, null, "個人を識別する記述を含まない項目");
        }

        var category = EntityTypes.TryGetCategory(type, out var c) ? c : PiiCategory.Personal;
        return type switch
        {
            EntityTypes.CreditCard or EntityTypes.BankAccount =>
                new ColumnPlan(column, ColumnAction.Delete, type, "不正に利用されることで財産的被害が生じるおそれのある記述等の削除（規則第31条第3号）"),
            EntityTypes.CorporateNumber =>
                new ColumnPlan(column, ColumnAction.Keep, type, "法人番号（個人情報ではない）"),
            EntityTypes.SpecialCare =>
                new ColumnPlan(column, ColumnAction.Keep, type, "要配慮個人情報（個人を識別しない属性として保持。提供・目的外利用は不可）"),
            EntityTypes.IpAddress or EntityTypes.OnlineIdentifier =>
                new ColumnPlan(column, ColumnAction.Delete, type, "他の情報と照合して本人を識別し得る識別子の削除（規則第31条第1号）"),
            EntityTypes.DateOfBirth =>
                new ColumnPlan(column, ColumnAction.Keep, type, "生年月日は単独では本人を識別しないため保持（必要に応じ一般化）"),
            _ when category == PiiCategory.IdentificationCode =>
                new ColumnPlan(column, ColumnAction.Delete, type, "個人識別符号の全部削除（規則第31条第2号）"),
            _ =>
                new ColumnPlan(column, ColumnAction.Delete, type, "特定の個人を識別できる記述等の削除（規則第31条第1号）"),
        };
    }
}
