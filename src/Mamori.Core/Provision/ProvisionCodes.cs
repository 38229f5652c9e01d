using System.Diagnostics.CodeAnalysis;

namespace Mamori.Core.Provision;

/// <summary>
/// Machine names of the provision enums as written in the API, on the command line and in the database
/// (<c>opt-out</c>, <c>joint-use</c>…). Spelled out, so renaming a C# member never changes stored data.
/// </summary>
public static class ProvisionCodes
{
    private static readonly (ProvisionBasis Value, string Name)[] s_bases =
    [
        (ProvisionBasis.Consent, "consent"), (ProvisionBasis.Exception, "exception"), (ProvisionBasis.OptOut, "opt-out"),
        (ProvisionBasis.Entrustment, "entrustment"), (ProvisionBasis.BusinessSuccession, "business-succession"), (ProvisionBasis.JointUse, "joint-use"),
    ];

    private static readonly (Art27Exception Value, string Name)[] s_exceptions =
    [
        (Art27Exception.Laws, "laws"), (Art27Exception.LifeBodyProperty, "life-body-property"), (Art27Exception.PublicHealth, "public-health"),
        (Art27Exception.Authorities, "authorities"), (Art27Exception.AcademicResearch, "academic-research"),
    ];

    private static readonly (ForeignTransferBasis Value, string Name)[] s_foreign =
    [
        (ForeignTransferBasis.Consent, "consent"), (ForeignTransferBasis.AdequateCountry, "adequate-country"),
        (ForeignTransferBasis.EquivalentSystemContract, "equivalent-system-contract"), (ForeignTransferBasis.ApecCbpr, "apec-cbpr"),
    ];

    private static readonly (RecordKind Value, string Name)[] s_kinds =
    [
        (RecordKind.Provision, "provision"), (RecordKind.Receipt, "receipt"), (RecordKind.PersonalRelated, "personal-related"), (RecordKind.Operational, "operational"),
    ];

    /// <summary>Every basis name.</summary>
    public static IReadOnlyList<string> BasisNames { get; } = [.. s_bases.Select(b => b.Name)];

    /// <summary>Every exception name.</summary>
    public static IReadOnlyList<string> ExceptionNames { get; } = [.. s_exceptions.Select(b => b.Name)];

    /// <summary>Every foreign basis name.</summary>
    public static IReadOnlyList<string> ForeignBasisNames { get; } = [.. s_foreign.Select(b => b.Name)];

    /// <summary>Every record kind name.</summary>
    public static IReadOnlyList<string> KindNames { get; } = [.. s_kinds.Select(b => b.Name)];

    /// <summary>The name of a basis.</summary>
    /// <param name="value">The basis.</param>
    public static string Name(ProvisionBasis value) => s_bases.First(b => b.Value == value).Name;

    /// <summary>The name of an exception.</summary>
    /// <param name="value">The exception.</param>
    public static string Name(Art27Exception value) => s_exceptions.First(b => b.Value == value).Name;

    /// <summary>The name of a foreign basis.</summary>
    /// <param name="value">The basis.</param>
    public static string Name(ForeignTransferBasis value) => s_foreign.First(b => b.Value == value).Name;

    /// <summary>The name of a record kind.</summary>
    /// <param name="value">The kind.</param>
    public static string Name(RecordKind value) => s_kinds.First(b => b.Value == value).Name;

    /// <summary>Parses a basis name (any case, <c>_</c> for <c>-</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The basis.</param>
    public static bool TryParse(string? name, out ProvisionBasis value) => TryFind(s_bases, name, out value);

    /// <summary>Parses an exception name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The exception.</param>
    public static bool TryParse(string? name, out Art27Exception value) => TryFind(s_exceptions, name, out value);

    /// <summary>Parses a foreign basis name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The basis.</param>
    public static bool TryParse(string? name, out ForeignTransferBasis value) => TryFind(s_foreign, name, out value);

    /// <summary>Parses a record kind name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The kind.</param>
    public static bool TryParse(string? name, out RecordKind value) => TryFind(s_kinds, name, out value);

    private static bool TryFind<T>((T Value, string Name)[] table, string? name, [MaybeNullWhen(false)] out T value)
    {
        var wanted = name?.Trim().Replace('_', '-');
        foreach (var (candidate, candidateName) in table)
        {
            if (string.Equals(candidateName, wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
