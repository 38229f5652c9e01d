using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Retention;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori retention run [--dry-run]|log</c>: the retention job (Art. 22) now, and its deletion log. <c>mamori serve</c>
/// runs the same job daily. Exit codes: 0 done, 1 refused (role), 2 bad input.
/// </summary>
internal static class RetentionCommand
{
    private static readonly string[] s_formats = ["table", "json"];
    private static readonly string[] s_logFormats = ["table", "jsonl"];

    public static Command Create(UiText text)
    {
        var command = new Command("retention", text[
            "保存期間（第22条）を過ぎた個人データを削除し、削除記録を表示します。保存期間は、その項目をまだ対象とする利用目的のうち最も長いものを、最後の利用（登録・取得・イベント・同意）から数えます。どの利用目的の対象でもなくなった項目はすぐに削除対象です。mamori serve も毎日実行します。" + PlatformCommand.TrustNote(text),
            "Delete personal data whose retention ended (Art. 22) and show the deletion log. An item is kept for the longest period among the purposes that still cover it, counted from the last activity (registration, acquisition, event, consent); an item no purpose covers any more is due at once. mamori serve runs it daily too. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Run(text));
        command.Subcommands.Add(Log(text));
        return command;
    }

    private static Command Run(UiText text)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = text["削除せず、削除対象だけを表示します", "List what would be deleted and delete nothing"] };
        var format = FormatOption(text, s_formats, "出力形式: table（既定）または json", "Output format: table (default) or json");
        var asUser = AsOption(text);
        var command = new Command("run", text[
            "保存期間の点検をいま実行します（人ごと消去は暗号鍵の破棄、一部の項目は削除）。削除ごとに削除記録とアクセスログを残します",
            "Run the retention job now (whole subjects crypto-shredded, single items deleted), writing the deletion log and the access log"]) { dryRun, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var report = await platform.Retention.RunAsync(caller, parseResult.GetValue(dryRun), ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ReportJson(report), JsonOutput.Options)).ConfigureAwait(false);
                return 0;
            }

