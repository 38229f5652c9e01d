using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Deidentification.Dates;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori contractors add|list|show|assess|end</c>: the contractor register (委託先管理台帳, Art. 25). An entry is an
/// entrustment: contractor users are bound to its id (<c>mamori users add NAME --role contractor --entrustment ID</c>) and
/// see only its items and purposes while it is in force. Exit codes: 0 done, 1 refused (role), 2 bad input.
/// </summary>
internal static class ContractorsCommand
{
    private static readonly string[] s_formats = ["table", "json"];

    public static Command Create(UiText text)
    {
        var command = new Command("contractors", text[
            "委託先管理台帳（第25条）: 委託業務の内容・項目・利用目的・国・契約期間・監督（点検）の記録・再委託先。委託先の利用者はこの範囲しか見られません。" + PlatformCommand.TrustNote(text),
            "The contractor register (Art. 25): processing, items, purposes, country, contract term, assessments and sub-contractors. Contractor users see nothing outside their entry. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Add(text));
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Show(text));
        command.Subcommands.Add(Assess(text));
        command.Subcommands.Add(End(text));
        return command;
    }

    private static Command Add(UiText text)
    {
        var name = new Argument<string>("name") { Description = text["委託先の名称", "The contractor's name"], HelpName = "NAME" };
        var processing = new Option<string>("--processing") { Description = text["委託業務の内容（例: お問い合わせ電話の一次対応）", "The processing entrusted (e.g. first-line support calls)"], HelpName = "TEXT", Required = true };
        var items = new Option<string>("--items") { Description = text["扱える項目の種類（カンマ区切り）", "Item types it may handle (comma-separated)"], HelpName = "A,B", Required = true };
        var purposes = new Option<string>("--purposes") { Description = text["委託する利用目的（カンマ区切り）", "The purposes it works for (comma-separated)"], HelpName = "P,Q", Required = true };
        var until = new Option<string>("--until") { Description = text["契約の終了日（この日の終わりまで有効）", "The contract end (valid to the end of that day)"], HelpName = "DATE", Required = true };
        var country = new Option<string>("--country") { Description = text["委託先の国（ISO 3166-1 の 2 文字、既定 JP）", "The contractor's country (ISO 3166-1 alpha-2, default JP)"], HelpName = "CC", DefaultValueFactory = _ => "JP" };
        var contractDate = new Option<string?>("--contract-date") { Description = text["契約日（この日からアクセス可。既定: 登録時から）", "The contract date (access from that day; default: from now)"], HelpName = "DATE" };
        var next = new Option<string?>("--next-assessment") { Description = text["次回の点検期限（既定: 契約日の 1 年後）", "When the first assessment is due (default: a year after the contract date)"], HelpName = "DATE" };
        var subs = new Option<string[]>("--sub")
        {
            Description = text[
                "再委託先（繰り返し可）: 名称;国;approved|unapproved[;業務[;委託元の名称]]",
                "A sub-contractor (repeatable): NAME;CC;approved|unapproved[;PROCESSING[;PARENT]]"],
            HelpName = "SPEC",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = RetentionCommand.FormatOption(text, s_formats, "出力形式: table（既定）または json", "Output format: table (default) or json");
        var asUser = RetentionCommand.AsOption(text);
        var command = new Command("add", text["委託先を台帳に登録します（表示される ID に委託先の利用者を結び付けます）", "Add a contractor to the register (bind contractor users to the id it prints)"])
        {
            name, processing, items, purposes, until, country, contractDate, next, subs, format, asUser,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var entry = new Entrustment(string.Empty, parseResult.GetValue(name)!, Split(parseResult.GetValue(items)), Split(parseResult.GetValue(purposes)),
                Date(parseResult.GetValue(until)!, "--until", endOfDay: true))
            {
                ProcessingContent = parseResult.GetValue(processing)!,
                Country = parseResult.GetValue(country)!,
                ContractDate = parseResult.GetValue(contractDate) is { } c ? Date(c, "--contract-date", endOfDay: false) : null,
                NextAssessmentDue = parseResult.GetValue(next) is { } n ? Date(n, "--next-assessment", endOfDay: true) : null,
                SubContractors = [.. (parseResult.GetValue(subs) ?? []).Select(Sub)],
            };
            var stored = await platform.Contractors.AddAsync(caller, entry, ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(EntryJson(stored, platform.Time.GetUtcNow()), JsonOutput.Options)).ConfigureAwait(false);
                return 0;
            }

            await output.WriteLineAsync(text[
                $"委託先「{stored.Contractor}」を登録しました（ID {stored.Id}）。次回の点検期限は {PlatformCommand.Time(stored.NextAssessmentDue)} です。",
                $"Added the contractor {stored.Contractor} (id {stored.Id}). Its first assessment is due {PlatformCommand.Time(stored.NextAssessmentDue)}."]).ConfigureAwait(false);
            await output.WriteLineAsync(text[
                $"委託先の利用者: mamori users add NAME --role contractor --entrustment {stored.Id}",
                $"Contractor users: mamori users add NAME --role contractor --entrustment {stored.Id}"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command List(UiText text)
    {
        var overdue = new Option<bool>("--overdue") { Description = text["点検期限を過ぎた委託先だけ", "Only contractors whose assessment is overdue"] };
        var format = RetentionCommand.FormatOption(text, s_formats, "出力形式: table（既定）または json", "Output format: table (default) or json");
        var asUser = RetentionCommand.AsOption(text);
        var command = new Command("list", text["委託先管理台帳を一覧します", "List the contractor register"]) { overdue, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var entries = parseResult.GetValue(overdue)
                ? await platform.Contractors.OverdueAsync(caller, ct).ConfigureAwait(false)
                : await platform.Contractors.ListAsync(caller, ct).ConfigureAwait(false);
            var now = platform.Time.GetUtcNow();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(entries.Select(e => EntryJson(e, now)).ToList(), JsonOutput.Options)).ConfigureAwait(false);
                return 0;
            }

            if (entries.Count == 0)
            {
                await output.WriteLineAsync(parseResult.GetValue(overdue)
                    ? text["点検期限を過ぎた委託先はありません。", "No contractor's assessment is overdue."]
                    : text["委託先はまだ登録されていません（mamori contractors add）。", "No contractors yet (mamori contractors add)."]).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().AddColumns("ID", text["委託先", "Contractor"], text["国", "Country"], text["委託業務", "Processing"], text["項目", "Items"],
                text["契約終了", "Contract end"], text["状態", "Status"], text["次回点検", "Next assessment"], text["再委託", "Sub-contractors"]);
            foreach (var e in entries)
            {
                table.AddRow(e.Id, Markup.Escape(e.Contractor), e.Country, Markup.Escape(e.ProcessingContent.Length == 0 ? "—" : e.ProcessingContent),
                    Markup.Escape(string.Join(", ", e.ItemTypes)), PlatformCommand.Time(e.ValidUntil), StatusText(text, e, now),
                    (e.AssessmentOverdue(now) ? text["期限切れ ", "overdue "] : string.Empty) + PlatformCommand.Time(e.NextAssessmentDue),
                    e.SubContractors.Count.ToString(CultureInfo.InvariantCulture));
            }

            PlatformCommand.Console(output).Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Show(UiText text)
    {
        var id = new Argument<string>("id") { Description = text["委託先（委託）の ID", "The contractor (entrustment) id"], HelpName = "ID" };
        var format = RetentionCommand.FormatOption(text, s_formats, "出力形式: table（既定）または json", "Output format: table (default) or json");
        var asUser = RetentionCommand.AsOption(text);
        var command = new Command("show", text["委託先の登録内容と点検の記録を表示します", "Show a contractor's entry and its assessments"]) { id, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var details = await platform.Contractors.GetAsync(caller, parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            await WriteDetailsAsync(parseResult.InvocationConfiguration.Output, text, details, parseResult.GetValue(format) == "json", platform.Time.GetUtcNow()).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Assess(UiText text)
    {
        var id = new Argument<string>("id") { Description = text["委託先（委託）の ID", "The contractor (entrustment) id"], HelpName = "ID" };
        var result = new Option<string>("--result")
        {
            Description = text[
                "結果: satisfactory（適合）、needs_improvement（要改善）、unsatisfactory（不適合: アクセスを停止）",
                "The result: satisfactory, needs_improvement or unsatisfactory (suspends the contractor's access)"],
            HelpName = "RESULT",
            Required = true,
        };
        result.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && !AssessmentNames.TryParseResult(value, out _))
            {
                r.AddError(text[
                    $"不明な結果です: {value}（satisfactory・needs_improvement・unsatisfactory のいずれか）",
                    $"Unknown result: {value} (use satisfactory, needs_improvement or unsatisfactory)"]);
            }
        });
        var notes = new Option<string?>("--notes") { Description = text["所見（委託先の安全管理について。個人の情報は書かない）", "Findings about the contractor's safeguards (no personal data)"], HelpName = "TEXT" };
        var date = new Option<string?>("--date") { Description = text["点検の実施日（既定: 今日）", "When the assessment took place (default: now)"], HelpName = "DATE" };
        var next = new Option<string?>("--next") { Description = text["次回の点検期限（既定: 1 年後）", "When the next assessment is due (default: a year later)"], HelpName = "DATE" };
        var format = RetentionCommand.FormatOption(text, s_formats, "出力形式: table（既定）または json", "Output format: table (default) or json");
        var asUser = RetentionCommand.AsOption(text);
        var command = new Command("assess", text["委託先の監督（点検）の結果を記録します", "Record an assessment of a contractor"]) { id, result, notes, date, next, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            AssessmentNames.TryParseResult(parseResult.GetValue(result), out var parsed);
            var details = await platform.Contractors.AssessAsync(caller, parseResult.GetValue(id)!, new NewAssessment(
                parsed, parseResult.GetValue(notes) ?? string.Empty,
                parseResult.GetValue(date) is { } d ? Date(d, "--date", endOfDay: false) : null,
                parseResult.GetValue(next) is { } n ? Date(n, "--next", endOfDay: true) : null), ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) != "json")
            {
                await output.WriteLineAsync(text[
                    $"点検結果（{ResultText(text, parsed)}）を記録しました。次回の点検期限は {PlatformCommand.Time(details.Entrustment.NextAssessmentDue)} です。" + (details.Entrustment.Status == EntrustmentStatus.Suspended ? "不適合のため、この委託先のアクセスを停止しました。" : string.Empty),
                    $"Recorded the assessment ({AssessmentNames.Of(parsed)}). The next is due {PlatformCommand.Time(details.Entrustment.NextAssessmentDue)}." + (details.Entrustment.Status == EntrustmentStatus.Suspended ? " The contractor's access is suspended." : string.Empty)]).ConfigureAwait(false);
            }

            await WriteDetailsAsync(output, text, details, parseResult.GetValue(format) == "json", platform.Time.GetUtcNow()).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command End(UiText text)
    {
        var id = new Argument<string>("id") { Description = text["委託先（委託）の ID", "The contractor (entrustment) id"], HelpName = "ID" };
        var asUser = RetentionCommand.AsOption(text);
        var command = new Command("end", text["委託契約を終了します（委託先のアクセスは直ちに止まります）", "End the contract now (the contractor's access stops at once)"]) { id, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var ended = await platform.Contractors.EndAsync(caller, parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"委託先「{ended.Contractor}」（{ended.Id}）との契約を終了しました。この委託先の利用者はもう何も見られません。",
                $"Ended the contract with {ended.Contractor} ({ended.Id}). Its users can no longer see anything."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task WriteDetailsAsync(TextWriter output, UiText text, ContractorDetails details, bool json, DateTimeOffset now)
    {
        var e = details.Entrustment;
        if (json)
        {
            var value = EntryJson(e, now);
            value["in_force"] = details.InForce;
            value["assessments"] = details.Assessments.Select(a => new Dictionary<string, object?>
            {
                ["id"] = a.Id,
                ["assessed_at"] = a.AssessedAt,
                ["result"] = AssessmentNames.Of(a.Result),
                ["assessor"] = a.Assessor,
                ["notes"] = a.Notes,
                ["next_due"] = a.NextDue,
            }).ToList();
            await output.WriteLineAsync(JsonSerializer.Serialize(value, JsonOutput.Options)).ConfigureAwait(false);
            return;
        }

        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string value) => grid.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("ID", e.Id);
        Row(text["委託先", "Contractor"], e.Contractor);
        Row(text["委託業務の内容", "Processing"], e.ProcessingContent.Length == 0 ? "—" : e.ProcessingContent);
        Row(text["国", "Country"], e.Country);
        Row(text["項目", "Items"], string.Join(", ", e.ItemTypes));
        Row(text["利用目的", "Purposes"], string.Join(", ", e.PurposeCodes));
        Row(text["契約日", "Contract date"], PlatformCommand.Time(e.ContractDate));
        Row(text["契約終了", "Contract end"], PlatformCommand.Time(e.ValidUntil));
        Row(text["状態", "Status"], StatusText(text, e, now));
        Row(text["前回の点検", "Last assessment"], e.LastAssessedAt is null ? text["未実施", "never"] : $"{PlatformCommand.Time(e.LastAssessedAt)} ({ResultText(text, e.LastAssessmentResult!.Value)})");
        Row(text["次回の点検期限", "Next assessment due"], (details.AssessmentOverdue ? text["期限切れ ", "overdue "] : string.Empty) + PlatformCommand.Time(e.NextAssessmentDue));
        foreach (var s in e.SubContractors)
        {
            Row(text["再委託先", "Sub-contractor"], $"{s.Name} ({s.Country}, {(s.Approved ? text["承認済み", "approved"] : text["未承認", "not approved"])}{(s.Parent is null ? string.Empty : text[$"、{s.Parent} から", $", via {s.Parent}"])}) {s.ProcessingContent}".TrimEnd());
        }

        var console = PlatformCommand.Console(output);
        console.Write(grid);
        if (details.Assessments.Count > 0)
        {
            var table = new Table().AddColumns(text["点検日", "Assessed"], text["結果", "Result"], text["点検者", "Assessor"], text["所見", "Notes"], text["次回期限", "Next due"]);
            foreach (var a in details.Assessments)
            {
                table.AddRow(PlatformCommand.Time(a.AssessedAt), ResultText(text, a.Result), Markup.Escape(a.Assessor), Markup.Escape(a.Notes.Length == 0 ? "—" : a.Notes), PlatformCommand.Time(a.NextDue));
            }

            console.Write(table);
        }
    }

    private static string StatusText(UiText text, Entrustment e, DateTimeOffset now) => e.Status switch
    {
        EntrustmentStatus.Ended => text["終了", "ended"],
        EntrustmentStatus.Suspended => text["停止中", "suspended"],
        _ when e.ValidUntil < now => text["期間満了", "expired"],
        _ when e.ContractDate > now => text["開始前", "not started"],
        _ => text["有効", "active"],
    };

    private static string ResultText(UiText text, AssessmentResult result) => result switch
    {
        AssessmentResult.Satisfactory => text["適合", "satisfactory"],
        AssessmentResult.NeedsImprovement => text["要改善", "needs improvement"],
        _ => text["不適合", "unsatisfactory"],
    };

    private static Dictionary<string, object?> EntryJson(Entrustment e, DateTimeOffset now) => new()
    {
        ["id"] = e.Id,
        ["contractor"] = e.Contractor,
        ["processing_content"] = e.ProcessingContent,
        ["item_types"] = e.ItemTypes,
        ["purpose_codes"] = e.PurposeCodes,
        ["country"] = e.Country,
        ["contract_date"] = e.ContractDate,
        ["contract_end"] = e.ValidUntil,
        ["status"] = AssessmentNames.Of(e.Status),
        ["ended_at"] = e.EndedAt,
        ["last_assessed_at"] = e.LastAssessedAt,
        ["last_assessment_result"] = e.LastAssessmentResult is { } r ? AssessmentNames.Of(r) : null,
        ["next_assessment_due"] = e.NextAssessmentDue,
        ["assessment_overdue"] = e.AssessmentOverdue(now),
        ["sub_contractors"] = e.SubContractors.Select(s => new Dictionary<string, object?>
        {
            ["name"] = s.Name,
            ["country"] = s.Country,
            ["processing_content"] = s.ProcessingContent,
            ["approved"] = s.Approved,
            ["parent"] = s.Parent,
        }).ToList(),
    };

    private static List<string> Split(string? list) =>
        [.. (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static DateTimeOffset Date(string value, string option, bool endOfDay)
    {
        if (JapaneseDate.TryParse(value, out var date))
        {
            var day = date!.Date.ToDateTime(endOfDay ? new TimeOnly(23, 59, 59) : TimeOnly.MinValue);
            return new DateTimeOffset(day, TimeZoneInfo.Local.GetUtcOffset(day));
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var time))
        {
            return time;
        }

        throw new PlatformException("invalid", $"{option} is not a date: {value} (e.g. 2026-03-31 or 2026年3月31日).");
    }

    private static SubContractor Sub(string spec)
    {
        var parts = spec.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 5 || parts[2] is not ("approved" or "unapproved"))
        {
            throw new PlatformException("invalid", $"--sub '{spec}' is not NAME;CC;approved|unapproved[;PROCESSING[;PARENT]].");
        }

        return new SubContractor(parts[0], parts[1], parts.Length > 3 ? parts[3] : string.Empty, parts[2] == "approved", parts.Length > 4 && parts[4].Length > 0 ? parts[4] : null);
    }
}
