using Mamori.Detection;
using Mamori.Scanning.Tables;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Which detected entity types make a column an identifier (removed), a quasi-identifier candidate or
/// a sensitive column, with the Rules Art. 34 item each removal rests on.
/// </summary>
internal static class RoleRules
{
    /// <summary>Identifying descriptions (Rules Art. 34(1)): a name, or contact and account data that lead to one person.</summary>
    private static readonly HashSet<string> s_identifying = new(StringComparer.Ordinal)
    {
        EntityTypes.PersonName, EntityTypes.PhoneNumber, EntityTypes.EmailAddress, EntityTypes.CreditCard, EntityTypes.BankAccount,
    };

    /// <summary>Linking codes (Rules Art. 34(3)): ids that join the record to other data about the person.</summary>
    private static readonly HashSet<string> s_linking = new(StringComparer.Ordinal)
    {
        ColumnTypes.MemberId, EntityTypes.OnlineIdentifier, EntityTypes.IpAddress,
    };

    /// <summary>Types generalised as quasi-identifiers when <c>--quasi</c> is not given.</summary>
    private static readonly HashSet<string> s_quasi = new(StringComparer.Ordinal)
    {
        EntityTypes.DateOfBirth, EntityTypes.Address, EntityTypes.PostalCode, ColumnTypes.Gender,
    };

    public static bool IsQuasiIdentifierType(string? type) => type is not null && s_quasi.Contains(type);

    public static bool IsSensitiveType(string? type) => type == EntityTypes.SpecialCare;

    /// <summary>Whether a column classified as <paramref name="type"/> is removed.</summary>
    public static bool IsIdentifierType(string? type, PiiCategory? category) =>
        type is not null && (category == PiiCategory.IdentificationCode || s_identifying.Contains(type) || s_linking.Contains(type));

    /// <summary>Whether a finding inside a cell identifies someone (so a free-text column holding it is removed).</summary>
    public static bool IsIdentifyingFinding(string type, PiiCategory category) =>
        category == PiiCategory.IdentificationCode || s_identifying.Contains(type) || s_linking.Contains(type);

    /// <summary>Why a column classified as <paramref name="type"/> is removed, citing the Rules.</summary>
    public static Bilingual IdentifierRule(string type, PiiCategory? category) => category == PiiCategory.IdentificationCode
        ? new Bilingual("個人識別符号の削除（施行規則第34条第2号）", "identification code removed (Rules Art. 34(2))")
        : s_linking.Contains(type)
            ? new Bilingual("連結符号の削除（施行規則第34条第3号）", "linking code removed (Rules Art. 34(3))")
            : new Bilingual("特定の個人を識別できる記述の削除（施行規則第34条第1号）", "identifying description removed (Rules Art. 34(1))");
}
