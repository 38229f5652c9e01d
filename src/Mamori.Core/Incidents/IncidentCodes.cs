namespace Mamori.Core.Incidents;

/// <summary>
/// The stable snake_case codes of the incident enums, as the API, the CLI and the store write and read them. Spelled out,
/// not taken from <c>ToString()</c>, so renaming a member never changes a stored or published value.
/// </summary>
public static class IncidentCodes
{
    private static readonly (BreachKind Value, string Code)[] s_kinds = [(BreachKind.Leak, "leak"), (BreachKind.Loss, "loss"), (BreachKind.Damage, "damage")];

    private static readonly (UnlawfulAct Value, string Code)[] s_acts =
    [
        (UnlawfulAct.None, "none"), (UnlawfulAct.UnauthorizedAccess, "unauthorized_access"), (UnlawfulAct.Ransomware, "ransomware"),
        (UnlawfulAct.InsiderTheft, "insider_theft"), (UnlawfulAct.FormSkimming, "form_skimming"), (UnlawfulAct.Theft, "theft"), (UnlawfulAct.Other, "other"),
    ];

    private static readonly (LeakedDataProtection Value, string Code)[] s_protections =
    [
        (LeakedDataProtection.None, "none"), (LeakedDataProtection.Encrypted, "encrypted"),
        (LeakedDataProtection.StrongEncryption, "strong_encryption"), (LeakedDataProtection.Pseudonymised, "pseudonymised"),
    ];

    private static readonly (LeakScope Value, string Code)[] s_scopes =
        [(LeakScope.Subjects, "subjects"), (LeakScope.Holders, "holders"), (LeakScope.All, "all"), (LeakScope.Manual, "manual")];

    private static readonly (IncidentStatus Value, string Code)[] s_statuses =
    [
        (IncidentStatus.Investigating, "investigating"), (IncidentStatus.PreliminaryReported, "preliminary_reported"),
        (IncidentStatus.FinalReported, "final_reported"), (IncidentStatus.EntrustingBusinessNotified, "entrusting_business_notified"),
        (IncidentStatus.Closed, "closed"),
    ];

    private static readonly (BreachDuty Value, string Code)[] s_duties =
        [(BreachDuty.None, "none"), (BreachDuty.ReportToPpc, "report_to_ppc"), (BreachDuty.NotifyEntrustingBusiness, "notify_entrusting_business")];

    private static readonly (DraftKind Value, string Code)[] s_drafts =
    [
        (DraftKind.PpcReport, "ppc_report"), (DraftKind.Notice, "notice"), (DraftKind.Announcement, "announcement"),
        (DraftKind.EntrustingBusinessNotice, "entrusting_business_notice"),
    ];

    /// <summary>The code of a kind.</summary>
    /// <param name="value">The value.</param>
    public static string Of(BreachKind value) => Find(s_kinds, value);

    /// <summary>The code of an unlawful act.</summary>
    /// <param name="value">The value.</param>
    public static string Of(UnlawfulAct value) => Find(s_acts, value);

    /// <summary>The code of a protection state.</summary>
    /// <param name="value">The value.</param>
    public static string Of(LeakedDataProtection value) => Find(s_protections, value);

    /// <summary>The code of a scope.</summary>
    /// <param name="value">The value.</param>
    public static string Of(LeakScope value) => Find(s_scopes, value);

    /// <summary>The code of a status.</summary>
    /// <param name="value">The value.</param>
    public static string Of(IncidentStatus value) => Find(s_statuses, value);

    /// <summary>The code of a duty.</summary>
    /// <param name="value">The value.</param>
    public static string Of(BreachDuty value) => Find(s_duties, value);

    /// <summary>The code of a draft kind.</summary>
    /// <param name="value">The value.</param>
    public static string Of(DraftKind value) => Find(s_drafts, value);

    /// <summary>Reads a kind code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(string? code, out BreachKind value) => TryFind(s_kinds, code, out value);

    /// <summary>Reads an unlawful act code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(string? code, out UnlawfulAct value) => TryFind(s_acts, code, out value);

    /// <summary>Reads a protection code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(string? code, out LeakedDataProtection value) => TryFind(s_protections, code, out value);

    /// <summary>Reads a scope code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(string? code, out LeakScope value) => TryFind(s_scopes, code, out value);

    /// <summary>Reads a status code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(string? code, out IncidentStatus value) => TryFind(s_statuses, code, out value);

    /// <summary>Reads a draft kind code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(string? code, out DraftKind value) => TryFind(s_drafts, code, out value);

    /// <summary>The codes of an enum, for messages and help (e.g. <c>leak, loss, damage</c>).</summary>
    /// <typeparam name="T">The enum.</typeparam>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => typeof(T).Name switch
        {
            nameof(BreachKind) => [.. s_kinds.Select(k => k.Code)],
            nameof(UnlawfulAct) => [.. s_acts.Select(k => k.Code)],
            nameof(LeakedDataProtection) => [.. s_protections.Select(k => k.Code)],
            nameof(LeakScope) => [.. s_scopes.Select(k => k.Code)],
            nameof(IncidentStatus) => [.. s_statuses.Select(k => k.Code)],
            nameof(DraftKind) => [.. s_drafts.Select(k => k.Code)],
            _ => [.. s_duties.Select(k => k.Code)],
        };

    private static string Find<T>((T Value, string Code)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (v, code) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no code for this value.");
    }

    private static bool TryFind<T>((T Value, string Code)[] table, string? code, out T value)
        where T : struct, Enum
    {
        var normalised = code?.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var (v, c) in table)
        {
            if (c == normalised)
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
