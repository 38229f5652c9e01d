using System.Globalization;
using System.Net;
using System.Text;
using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// <c>--format html</c>: one self-contained page (inline CSS, no scripts, no external assets) for a
/// privacy officer: overall risk, counts per APPI category, one row per file with its risk and masked
/// examples, the classified columns, personal information databases and errors, and the risk rule.
/// Japanese by default. Values are only ever shown masked.
/// </summary>
public sealed class HtmlReportWriter : IScanReportWriter
{
    private const string Style = """
        body{font-family:"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",Meiryo,sans-serif;margin:2rem;color:#1f2328;line-height:1.5}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
        table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
        th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .risk{display:inline-block;padding:0 .6rem;border-radius:1rem;font-weight:bold;color:#fff}
        .high{background:#cf222e}.medium{background:#bf8700}.low{background:#0969da}.none{background:#57606a}
        .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #d0d7de;border-radius:.5rem;padding:.6rem 1rem;min-width:10rem}
        .card b{display:block;font-size:1.5rem}.muted{color:#57606a;font-size:.85rem}code{font-size:.85rem}
        """;

    private readonly TextWriter _output;
    private readonly ReportText _text;
    private readonly List<FileSummary> _files = [];
    private readonly List<ColumnClassification> _columns = [];
    private readonly List<DatabaseFlag> _databases = [];
    private readonly List<ScanError> _errors = [];
    private readonly DateTimeOffset _started;

    /// <summary>Writes to <paramref name="output"/> when the scan completes.</summary>
    /// <param name="output">Where the page goes.</param>
    /// <param name="language">Japanese (default) or English.</param>
    /// <param name="now">The time stated in the report; null for the current time.</param>
    public HtmlReportWriter(TextWriter output, ReportLanguage language = ReportLanguage.Japanese, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _text = new ReportText(language);
        _started = now ?? DateTimeOffset.Now;
    }

    /// <inheritdoc />
    public void Write(ScanRecord record)
    {
        switch (record)
        {
            case FileSummary file:
                _files.Add(file);
                break;
            case ColumnClassification column:
                _columns.Add(column);
                break;
            case DatabaseFlag flag:
                _databases.Add(flag);
                break;
            case ScanError error:
                _errors.Add(error);
                break;
        }
    }

    /// <inheritdoc />
    public void Complete(ScanSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var t = _text;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(t["ja", "en"]).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E(t["Mamori 個人情報スキャン結果", "Mamori personal information scan"])).Append("</title>\n<style>")
            .Append(Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<h1>").Append(E(t["個人情報スキャン結果", "Personal information scan"])).Append("</h1>\n<p class=\"muted\">")
            .Append(E($"{ToolInfo.Name} {ToolInfo.Version} — {_started.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}"))
            .Append("</p>\n");

        html.Append("<h2>").Append(E(t["概要", "Summary"])).Append("</h2>\n<div class=\"cards\">\n");
        Card(html, t["総合リスク", "Overall risk"], RiskBadge(summary.Risk));
        Card(html, t["スキャンしたファイル", "Files scanned"], Number(summary.Files));
        Card(html, t["検出のあったファイル", "Files with findings"], Number(summary.FilesWithFindings));
        Card(html, t["検出件数", "Findings"], Number(summary.Findings));
        foreach (var category in ReportText.Categories)
        {
            Card(html, t.Category(category), Number(summary.FindingsByCategory.GetValueOrDefault(category)));
        }

        Card(html, t["個人情報データベース等", "Personal information databases"], Number(summary.Databases));
        Card(html, t["エラー", "Errors"], Number(summary.Errors));
        html.Append("</div>\n");

        WriteFiles(html);
        WriteColumns(html);
        WriteDatabases(html);
        WriteErrors(html);

