using Mamori.Detection;

namespace Mamori.Scanning.Tables;

/// <summary>
/// Entity ids that only columns carry: attributes a single value cannot reveal but a column header
/// names (a gender column, a member number column). Both are personal information in a table that
/// also holds names (APPI Art. 2(1): easy collation).
/// </summary>
public static class ColumnTypes
{
    /// <summary>性別: gender or sex.</summary>
    public const string Gender = "GENDER";

    /// <summary>会員番号, 顧客 ID, 患者番号…: an identifier a business gives a person.</summary>
    public const string MemberId = "MEMBER_ID";

    /// <summary>The column-only ids and their categories.</summary>
    public static IReadOnlyDictionary<string, PiiCategory> All { get; } = new Dictionary<string, PiiCategory>(StringComparer.Ordinal)
    {
        [Gender] = PiiCategory.Personal,
        [MemberId] = PiiCategory.Personal,
    };
}
