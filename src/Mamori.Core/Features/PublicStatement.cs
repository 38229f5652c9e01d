using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Requests;

namespace Mamori.Core.Features;

/// <summary>
/// The business profile (a settings record) and the Art. 32 public statement generated from it and the platform's own
/// registers: purposes in effect, request procedures and fees, security measures, foreign countries (contractors
/// abroad), complaint contact. As Markdown, HTML or JSON, in Japanese.
/// </summary>
public sealed class PublicStatement
{
    private const string ProfileKey = "business_profile";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly IPlatformStore _store;
    private readonly PurposeRegister _purposes;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private readonly PlatformOptions _options;

    internal PublicStatement(IPlatformStore store, PurposeRegister purposes, AccessLog log, TimeProvider time, PlatformOptions options)
    {
        _store = store;
        _purposes = purposes;
        _log = log;
        _time = time;
        _options = options;
    }

    /// <summary>The business profile (empty until set).</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<BusinessProfile> ProfileAsync(CancellationToken cancellationToken = default)
    {
        var json = await _store.GetSettingAsync(ProfileKey, cancellationToken).ConfigureAwait(false);
        return json is null ? new BusinessProfile() : JsonSerializer.Deserialize<BusinessProfile>(json, s_json) ?? new BusinessProfile();
    }