        html.Append("<h2>").Append(E(t["リスクの判定", "How risk is assessed"])).Append("</h2>\n<ul>\n<li>")
            .Append(E(t["高: 要配慮個人情報または個人識別符号（マイナンバー、旅券番号、生体情報など）がある",
                "High: special care-required information or individual identification codes (My Number, passport, biometrics…)"]))
            .Append("</li>\n<li>").Append(E(t["中: 個人情報（氏名、住所、電話番号、メールアドレスなど）がある、または個人情報データベース等に該当する",
                "Medium: personal information (names, addresses, phone numbers, e-mail…), or a personal information database"]))
            .Append("</li>\n<li>").Append(E(t["低: 個人関連情報（Cookie ID、広告 ID、IP アドレスなど）のみ",
                "Low: only personal-related information (cookie ids, advertising ids, IP addresses…)"]))
            .Append("</li>\n</ul>\n<p class=\"muted\">")
            .Append(E(t["値はマスクして表示しています。この報告書自体も個人データとして扱ってください。",
                "Values are shown masked. Handle this report itself as personal data."]))
            .Append("</p>\n</body>\n</html>\n");
        _output.Write(html.ToString());
        _output.Flush();
    }

    private void WriteFiles(StringBuilder html)
    {
        var t = _text;
        html.Append("<h2>").Append(E(t["ファイルごとの結果", "Results per file"])).Append("</h2>\n");
        var shown = _files.Where(f => f.Findings > 0 || f.Columns > 0 || f.Errors > 0).ToList();
        if (shown.Count == 0)
        {
            html.Append("<p>").Append(E(t["個人情報は見つかりませんでした。", "No personal information was found."])).Append("</p>\n");
            return;
        }

        html.Append("<table>\n<tr><th>").Append(E(t["パス", "Path"])).Append("</th><th>").Append(E(t["形式", "Format"])).Append("</th><th>")
            .Append(E(t["リスク", "Risk"])).Append("</th>");
        foreach (var category in ReportText.Categories)
        {
            html.Append("<th>").Append(E(t.Category(category))).Append("</th>");
        }

        html.Append("<th>").Append(E(t["分類された列", "Columns"])).Append("</th><th>").Append(E(t["例（マスク済み）", "Examples (masked)"])).Append("</th></tr>\n");
        foreach (var file in shown.OrderByDescending(f => f.Risk).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            html.Append("<tr><td><code>").Append(E(file.Path)).Append("</code>");
            if (file.PersonalInformationDatabase)
            {
                html.Append("<br><span class=\"muted\">").Append(E(t["個人情報データベース等", "personal information database"])).Append("</span>");
            }

            html.Append("</td><td>").Append(E(Formats.FileFormats.ToJsonName(file.Format))).Append("</td><td>").Append(RiskBadge(file.Risk)).Append("</td>");
            foreach (var category in ReportText.Categories)
            {
                html.Append("<td class=\"n\">").Append(Number(file.FindingsByCategory.GetValueOrDefault(category))).Append("</td>");
            }

            html.Append("<td class=\"n\">").Append(Number(file.Columns)).Append("</td><td>");
            html.Append(string.Join("<br>", file.Examples.Select(e => $"{E(e.Type)}: <code>{E(e.Masked)}</code>")));
            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private void WriteColumns(StringBuilder html)
    {
        if (_columns.Count == 0)
        {
            return;
        }

        var t = _text;
        html.Append("<h2>").Append(E(t["列の分類", "Column classification"])).Append("</h2>\n<table>\n<tr><th>")
            .Append(E(t["パス", "Path"])).Append("</th><th>").Append(E(t["列", "Field"])).Append("</th><th>").Append(E(t["種類", "Type"]))
            .Append("</th><th>").Append(E(t["区分", "Category"])).Append("</th><th>").Append(E(t["確度", "Confidence"])).Append("</th></tr>\n");
        foreach (var column in _columns)
        {
            html.Append("<tr><td><code>").Append(E(column.Path)).Append("</code>").Append(column.Table is { } table ? " / " + E(table) : string.Empty)
                .Append("</td><td>").Append(E(column.Field)).Append("</td><td>").Append(E(column.Type)).Append("</td><td>")
                .Append(E(t.Category(column.Category))).Append("</td><td class=\"n\">")
                .Append(column.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private void WriteDatabases(StringBuilder html)
    {
        if (_databases.Count == 0)
        {
            return;
        }

        var t = _text;
        html.Append("<h2>").Append(E(t["個人情報データベース等", "Personal information databases"])).Append("</h2>\n<p class=\"muted\">")
            .Append(E(t["氏名の列と他の個人属性の列を持つ表です（個人情報保護法第16条第1項）。安全管理措置の対象です。",
                "Tables holding a name column beside other personal attributes (APPI Art. 16(1)); security control measures apply."]))
            .Append("</p>\n<table>\n<tr><th>").Append(E(t["パス", "Path"])).Append("</th><th>").Append(E(t["氏名の列", "Name fields"]))
            .Append("</th><th>").Append(E(t["他の属性", "Other attributes"])).Append("</th><th>").Append(E(t["行数", "Rows"])).Append("</th></tr>\n");
        foreach (var flag in _databases)
        {
            html.Append("<tr><td><code>").Append(E(flag.Path)).Append("</code>").Append(flag.Table is { } table ? " / " + E(table) : string.Empty)
                .Append("</td><td>").Append(E(string.Join(", ", flag.NameFields))).Append("</td><td>").Append(E(string.Join(", ", flag.AttributeFields)))
                .Append("</td><td class=\"n\">").Append(Number(flag.Rows)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private void WriteErrors(StringBuilder html)
    {
        if (_errors.Count == 0)
        {
            return;
        }

        var t = _text;
        html.Append("<h2>").Append(E(t["読み取れなかったもの", "Could not be scanned"])).Append("</h2>\n<table>\n<tr><th>")
            .Append(E(t["パス", "Path"])).Append("</th><th>").Append(E(t["理由", "Reason"])).Append("</th></tr>\n");
        foreach (var error in _errors)
        {
            html.Append("<tr><td><code>").Append(E(error.Path)).Append("</code></td><td>").Append(E(error.Message)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private string RiskBadge(RiskLevel risk) => $"<span class=\"risk {risk.ToJsonName()}\">{E(_text.Risk(risk))}</span>";

    private static void Card(StringBuilder html, string label, string valueHtml) =>
        html.Append("<div class=\"card\">").Append(E(label)).Append("<b>").Append(valueHtml).Append("</b></div>\n");

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
