using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Files;
using Spectre.Console;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>What <c>mamori anonymize</c> prints on stdout: the decision table and the summary (Spectre.Console), or one JSON object with <c>--format json</c>.</summary>
internal static class SummaryWriter
{
    private static readonly JsonWriterOptions s_json = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void WriteDecisions(IAnsiConsole console, UiText text, IReadOnlyList<ColumnDecision> decisions)
    {
        var table = new Table()
            .Title(text["列の役割（施行規則第34条）", "Column roles (Rules Art. 34)"])
            .AddColumns(text["列", "Column"], text["役割", "Role"], text["一般化の階層", "Hierarchy"], text["理由", "Why"]);
        foreach (var decision in decisions)
        {
            table.AddRow(
                Markup.Escape(decision.Column),
                Markup.Escape(RoleText.Label(decision.Role).In(text)),
                Markup.Escape(decision.HierarchyDescription?.In(text) ?? "—"),
                Markup.Escape(decision.Reason.In(text)));
        }

        console.Write(table);
    }

    public static void WriteSummary(IAnsiConsole console, UiText text, AnonymizationReport report, OutputFiles outputs)
    {
        var grid = new Grid().AddColumn().AddColumn();
        Row(text["k（最小の同値クラス）", "k (smallest class)"], text[$"要求 {report.K} / 達成 {report.KAchieved}", $"required {report.K} / reached {report.KAchieved}"]);
        if (report.LDiversity is { } l)
        {
            Row(text[$"l（{l.Column} の異なる値）", $"l (distinct {l.Column})"], text[$"要求 {l.L} / 達成 {report.LAchieved}", $"required {l.L} / reached {report.LAchieved}"]);
        }

        Row(text["行", "Rows"], text[
            $"入力 {report.InputRows:N0} / 出力 {report.OutputRows:N0} / 秘匿 {report.SuppressedRows:N0}（{Rate(report)}、上限 {report.MaxSuppressedRows:N0}）",
            $"in {report.InputRows:N0} / out {report.OutputRows:N0} / suppressed {report.SuppressedRows:N0} ({Rate(report)}, limit {report.MaxSuppressedRows:N0})"]);
        Row(text["同値クラス", "Equivalence classes"], report.EquivalenceClasses.ToString("N0", CultureInfo.InvariantCulture));
        Row(text["再識別リスク（検察官モデル）", "Prosecutor risk"], text[
            $"最大 {Percent(report.Risk.Maximum)} / 平均 {Percent(report.Risk.Average)}",
            $"maximum {Percent(report.Risk.Maximum)} / average {Percent(report.Risk.Average)}"]);
        Row(text["情報損失（0〜1）", "Information loss (0-1)"], report.InformationLoss.ToString("0.000", CultureInfo.InvariantCulture));
        foreach (var column in report.Transformation)
        {
            Row(text[$"一般化: {column.Column}", $"generalised: {column.Column}"], $"{column.Description} (level {column.Level}, {column.LevelKey})");
        }

        Row(text["匿名加工情報", "Anonymised table"], outputs.TablePath);
        Row(text["報告（加工方法を含む・非公開）", "Report (processing method; keep private)"], outputs.ReportPath);
        Row(text["公表する項目（法第43条第3項）", "Items to publish (Act Art. 43(3))"], outputs.PublishedItemsPath);
        console.MarkupLine(Markup.Escape(text["匿名加工情報を作成しました（施行規則第34条）。", "Anonymously processed information created (Rules Art. 34)."]));
        console.Write(grid);

        void Row(string name, string value) => grid.AddRow(Markup.Escape(name), Markup.Escape(value));
    }

    public static void WriteJson(TextWriter output, TableReader source, IReadOnlyList<ColumnDecision> decisions, AnonymizationReport report, OutputFiles outputs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_json))
        {
            json.WriteStartObject();
            json.WriteStartObject("input");
            json.WriteString("path", source.Path);
            json.WriteString("format", source.Format.ToString().ToLowerInvariant());
            json.WriteString("encoding", source.EncodingName);
            json.WriteNumber("rows", report.InputRows);
            json.WriteEndObject();

            json.WriteStartObject("k");
            json.WriteNumber("required", report.K);
            json.WriteNumber("achieved", report.KAchieved);
            json.WriteEndObject();
            if (report.LDiversity is { } l)
            {
                json.WriteStartObject("l");
                json.WriteString("column", l.Column);
                json.WriteNumber("required", l.L);
                json.WriteNumber("achieved", report.LAchieved ?? 0);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("l");
            }

            json.WriteStartObject("rows");
            json.WriteNumber("input", report.InputRows);
            json.WriteNumber("output", report.OutputRows);
            json.WriteNumber("suppressed", report.SuppressedRows);
            json.WriteNumber("max_suppressed", report.MaxSuppressedRows);
            json.WriteEndObject();
            json.WriteNumber("equivalence_classes", report.EquivalenceClasses);
            json.WriteStartObject("prosecutor_risk");
            json.WriteNumber("maximum", report.Risk.Maximum);
            json.WriteNumber("average", report.Risk.Average);
            json.WriteEndObject();
            json.WriteNumber("information_loss", report.InformationLoss);

            json.WriteStartArray("transformation");
            foreach (var column in report.Transformation)
            {
                json.WriteStartObject();
                json.WriteString("column", column.Column);
                json.WriteNumber("level", column.Level);
                json.WriteString("level_key", column.LevelKey);
                json.WriteString("description", column.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("columns");
            foreach (var decision in decisions)
            {
                json.WriteStartObject();
                json.WriteString("column", decision.Column);
                json.WriteString("role", RoleText.Key(decision.Role));
                json.WriteBoolean("explicit", decision.Explicit);
                json.WriteString("detected_type", decision.DetectedType);
                json.WriteString("hierarchy", decision.HierarchyDescription?.Japanese);
                json.WriteString("hierarchy_en", decision.HierarchyDescription?.English);
                json.WriteString("reason", decision.Reason.Japanese);
                json.WriteString("reason_en", decision.Reason.English);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("outputs");
            json.WriteString("table", outputs.TablePath);
            json.WriteString("report", outputs.ReportPath);
            json.WriteString("published_items", outputs.PublishedItemsPath);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Rate(AnonymizationReport report) =>
        Percent(report.InputRows == 0 ? 0 : (double)report.SuppressedRows / report.InputRows);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