            await output.WriteLineAsync(report.DryRun
                ? text[
                    $"ドライラン {report.RunId}（{PlatformCommand.Time(report.At)}）: {report.SubjectsChecked} 人を点検、消去対象 {report.SubjectsErased} 人、削除対象の項目 {report.ItemsDeleted} 件。何も削除していません。",
                    $"Dry run {report.RunId} ({PlatformCommand.Time(report.At)}): {report.SubjectsChecked} subject(s) checked; {report.SubjectsErased} would be erased, {report.ItemsDeleted} item(s) deleted. Nothing was deleted."]
                : text[
                    $"保存期間の点検 {report.RunId}（{PlatformCommand.Time(report.At)}）: {report.SubjectsChecked} 人を点検、{report.SubjectsErased} 人を消去、{report.ItemsDeleted} 件の項目と {report.RecordsPurged} 件の記録を削除しました。",
                    $"Retention run {report.RunId} ({PlatformCommand.Time(report.At)}): {report.SubjectsChecked} subject(s) checked, {report.SubjectsErased} erased, {report.ItemsDeleted} item(s) and {report.RecordsPurged} record(s) deleted."]).ConfigureAwait(false);
            if (report.Deletions.Count > 0)
            {
                var table = new Table().AddColumns(text["対象", "Kind"], text["本人 ID", "Subject"], text["項目", "Items"], text["規則", "Rule"],
                    text["利用目的", "Purposes"], text["保存日数", "Days"], text["期限", "Due"]);
                foreach (var d in report.Deletions)
                {
                    table.AddRow(KindText(text, d.Kind), d.SubjectId ?? Markup.Escape(d.Participant ?? "—"), Markup.Escape(string.Join(", ", d.ItemTypes.DefaultIfEmpty(d.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
                        RuleText(text, d.Rule), Markup.Escape(string.Join(", ", d.PurposeCodes.DefaultIfEmpty("—"))), d.RetentionDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                        PlatformCommand.Time(d.DueAt));
                }

                PlatformCommand.Console(output).Write(table);
                if (report.Truncated)
                {
                    await output.WriteLineAsync(text[$"（最初の {RetentionJob.MaxListed} 件のみ表示。件数はすべてを数えています）", $"(only the first {RetentionJob.MaxListed} shown; the counts cover all)"]).ConfigureAwait(false);
                }
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Log(UiText text)
    {
        var from = new Option<long>("--from") { Description = text["この番号の記録から（既定 1）", "Start at this line number (default 1)"], DefaultValueFactory = _ => 1, HelpName = "N" };
        var limit = new Option<int>("--limit") { Description = text["表示する件数（1〜1000、既定 100）", "How many lines (1-1000, default 100)"], DefaultValueFactory = _ => 100, HelpName = "N" };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError(text["--limit は 1〜1000 です", "--limit must be between 1 and 1000"]);
            }
        });
        var format = FormatOption(text, s_logFormats, "出力形式: table（既定）または jsonl（1 行 1 記録）", "Output format: table (default) or jsonl (one line per record)");
        var asUser = AsOption(text);
        var command = new Command("log", text[
            "削除記録を古い順に表示します（実行 ID・日時・本人 ID・項目の種類・規則・利用目的。値は記録しません）",
            "Show the deletion log, oldest first (run, time, subject, item types, rule, purposes; never a value)"]) { from, limit, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var lines = await platform.Retention.LogAsync(caller, parseResult.GetValue(from), parseResult.GetValue(limit), ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "jsonl")
            {
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(LineJson(line), JsonOutput.Lines)).ConfigureAwait(false);
                }

                return 0;
            }

            if (lines.Count == 0)
            {
                await output.WriteLineAsync(text["削除記録はまだありません（mamori retention run）。", "The deletion log is empty (mamori retention run)."]).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().AddColumns("#", text["日時", "When"], text["実行", "Run"], text["対象", "Kind"], text["本人 ID", "Subject"],
                text["項目", "Items"], text["件数", "Count"], text["規則", "Rule"], text["利用目的", "Purposes"], text["保存日数", "Days"]);
            foreach (var l in lines)
            {
                table.AddRow(l.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), PlatformCommand.Time(l.At), l.RunId, KindText(text, l.Kind),
                    l.SubjectId ?? Markup.Escape(l.Participant ?? "—"), Markup.Escape(string.Join(", ", l.ItemTypes.DefaultIfEmpty("—"))),
                    l.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), RuleText(text, l.Rule),
                    Markup.Escape(string.Join(", ", l.PurposeCodes.DefaultIfEmpty("—"))), l.RetentionDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—");
            }

            PlatformCommand.Console(output).Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    internal static Option<string> FormatOption(UiText text, string[] formats, string japanese, string english)
    {
        var format = new Option<string>("--format") { Description = text[japanese, english], DefaultValueFactory = _ => formats[0], HelpName = string.Join('|', formats) };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    internal static Option<string?> AsOption(UiText text) => new("--as")
    {
        Description = text[
            "この利用者として実行（役割の確認、ログ上の名前）。省略時はローカル操作者（cli、管理者）",
            "Act as this user (their role is checked; their name in the log); default: the local operator (cli, an administrator)"],
        HelpName = "NAME",
    };

    private static string KindText(UiText text, DeletionKind kind) => kind switch
    {
        DeletionKind.Subject => text["本人ごと消去", "subject erased"],
        DeletionKind.Items => text["項目を削除", "items deleted"],
        _ => text["記録を削除", "records purged"],
    };

    private static string RuleText(UiText text, string rule) => rule switch
    {
        RetentionRules.Expired => text["保存期間の経過", "retention period over"],
        RetentionRules.NoPurpose => text["対象の利用目的なし", "no purpose covers it"],
        _ => text["記録の保存期間", "record retention"],
    };

    private static string KindName(DeletionKind kind) => kind switch
    {
        DeletionKind.Subject => "subject",
        DeletionKind.Items => "items",
        _ => "records",
    };

    private static Dictionary<string, object?> ReportJson(RetentionReport r) => new()
    {
        ["run_id"] = r.RunId,
        ["at"] = r.At,
        ["dry_run"] = r.DryRun,
        ["subjects_checked"] = r.SubjectsChecked,
        ["subjects_erased"] = r.SubjectsErased,
        ["items_deleted"] = r.ItemsDeleted,
        ["records_purged"] = r.RecordsPurged,
        ["truncated"] = r.Truncated,
        ["deletions"] = r.Deletions.Select(d => new Dictionary<string, object?>
        {
            ["kind"] = KindName(d.Kind),
            ["subject_id"] = d.SubjectId,
            ["item_types"] = d.ItemTypes,
            ["count"] = d.Count,
            ["rule"] = d.Rule,
            ["purpose_codes"] = d.PurposeCodes,
            ["retention_days"] = d.RetentionDays,
            ["last_activity"] = d.LastActivity,
            ["due_at"] = d.DueAt,
            ["participant"] = d.Participant,
        }).ToList(),
    };

    private static Dictionary<string, object?> LineJson(DeletionRecord l) => new()
    {
        ["sequence"] = l.Sequence,
        ["run_id"] = l.RunId,
        ["at"] = l.At,
        ["kind"] = KindName(l.Kind),
        ["subject_id"] = l.SubjectId,
        ["item_types"] = l.ItemTypes,
        ["count"] = l.Count,
        ["rule"] = l.Rule,
        ["purpose_codes"] = l.PurposeCodes,
        ["retention_days"] = l.RetentionDays,
        ["last_activity"] = l.LastActivity,
        ["actor"] = l.Actor,
        ["participant"] = l.Participant,
    };
}
