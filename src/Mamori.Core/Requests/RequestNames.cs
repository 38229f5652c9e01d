namespace Mamori.Core.Requests;

/// <summary>
/// Machine names of request types, statuses, formats and refusal reasons (API, CLI, database: stable, snake_case) and
/// their Japanese texts for people. Spelled out here so that renaming a C# member changes neither.
/// </summary>
public static class RequestNames
{
    private static readonly (RequestType Type, string Name, string Japanese, string English)[] s_types =
    [
        (RequestType.PurposeNotification, "purpose_notification", "利用目的の通知（第32条第2項）", "Notification of purposes (Art. 32(2))"),
        (RequestType.Disclosure, "disclosure", "保有個人データの開示（第33条第1項）", "Disclosure of retained personal data (Art. 33(1))"),
        (RequestType.RecordDisclosure, "record_disclosure", "第三者提供記録の開示（第33条第5項）", "Disclosure of provision and receipt records (Art. 33(5))"),
        (RequestType.Correction, "correction", "訂正・追加・削除（第34条）", "Correction, addition or deletion (Art. 34)"),
        (RequestType.Suspension, "suspension", "利用停止（第35条第1項・第5項）", "Suspension of use (Art. 35(1), (5))"),
        (RequestType.Erasure, "erasure", "消去（第35条第1項・第5項）", "Erasure (Art. 35(1), (5))"),
        (RequestType.StopProvision, "stop_provision", "第三者提供の停止（第35条第3項・第5項）", "Stop of provision to third parties (Art. 35(3), (5))"),
        (RequestType.DoNotContact, "do_not_contact", "連絡・勧誘の停止（第35条第5項）", "Do not contact (Art. 35(5))"),
    ];

    private static readonly (RefusalReason Reason, string Name, string Japanese)[] s_reasons =
    [
        (RefusalReason.IdentityNotVerified, "identity_not_verified", "本人確認ができないため（代理人の場合は代理権の確認ができないため）"),
        (RefusalReason.HarmToPersonOrThirdParty, "harm_to_person_or_third_party", "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあるため（第33条第2項第1号）"),
        (RefusalReason.SeriousHindranceToBusiness, "serious_hindrance_to_business", "当社の業務の適正な実施に著しい支障を及ぼすおそれがあるため（第33条第2項第2号）"),
        (RefusalReason.ViolatesOtherLaw, "violates_other_law", "他の法令に違反することとなるため（第33条第2項第3号）"),
        (RefusalReason.NoRetainedData, "no_retained_data", "ご本人の保有個人データが存在しないため"),
        (RefusalReason.RequirementsNotMet, "requirements_not_met", "法令の定める要件に該当しないため（第34条・第35条）"),
        (RefusalReason.FeeNotPaid, "fee_not_paid", "所定の手数料のお支払いが確認できないため（第38条）"),
        (RefusalReason.NotYetAvailable, "not_yet_available", "現時点では対応できません（not yet available）"),
        (RefusalReason.Other, "other", "その他の理由（備考のとおり）"),
    ];

    /// <summary>Every request type name.</summary>
    public static IReadOnlyList<string> TypeNames { get; } = [.. s_types.Select(t => t.Name)];

    /// <summary>Every refusal reason name.</summary>
    public static IReadOnlyList<string> ReasonNames { get; } = [.. s_reasons.Select(r => r.Name)];

    /// <summary>The machine name of a request type (<c>disclosure</c>…).</summary>
    /// <param name="type">The type.</param>
    public static string Name(RequestType type) => s_types.First(t => t.Type == type).Name;

    /// <summary>The Japanese name of a request type, with its article.</summary>
    /// <param name="type">The type.</param>
    public static string Japanese(RequestType type) => s_types.First(t => t.Type == type).Japanese;

    /// <summary>The English name of a request type, with its article.</summary>
    /// <param name="type">The type.</param>
    public static string English(RequestType type) => s_types.First(t => t.Type == type).English;

    /// <summary>Parses a request type name (<c>-</c> or <c>_</c>, any case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type.</param>
    public static bool TryParse(string? name, out RequestType type)
    {
        var normalised = name?.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var t in s_types)
        {
            if (t.Name == normalised)
            {
                type = t.Type;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>The machine name of a status.</summary>
    /// <param name="status">The status.</param>
    public static string Name(RequestStatus status) => status switch
    {
        RequestStatus.Received => "received",
        RequestStatus.Verified => "verified",
        RequestStatus.Fulfilled => "fulfilled",
        RequestStatus.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The Japanese name of a status.</summary>
    /// <param name="status">The status.</param>
    public static string Japanese(RequestStatus status) => status switch
    {
        RequestStatus.Received => "受付済み",
        RequestStatus.Verified => "本人確認済み",
        RequestStatus.Fulfilled => "対応済み",
        RequestStatus.Refused => "不対応",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Parses a status name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="status">The status.</param>
    public static bool TryParse(string? name, out RequestStatus status)
    {
        foreach (var candidate in Enum.GetValues<RequestStatus>())
        {
            if (Name(candidate) == name)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>The machine name of a disclosure format (<c>json</c>, <c>csv</c>, <c>pdf</c>).</summary>
    /// <param name="format">The format.</param>
    public static string Name(DisclosureFormat format) => format switch
    {
        DisclosureFormat.Json => "json",
        DisclosureFormat.Csv => "csv",
        DisclosureFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses a disclosure format name (any case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format.</param>
    public static bool TryParse(string? name, out DisclosureFormat format)
    {
        foreach (var candidate in Enum.GetValues<DisclosureFormat>())
        {
            if (string.Equals(Name(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The machine name of a refusal reason.</summary>
    /// <param name="reason">The reason.</param>
    public static string Name(RefusalReason reason) => s_reasons.First(r => r.Reason == reason).Name;

    /// <summary>The Japanese text told to the person (Art. 36).</summary>
    /// <param name="reason">The reason.</param>
    public static string Text(RefusalReason reason) => s_reasons.First(r => r.Reason == reason).Japanese;

    /// <summary>Parses a refusal reason name (<c>-</c> or <c>_</c>, any case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="reason">The reason.</param>
    public static bool TryParse(string? name, out RefusalReason reason)
    {
        var normalised = name?.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var r in s_reasons)
        {
            if (r.Name == normalised)
            {
                reason = r.Reason;
                return true;
            }
        }

        reason = default;
        return false;
    }

    /// <summary>True for the types that may carry a fee (Art. 38(1): notification of purposes and disclosure, records included).</summary>
    /// <param name="type">The type.</param>
    public static bool MayCarryFee(RequestType type) => type is RequestType.PurposeNotification or RequestType.Disclosure or RequestType.RecordDisclosure;
}
