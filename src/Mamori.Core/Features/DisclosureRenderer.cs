using System.Globalization;
using System.Text;
using System.Text.Json;
using Mamori.Core.Provision;
using Mamori.Core.Requests;
using Mamori.Core.Subjects;
using Mamori.Detection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Mamori.Core.Features;

/// <summary>
/// Writes a <see cref="DisclosurePackage"/> in the format the person chose: JSON (snake_case, stable field names), CSV
/// (UTF-8 with BOM, one row per item, consent, event, purpose and notice) or a Japanese PDF (IPA Gothic, subset embedded, written with PDFsharp).
/// </summary>
internal static class DisclosureRenderer
{
    private const string FontFamily = "MamoriJapanese";
    private static readonly Lock s_fontLock = new();
    private static JapaneseFontResolver? s_resolver;

    public static DisclosureFile Render(DisclosurePackage package, DisclosureFormat format, PlatformOptions options) => format switch
    {
        DisclosureFormat.Json => new(format, $"disclosure-{package.RequestId}.json", "application/json", Json(package)),
        DisclosureFormat.Csv => new(format, $"disclosure-{package.RequestId}.csv", "text/csv; charset=utf-8", Csv(package)),
        DisclosureFormat.Pdf => new(format, $"disclosure-{package.RequestId}.pdf", "application/pdf", Pdf(package, options)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static byte[] Json(DisclosurePackage package)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("request_id", package.RequestId);
            json.WriteString("subject_id", package.SubjectId);
            json.WriteString("generated_at", package.GeneratedAt);
            json.WriteString("business", package.BusinessName);
            json.WriteStartArray("items");
            foreach (var item in package.Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("type", item.Type);
                json.WriteString("category", item.Category.ToJsonName());
                json.WriteString("value", item.Value);
                json.WriteStartObject("provenance");
                json.WriteString("source", item.Provenance.Source);
                json.WriteString("method", MethodName(item.Provenance.Method));
                json.WriteString("acquired_at", item.Provenance.AcquiredAt);
                json.WriteString("notice_id", item.Provenance.NoticeId);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("consents");
            foreach (var consent in package.Consents)
            {
                json.WriteStartObject();
                json.WriteString("purpose", consent.PurposeCode);
                json.WriteBoolean("given", consent.Given);
                json.WriteString("at", consent.At);
                json.WriteString("channel", consent.Channel);
                json.WriteString("notice_id", consent.NoticeId);
                json.WriteString("recipient_id", consent.RecipientId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("events");
            foreach (var e in package.Events)
            {
                json.WriteStartObject();
                json.WriteString("kind", e.Kind);
                json.WriteString("occurred_at", e.OccurredAt);
                json.WriteStartObject("attributes");
                foreach (var (key, value) in e.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    json.WriteString(key, value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("purposes");
            foreach (var purpose in package.Purposes)
            {
                json.WriteStartObject();
                json.WriteString("code", purpose.Code);
                json.WriteNumber("version", purpose.Version);
                json.WriteString("title", purpose.Title);
                json.WriteString("text", purpose.Text);
                json.WriteStartArray("item_types");
                foreach (var type in purpose.ItemTypes)
                {
                    json.WriteStringValue(type);
                }

                json.WriteEndArray();
                json.WriteString("basis", purpose.Basis);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notice_ids");
            foreach (var notice in package.NoticeIds)
            {
                json.WriteStringValue(notice);
            }

            json.WriteEndArray();
            json.WriteStartArray("provision_records");
            foreach (var record in package.Records)
            {
                json.WriteStartObject();
                json.WriteString("id", record.Id);
                json.WriteString("kind", ProvisionCodes.Name(record.Kind));
                json.WriteString("counterparty", record.CounterpartyName);
                json.WriteString("counterparty_address", record.CounterpartyAddress);
                json.WriteString("counterparty_representative", record.CounterpartyRepresentative);
                json.WriteString("country", record.Country);
                json.WriteString("basis", ProvisionCodes.Name(record.Basis));
                json.WriteStartArray("item_types");
                foreach (var type in record.ItemTypes)
                {
                    json.WriteStringValue(type);
                }

                json.WriteEndArray();
                json.WriteString("first_at", record.FirstAt);
                json.WriteString("last_at", record.LastAt);
                json.WriteString("purpose", record.PurposeCode);
                json.WriteString("consent_id", record.ConsentId);
                json.WriteBoolean("consent_confirmed", record.ConsentConfirmed);
                json.WriteString("provider_acquisition", record.ProviderAcquisition);
                json.WriteString("ppc_publication", record.PpcPublication);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Csv(DisclosurePackage package)
    {
        var csv = new StringBuilder();
        csv.Append('\uFEFF');
        Row(csv, "section", "type", "category", "value", "source", "method", "at", "notice_id", "detail");
        foreach (var item in package.Items)
        {
            Row(csv, "item", item.Type, item.Category.ToJsonName(), item.Value, item.Provenance.Source, MethodName(item.Provenance.Method),
                Time(item.Provenance.AcquiredAt), item.Provenance.NoticeId ?? string.Empty, string.Empty);
        }

        foreach (var consent in package.Consents)
        {
            Row(csv, "consent", consent.PurposeCode, string.Empty, consent.Given ? "given" : "withdrawn", consent.Channel, string.Empty,
                Time(consent.At), consent.NoticeId ?? string.Empty, consent.RecipientId is null ? string.Empty : "recipient=" + consent.RecipientId);
        }

        foreach (var e in package.Events)
        {
            Row(csv, "event", e.Kind, string.Empty, JsonSerializer.Serialize(e.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(), s_relaxed),
                string.Empty, string.Empty, Time(e.OccurredAt), string.Empty, string.Empty);
        }

        foreach (var purpose in package.Purposes)
        {
            Row(csv, "purpose", purpose.Code, string.Empty, purpose.Title, string.Empty, string.Empty, string.Empty, string.Empty,
                $"v{purpose.Version}; {purpose.Basis}; {string.Join(' ', purpose.ItemTypes)}; {purpose.Text}");
        }

        foreach (var notice in package.NoticeIds)
        {
            Row(csv, "notice", notice, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, notice, string.Empty);
        }

        foreach (var record in package.Records)
        {
            Row(csv, "provision_record", ProvisionCodes.Name(record.Kind), ProvisionCodes.Name(record.Basis), string.Join(' ', record.ItemTypes),
                record.CounterpartyName, record.Country, Time(record.LastAt), string.Empty,
                $"first={Time(record.FirstAt)}; address={record.CounterpartyAddress}; representative={record.CounterpartyRepresentative}; purpose={record.PurposeCode}; consent={record.ConsentId ?? (record.ConsentConfirmed ? "confirmed" : string.Empty)}; acquisition={record.ProviderAcquisition}");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] Pdf(DisclosurePackage package, PlatformOptions options)
    {
        var lines = new List<(string Text, double Size)>
        {
            package.RecordsOnly
                ? ("第三者提供記録の開示について（個人情報保護法第33条第5項）", 15)
                : ("保有個人データの開示について（個人情報保護法第33条）", 15),
            package.RecordsOnly
                ? ("Disclosure of third-party provision records (APPI Art. 33(5))", 9)
                : ("Disclosure of retained personal data (APPI Art. 33)", 9),
            (string.Empty, 6),
            ($"開示者 / Business: {package.BusinessName}", 10),
            ($"請求番号 / Request: {package.RequestId}", 10),
            ($"本人 ID / Subject: {package.SubjectId}", 10),
            ($"作成日時 / Generated: {Time(package.GeneratedAt)}", 10),
        };
        if (!package.RecordsOnly)
        {
            AddDataSections(lines, package);
        }

        if (package.RecordsOnly || package.Records.Count > 0)
        {
            lines.Add((string.Empty, 6));
            lines.Add(($"{(package.RecordsOnly ? 1 : 6)}. 第三者提供・受領の記録（{package.Records.Count} 件） / Provision and receipt records", 12));
            foreach (var record in package.Records)
            {
                var direction = record.Kind == RecordKind.Receipt ? "受領元" : "提供先";
                lines.Add(($"・{direction}: {record.CounterpartyName}（{record.Country}）、{Time(record.FirstAt)}〜{Time(record.LastAt)}", 10));
                lines.Add(($"　　項目: {string.Join("、", record.ItemTypes)}／根拠: {ProvisionCodes.Name(record.Basis)}／所在地: {record.CounterpartyAddress}／代表者: {record.CounterpartyRepresentative}", 8));
            }
        }

        EnsureFontResolver(options);
        using var document = new PdfDocument();
        document.Info.Title = "保有個人データの開示 " + package.RequestId;
        document.Info.Creator = "Mamori";
        const double left = 40, top = 40, bottom = 800, width = 515;
        var fonts = new Dictionary<double, XFont>();
        PdfPage page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var graphics = XGraphics.FromPdfPage(page);
        try
        {
            var y = top;
            foreach (var (text, size) in lines)
            {
                if (!fonts.TryGetValue(size, out var font))
                {
                    fonts[size] = font = new XFont(FontFamily, size);
                }

                foreach (var part in Wrap(text, (int)(width / size)))
                {
                    if (y + size > bottom)
                    {
                        graphics.Dispose();
                        page = document.AddPage();
                        page.Size = PdfSharp.PageSize.A4;
                        graphics = XGraphics.FromPdfPage(page);
                        y = top;
                    }

                    if (part.Length > 0)
                    {
                        graphics.DrawString(part, font, XBrushes.Black, new XPoint(left, y + size));
                    }

                    y += size * 1.5;
                }
            }
        }
        finally
        {
            graphics.Dispose();
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    /// <summary>
    /// Points PDFsharp (once per process) at the first Japanese font of the options that exists; a missing font is a clear
    /// error naming the Debian package. PDFsharp keeps the parsed font, so later documents only subset it.
    /// </summary>
    // The person's data: items with provenance, purposes, consents, events and the notices shown (Art. 33(1)).
    private static void AddDataSections(List<(string Text, double Size)> lines, DisclosurePackage package)
    {
        lines.Add((string.Empty, 6));
        lines.Add(($"1. 保有個人データ（{package.Items.Count} 件） / Personal data", 12));
        foreach (var item in package.Items)
        {
            lines.Add(($"・{item.Type}: {item.Value}", 10));
            lines.Add(($"　　取得元: {item.Provenance.Source}（{MethodJapanese(item.Provenance.Method)}、{Time(item.Provenance.AcquiredAt)}）", 8));
        }

        lines.Add((string.Empty, 6));
        lines.Add(($"2. 利用目的（{package.Purposes.Count} 件） / Purposes of use", 12));
        foreach (var purpose in package.Purposes)
        {
            lines.Add(($"・{purpose.Title}（{purpose.Code} 第{purpose.Version}版、{(purpose.Basis == "consent" ? "ご本人の同意による" : "公表・通知した目的による")}）", 10));
            lines.Add(($"　　{purpose.Text}", 8));
        }

        lines.Add((string.Empty, 6));
        lines.Add(($"3. 同意の記録（{package.Consents.Count} 件） / Consents", 12));
        foreach (var consent in package.Consents)
        {
            lines.Add(($"・{consent.PurposeCode}: {(consent.Given ? "同意" : "撤回")}（{Time(consent.At)}、{consent.Channel}）", 10));
        }

        lines.Add((string.Empty, 6));
        lines.Add(($"4. 利用履歴（{package.Events.Count} 件） / Events", 12));
        foreach (var e in package.Events)
        {
            var attributes = string.Join("、", e.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
            lines.Add(($"・{Time(e.OccurredAt)} {e.Kind} {attributes}", 9));
        }

        lines.Add((string.Empty, 6));
        lines.Add(($"5. 示したプライバシーポリシー（{package.NoticeIds.Count} 件） / Notices shown", 12));
        foreach (var notice in package.NoticeIds)
        {
            lines.Add(($"・{notice}", 9));
        }
    }

    private static void EnsureFontResolver(PlatformOptions options)
    {
        lock (s_fontLock)
        {
            if (s_resolver is not null)
            {
                return;
            }

            var path = options.JapaneseFontPaths.FirstOrDefault(File.Exists)
                ?? throw new PlatformException("unavailable",
                    "No Japanese font for PDF disclosures: install the Debian package fonts-ipafont-gothic (scripts/install-deps.sh), or choose JSON or CSV.");
            s_resolver = new JapaneseFontResolver(File.ReadAllBytes(path));
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = s_resolver;
            }
        }
    }

    /// <summary>Every face PDFsharp asks for is the one Japanese font.</summary>
    private sealed class JapaneseFontResolver(byte[] font) : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FontFamily);

        public byte[] GetFont(string faceName) => font;
    }

    /// <summary>Splits a line so it fits: full-width characters count 1, half-width ½, against <paramref name="ems"/> per line.</summary>
    private static IEnumerable<string> Wrap(string text, int ems)
    {
        if (text.Length == 0)
        {
            yield return text;
            yield break;
        }

        var start = 0;
        double used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var w = text[i] < 0x2E80 ? 0.55 : 1.0;
            if (used + w > ems && i > start)
            {
                yield return text[start..i];
                start = i;
                used = 0;
            }

            used += w;
        }

        yield return text[start..];
    }

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Row(StringBuilder csv, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var value = values[i];
            csv.Append(value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }

        csv.Append("\r\n");
    }

    private static string Time(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string MethodName(AcquisitionMethod method) => method switch
    {
        AcquisitionMethod.Direct => "direct",
        AcquisitionMethod.Import => "import",
        AcquisitionMethod.ThirdParty => "third_party",
        AcquisitionMethod.Public => "public",
        _ => "other",
    };

    private static string MethodJapanese(AcquisitionMethod method) => method switch
    {
        AcquisitionMethod.Direct => "ご本人から直接",
        AcquisitionMethod.Import => "当社システムから取込",
        AcquisitionMethod.ThirdParty => "第三者から受領",
        AcquisitionMethod.Public => "公開情報",
        _ => "その他",
    };
}
