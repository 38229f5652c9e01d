using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Mamori.Deidentification.Dates;

namespace Mamori.Cli.Commands.Shared;

/// <summary>What the provision commands share: snake_case JSON with the enums by their machine names, dates, lists and basis names in Japanese.</summary>
internal static class ProvisionOutput
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static JsonSerializerOptions Lines { get; } = new(Json) { WriteIndented = false };

    /// <summary>Comma-separated values, trimmed, item types upper-cased.</summary>
    public static List<string> Split(string[]? values, bool upper = true) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => upper ? v.ToUpperInvariant() : v).Distinct(StringComparer.Ordinal)];

    /// <summary>A date as typed (2025-04-01, 2025/4/1, 令和7年4月1日…) at local midnight; a refusal naming the option otherwise.</summary>
    public static DateTimeOffset Date(string value, string option)
    {
        if (!JapaneseDate.TryParse(value, out var date))
        {
            throw new PlatformException("invalid", $"{option}: '{value}' is not a date (2025-04-01, 2025/4/1, 令和7年4月1日…).");
        }

        var local = date!.Date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
    }

    public static T Parse<T>(string? value, string option, IReadOnlyList<string> names, ProvisionParse<T> parse) =>
        parse(value, out var parsed) ? parsed : throw new PlatformException("invalid", $"{option} must be one of {string.Join(", ", names)} (not '{value}').");

    public static string Basis(UiText text, ProvisionBasis basis) => basis switch
    {
        ProvisionBasis.Consent => text["本人同意（第27条第1項）", "consent (Art. 27(1))"],
        ProvisionBasis.Exception => text["第27条第1項各号の例外", "Art. 27(1) exception"],
        ProvisionBasis.OptOut => text["オプトアウト（第27条第2項）", "opt-out (Art. 27(2))"],
        ProvisionBasis.Entrustment => text["委託（第27条第5項第1号）", "entrustment (Art. 27(5)(i))"],
        ProvisionBasis.BusinessSuccession => text["事業承継（第27条第5項第2号）", "business succession (Art. 27(5)(ii))"],
        _ => text["共同利用（第27条第5項第3号）", "joint use (Art. 27(5)(iii))"],
    };

    public static string Kind(UiText text, RecordKind kind) => kind switch
    {
        RecordKind.Provision => text["提供記録（第29条）", "provision record (Art. 29)"],
        RecordKind.Receipt => text["受領記録（第30条）", "receipt record (Art. 30)"],
        RecordKind.PersonalRelated => text["個人関連情報の記録（第31条）", "personal-related record (Art. 31)"],
        _ => text["運用記録（記録義務なし）", "operational entry (no statutory record)"],
    };

    public static string Day(DateTimeOffset value) => value.ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A parser of a provision enum's machine name.</summary>
internal delegate bool ProvisionParse<T>(string? name, out T value);