    /// <summary>Replaces the business profile (administrators and privacy officers).</summary>
    /// <param name="caller">Who sets it.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<BusinessProfile> SetProfileAsync(Caller caller, BusinessProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(profile);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, "set business profile: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers set the business profile.");
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            problems.Add("name (the business's name) is required");
        }

        if (string.IsNullOrWhiteSpace(profile.Address))
        {
            problems.Add("address is required (Art. 32(1)(i))");
        }

        if (string.IsNullOrWhiteSpace(profile.ComplaintContact))
        {
            problems.Add("complaint_contact is required (Art. 32(1)(iv))");
        }

        if (profile.NotificationFeeYen < 0 || profile.DisclosureFeeYen < 0)
        {
            problems.Add("fees cannot be negative");
        }

        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The business profile is incomplete: " + string.Join("; ", problems) + ".");
        }

        await _store.SetSettingAsync(ProfileKey, JsonSerializer.Serialize(profile, s_json), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, "business profile set", cancellationToken).ConfigureAwait(false);
        return profile;
    }

    /// <summary>Generates the statement from the profile and the registers as they are now.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Statement> BuildAsync(CancellationToken cancellationToken = default)
    {
        var profile = await ProfileAsync(cancellationToken).ConfigureAwait(false);
        var purposes = new List<PurposeUse>();
        foreach (var code in (await _purposes.AllAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (await _purposes.CurrentAsync(code, cancellationToken).ConfigureAwait(false) is { } p)
            {
                purposes.Add(new PurposeUse(p.Code, p.Version, p.Title, p.PublishedText, p.ItemTypes, p.RequiresConsent ? "consent" : "notified"));
            }
        }

        var now = _time.GetUtcNow();
        var countries = (await _store.GetEntrustmentsAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => e.ValidUntil >= now && !string.Equals(e.Country, "JP", StringComparison.OrdinalIgnoreCase))
            .Select(e => $"{e.Country}（委託先: {e.Contractor}）")
            .Concat(profile.ForeignCountries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var procedures = Enum.GetValues<RequestType>().Select(t => new StatementProcedure(RequestNames.Name(t), RequestNames.Japanese(t), t switch
        {
            RequestType.PurposeNotification => profile.NotificationFeeYen,
            RequestType.Disclosure or RequestType.RecordDisclosure => profile.DisclosureFeeYen,
            _ => 0,
        })).ToList();
        return new Statement(now, profile.Name, profile.Address, profile.Representative, purposes, procedures, profile.RequestProcedure,
            (int)Math.Ceiling(_options.RequestResponseTime.TotalDays), profile.SecurityMeasures, countries, profile.ComplaintContact, profile.AccreditedOrganisation);
    }

    /// <summary>The statement as Japanese Markdown.</summary>
    /// <param name="statement">The statement.</param>
    public static string ToMarkdown(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var md = new StringBuilder();
        md.Append("# 個人情報の取扱いに関する公表事項（個人情報保護法第32条）\n\n");
        md.Append(CultureInfo.InvariantCulture, $"作成日: {statement.GeneratedAt:yyyy-MM-dd}\n\n");
        md.Append("## 1. 事業者の名称・住所・代表者\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- 名称: {Or(statement.BusinessName)}\n- 住所: {Or(statement.Address)}\n- 代表者: {Or(statement.Representative)}\n\n");
        md.Append("## 2. 保有個人データの利用目的\n\n");
        foreach (var p in statement.Purposes)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{p.Title}**: {p.Text}{(p.Basis == "consent" ? "（ご本人の同意を得た場合に限ります）" : string.Empty)}\n");
        }

        if (statement.Purposes.Count == 0)
        {
            md.Append("- （登録されていません）\n");
        }

        md.Append("\n## 3. 開示等の請求の手続と手数料（第32条〜第39条）\n\n");
        md.Append(string.IsNullOrWhiteSpace(statement.RequestProcedure) ? "請求の方法は下記のお問い合わせ窓口にお尋ねください。\n\n" : statement.RequestProcedure + "\n\n");
        md.Append("| 請求の種類 | 手数料 |\n|---|---|\n");
        foreach (var procedure in statement.Procedures)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {procedure.Title} | {Fee(procedure.FeeYen)} |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\nご本人であること（代理人による請求の場合は代理権）を確認のうえ、遅滞なく（原則として受付から {statement.ResponseDays} 日以内に）回答します。請求に応じない場合は、その理由をお知らせします。\n\n");
        md.Append("## 4. 安全管理のために講じた措置\n\n");
        foreach (var measure in statement.SecurityMeasures)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {measure}\n");
        }

        if (statement.SecurityMeasures.Count == 0)
        {
            md.Append("- （登録されていません）\n");
        }

        md.Append("\n## 5. 外国における取扱い\n\n");
        md.Append(statement.ForeignCountries.Count == 0
            ? "個人データを外国で取り扱うことはありません。\n"
            : string.Concat(statement.ForeignCountries.Select(c => $"- {c}\n")) + "\n各国の個人情報保護制度を把握したうえで安全管理措置を講じています。\n");
        md.Append("\n## 6. 苦情・お問い合わせの窓口\n\n");
        md.Append(Or(statement.ComplaintContact)).Append('\n');
        if (!string.IsNullOrWhiteSpace(statement.AccreditedOrganisation))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n認定個人情報保護団体: {statement.AccreditedOrganisation}\n");
        }

        return md.ToString();
    }

    /// <summary>The statement as a Japanese HTML page.</summary>
    /// <param name="statement">The statement.</param>
    public static string ToHtml(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ja\">\n<head><meta charset=\"utf-8\"><title>個人情報の取扱いに関する公表事項</title></head>\n<body>\n");
        foreach (var line in ToMarkdown(statement).Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                html.Append("<h1>").Append(WebUtility.HtmlEncode(line[2..])).Append("</h1>\n");
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                html.Append("<h2>").Append(WebUtility.HtmlEncode(line[3..])).Append("</h2>\n");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(line[2..].Replace("**", string.Empty, StringComparison.Ordinal))).Append("</li>\n");
            }
            else if (line.StartsWith('|'))
            {
                if (!line.StartsWith("|---", StringComparison.Ordinal))
                {
                    var cells = line.Trim('|').Split('|').Select(c => "<td>" + WebUtility.HtmlEncode(c.Trim()) + "</td>");
                    html.Append("<tr>").Append(string.Concat(cells)).Append("</tr>\n");
                }
            }
            else if (line.Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Or(string value) => string.IsNullOrWhiteSpace(value) ? "（未設定）" : value;

    private static string Fee(int yen) => yen == 0 ? "無料" : string.Create(CultureInfo.InvariantCulture, $"{yen:N0} 円");
}
