using System.Globalization;
using Mamori.Cli.Localization;
using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Reporting;
using Spectre.Console;

namespace Mamori.Cli.Commands.Scan;

/// <summary>
/// The default output of <c>mamori scan</c>: per file, the findings per APPI category and a risk level
/// (高/中/低, see <see cref="RiskRule"/>), then totals, classified columns, personal information
/// databases and what could not be read. Japanese unless <c>--lang en</c>.
/// </summary>
internal sealed class TableReportWriter(IAnsiConsole console, UiText text) : IScanReportWriter
{
    private static readonly PiiCategory[] s_categories =
        [PiiCategory.SpecialCare, PiiCategory.IdentificationCode, PiiCategory.Personal, PiiCategory.PersonalRelated];

    private readonly List<FileSummary> _files = [];
    private readonly List<ColumnClassification> _columns = [];
    private readonly List<DatabaseFlag> _databases = [];
    private readonly List<ScanError> _errors = [];

    public void Write(ScanRecord record)
    {
        switch (record)
        {
            case FileSummary file when file.Findings > 0 || file.Columns > 0:
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

    public void Complete(ScanSummary summary)
    {
        if (_files.Count > 0)
        {
            var table = new Table().Title(text["ファイルごとの検出", "Findings per file"]).AddColumn(text["パス", "Path"]).AddColumn(text["リスク", "Risk"]);
            foreach (var category in s_categories)
            {
                table.AddColumn(new TableColumn(Label(category)).RightAligned());
            }

            table.AddColumn(new TableColumn(text["列", "Columns"]).RightAligned());
            foreach (var file in _files)
            {
                var cells = new List<string> { Markup.Escape(file.Path), Risk(file.Risk) };
                cells.AddRange(s_categories.Select(c => Count(file.FindingsByCategory.GetValueOrDefault(c))));
                cells.Add(Count(file.Columns));
                table.AddRow([.. cells]);
            }

            console.Write(table);
        }
        else
        {
            console.WriteLine(text["個人情報は見つかりませんでした。", "No personal information was found."]);
        }

        if (_columns.Count > 0)
        {
            var table = new Table().Title(text["列の分類", "Column classification"])
                .AddColumns(text["パス", "Path"], text["列", "Field"], text["種類", "Type"], text["区分", "Category"])
                .AddColumn(new TableColumn(text["確度", "Confidence"]).RightAligned());
            foreach (var column in _columns)
            {
                table.AddRow(
                    Markup.Escape(column.Path + (column.Table is { } t ? " / " + t : string.Empty)),
                    Markup.Escape(column.Field),
                    Markup.Escape(column.Type),
                    Markup.Escape(Label(column.Category)),
                    column.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }

        foreach (var flag in _databases)
        {
            console.MarkupLine(Markup.Escape(text[
                $"個人情報データベース等: {flag.Path}{(flag.Table is { } t ? " / " + t : string.Empty)}（氏名: {string.Join(", ", flag.NameFields)}、他の属性: {string.Join(", ", flag.AttributeFields)}）",
                $"Personal information database: {flag.Path}{(flag.Table is { } u ? " / " + u : string.Empty)} (names: {string.Join(", ", flag.NameFields)}; other attributes: {string.Join(", ", flag.AttributeFields)})"]));
        }

        foreach (var error in _errors)
        {
            console.MarkupLine(Markup.Escape(text["読み取れませんでした: ", "Could not scan: "] + error.Path + " — " + ErrorText(error)));
        }

        var byCategory = string.Join(text["、", ", "], s_categories.Select(c => $"{Label(c)} {summary.FindingsByCategory.GetValueOrDefault(c):N0}"));
        console.MarkupLine(text[
            $"合計: {summary.Files:N0} ファイル、検出 {summary.Findings:N0} 件（{byCategory}）、分類された列 {summary.Columns:N0}、個人情報データベース等 {summary.Databases:N0}、エラー {summary.Errors:N0}。総合リスク: {Risk(summary.Risk)}",
            $"Total: {summary.Files:N0} files, {summary.Findings:N0} findings ({byCategory}), {summary.Columns:N0} classified columns, {summary.Databases:N0} personal information databases, {summary.Errors:N0} errors. Overall risk: {Risk(summary.Risk)}"]);
    }

    private string Label(PiiCategory category) => text.Language == UiLanguage.English
        ? category switch
        {
            PiiCategory.SpecialCare => "Special care",
            PiiCategory.IdentificationCode => "Identification code",
            PiiCategory.Personal => "Personal",
            PiiCategory.PersonalRelated => "Personal-related",
            _ => "Not personal",
        }
        : category.ToJapanese();

    private string Risk(RiskLevel risk)
    {
        var label = text.Language == UiLanguage.English
            ? risk switch { RiskLevel.High => "High", RiskLevel.Medium => "Medium", RiskLevel.Low => "Low", _ => "None" }
            : risk.ToJapanese();
        return risk switch
        {
            RiskLevel.High => $"[red]{label}[/]",
            RiskLevel.Medium => $"[yellow]{label}[/]",
            RiskLevel.Low => $"[blue]{label}[/]",
            _ => label,
        };
    }

    private string ErrorText(ScanError error) => text.Language == UiLanguage.English ? error.Message : error.Code switch
    {
        ScanErrorCode.NotFound => "見つかりません",
        ScanErrorCode.Unreadable => "読み取れません（権限または入出力エラー）",
        ScanErrorCode.Corrupt => "壊れているか形式が正しくありません",
        ScanErrorCode.Encrypted => "暗号化されているためスキップしました",
        ScanErrorCode.LimitExceeded => "アーカイブの上限（サイズ・圧縮率・階層・件数）を超えたためスキップしました",
        ScanErrorCode.Unsupported => "対応していない形式です",
        ScanErrorCode.DatabaseFailed => "データベースに接続または読み取りできません",
        _ => error.Message,
    } + $" ({error.Message})";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
