using System.Globalization;
using System.Text;
using Mamori.Deidentification.Anonymization;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// The items of personal information the anonymised data holds, which the business must publish
/// when it creates it (Act Art. 43(3)), as a Japanese Markdown page ready to adapt and publish.
/// It names items and how coarse they are, never the processing method in detail (Act Art. 43(2)).
/// </summary>
internal static class PublishedItemsMarkdown
{
    public static string Build(AnonymizationReport report, string outputFile, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = new StringBuilder();
        page.Append("# 匿名加工情報に含まれる個人に関する情報の項目\n\n");
        page.Append("個人情報の保護に関する法律第43条第3項に基づき、匿名加工情報を作成したときに公表する項目です。");
        page.Append("作成後遅滞なく、インターネットの利用その他の適切な方法により公表してください（施行規則第36条）。\n\n");
        page.Append(CultureInfo.InvariantCulture, $"- 作成日: {created:yyyy-MM-dd}\n");
        page.Append(CultureInfo.InvariantCulture, $"- 匿名加工情報: {Cell(outputFile)}（{report.OutputRows:N0} 件）\n\n");
        page.Append("## 項目\n\n");
        page.Append("| 項目 | 加工 |\n|---|---|\n");
        foreach (var item in report.PublishedItems)
        {
            var treatment = item.Treatment == "generalized" ? "一般化" : "そのまま";
            page.Append(CultureInfo.InvariantCulture, $"| {Cell(item.Description)} | {treatment} |\n");
        }

        page.Append("\n## 取り扱い上の注意（公表しない事項）\n\n");
        page.Append("- 削除した記述等と加工の方法に関する情報（`.anonymization-report.json` を含む）は公表せず、漏えいを防ぐ措置を講じてください（法第43条第2項）。\n");
        page.Append("- 第三者に提供するときは、あらかじめ提供する項目と提供の方法を公表し、提供先に匿名加工情報であることを明示してください（法第43条第4項）。\n");
        page.Append("- 作成した匿名加工情報を他の情報と照合して本人を識別してはなりません（法第43条第5項）。\n");
        return page.ToString();
    }

    /// <summary>Keeps a value inside one Markdown table cell.</summary>
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
