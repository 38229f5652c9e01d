using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Incidents;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Incidents;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori incidents add|list|show|triage|report|notice|update</c>: the breach incident register (Art. 26; Rules Art. 7-10)
/// with its triage, deadlines and drafts. Runs as the local operator, or with <c>--as NAME</c> as that user (administrators
/// and privacy officers only).
/// </summary>
internal static class IncidentsCommand
{
    private static readonly string[] s_viewFormats = ["text", "json"];
    private static readonly string[] s_draftFormats = ["markdown", "json"];

    public static Command Create(UiText text)
    {
        var command = new Command("incidents", text[
            "漏えい等事案（法第26条、規則第7〜10条）を記録し、報告対象かを判定し、速報・確報の期限を示し、報告書と本人への通知の下書きを作ります。" + PlatformCommand.TrustNote(text),
            "Record breach incidents (Art. 26; Rules Art. 7-10), triage them against the four triggers, show the report deadlines, and draft the PPC report and the notice to the people. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Add(text));
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Show(text));
        command.Subcommands.Add(Triage(text));
        command.Subcommands.Add(Report(text));
        command.Subcommands.Add(Notice(text));
        command.Subcommands.Add(Update(text));
        return command;
    }

    private static Command Add(UiText text)
    {
        var title = new Argument<string>("title") { Description = text["件名（例: 会員メールの誤送信）", "A short name (e.g. member e-mail sent to the wrong list)"], HelpName = "TITLE" };
        var aware = new Option<string?>("--aware") { Description = text["事態を知った日時（既定: 今）。日付のみ、または 2025-04-01T10:00（日本時間）、オフセット付き ISO 8601", "When the business became aware (default: now): a date, 2025-04-01T10:00 (Japan time) or ISO 8601 with an offset"], HelpName = "TIME" };
        var occurred = new Option<string?>("--occurred") { Description = text["発生日時（分かれば）", "When it happened, if known"], HelpName = "TIME" };
        var detected = new Option<string?>("--detected") { Description = text["発覚日時（知った日時と異なる場合）", "When it was detected, if different"], HelpName = "TIME" };
        var kind = new Option<string>("--kind") { Description = text["leak（漏えい）、loss（滅失）、damage（毀損）", "leak, loss or damage"], DefaultValueFactory = _ => "leak", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong([.. IncidentCodes.All<BreachKind>()]);
        var suspected = new Option<bool>("--suspected") { Description = text["発生したおそれ（確定していない）", "It may have happened (not confirmed)"] };
        var summary = new Option<string?>("--summary") { Description = text["概要（個人の情報は書かないでください）", "What happened (no personal values)"], HelpName = "TEXT" };
        var cause = new Option<string?>("--cause") { Description = text["原因", "The cause"], HelpName = "TEXT" };
        var unlawful = new Option<string>("--unlawful") { Description = text["不正の目的による行為: " + string.Join("|", IncidentCodes.All<UnlawfulAct>()), "An act with an unlawful purpose: " + string.Join("|", IncidentCodes.All<UnlawfulAct>())], DefaultValueFactory = _ => "none", HelpName = "ACT" };
        unlawful.AcceptOnlyFromAmong([.. IncidentCodes.All<UnlawfulAct>()]);
        var collecting = new Option<bool>("--being-collected") { Description = text["取得しようとしていた個人情報（フォーム入力中等）を含む", "Data being collected (e.g. typed into a form) is concerned"] };
        var protection = new Option<string>("--protection") { Description = text["データの保護状態: " + string.Join("|", IncidentCodes.All<LeakedDataProtection>()), "How the data was protected: " + string.Join("|", IncidentCodes.All<LeakedDataProtection>())], DefaultValueFactory = _ => "none", HelpName = "STATE" };
        protection.AcceptOnlyFromAmong([.. IncidentCodes.All<LeakedDataProtection>()]);
        var financial = new Option<bool>("--financial-risk") { Description = text["財産的被害のおそれがあると判断（決済可能なサービスの ID・パスワード等）", "Misuse may cause financial damage (e.g. credentials of a service that can pay)"] };
        var subjects = new Option<string[]>("--subjects") { Description = text["対象の本人 ID（カンマ区切り）: 人数と項目をプラットフォームから算出", "Subject ids concerned (comma-separated): people and items computed from the platform"], HelpName = "ID,ID" };
        var subjectsFile = new Option<FileInfo?>("--subjects-file") { Description = text["対象の本人 ID を1行に1つ書いたファイル", "A file with one subject id per line"], HelpName = "FILE" };
        var holders = new Option<bool>("--holders") { Description = text["--items の項目を持つすべての本人が対象（表や列の漏えい）", "Every subject holding an item of the --items types (a table or column leaked)"] };
        var all = new Option<bool>("--all") { Description = text["プラットフォームの全本人・全項目が対象", "Every subject and item type of the platform"] };
        var items = new Option<string[]>("--items") { Description = text["漏えい等した項目（カンマ区切り、例: CREDIT_CARD,PERSON_NAME。プラットフォーム外のデータは 名前=special_care のように区分も）", "The item types (comma-separated, e.g. CREDIT_CARD,PERSON_NAME; for data outside the platform NAME=special_care gives the class)"], HelpName = "TYPE,TYPE" };
        var people = new Option<long?>("--people") { Description = text["本人の数（プラットフォーム外のデータ）", "Number of people (data outside the platform)"], HelpName = "N" };
        var contractorFor = new Option<string?>("--contractor-for") { Description = text["委託先として扱うデータの場合の委託元の名称", "The entrusting business, when the data is handled as its contractor"], HelpName = "NAME" };
        var noticeImpossible = new Option<bool>("--notice-impossible") { Description = text["本人への通知が困難（連絡先がない等）: 公表で代替", "Notice to the people is impossible: announce publicly instead"] };
        var contact = new Option<string?>("--contact") { Description = text["本人からの問い合わせ窓口", "Where affected people can ask"], HelpName = "TEXT" };
        var format = FormatOption(text, s_viewFormats, "text");
        var asUser = AsOption(text);
        var command = new Command("add", text["事案を記録し、判定と期限を表示します", "Record an incident and show its triage and deadlines"])
        {
            title, aware, occurred, detected, kind, suspected, summary, cause, unlawful, collecting, protection, financial, subjects, subjectsFile, holders, all,
            items, people, contractorFor, noticeImpossible, contact, format, asUser,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var problems = new List<string>();
            var awareAt = Time(parseResult.GetValue(aware), "--aware", problems, text) ?? DateTimeOffset.UtcNow;
            var occurredAt = Time(parseResult.GetValue(occurred), "--occurred", problems, text);
            var detectedAt = Time(parseResult.GetValue(detected), "--detected", problems, text);
            var ids = IncidentInput.Split(parseResult.GetValue(subjects)).ToList();
            if (parseResult.GetValue(subjectsFile) is { } file)
            {
                if (!file.Exists)
                {
                    problems.Add(text[$"--subjects-file が見つかりません: {file.FullName}", $"--subjects-file does not exist: {file.FullName}"]);
                }
                else
                {
                    ids.AddRange((await File.ReadAllLinesAsync(file.FullName, cancellationToken).ConfigureAwait(false)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
                }
            }

            var scopes = new[] { ids.Count > 0 || parseResult.GetValue(subjectsFile) is not null, parseResult.GetValue(holders), parseResult.GetValue(all) }.Count(b => b);
            if (scopes > 1)
            {
                problems.Add(text["--subjects / --subjects-file、--holders、--all はどれか一つだけ指定してください", "give only one of --subjects/--subjects-file, --holders, --all"]);
            }

            var scope = ids.Count > 0 || parseResult.GetValue(subjectsFile) is not null ? LeakScope.Subjects
                : parseResult.GetValue(holders) ? LeakScope.Holders
                : parseResult.GetValue(all) ? LeakScope.All
                : LeakScope.Manual;
            var leaked = new List<LeakedItem>();
            foreach (var entry in IncidentInput.Split(parseResult.GetValue(items)))
            {
                var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
                var category = ItemTypes.CategoryOf(parts[0]);
                if (parts.Length == 2 && !PiiCategoryExtensions.TryParse(parts[1], out category))
                {
                    problems.Add(text[$"--items の区分が不明です: {parts[1]}（special_care、identification_code、personal、personal_related）", $"--items has an unknown class: {parts[1]} (special_care, identification_code, personal, personal_related)"]);
                }

                leaked.Add(new LeakedItem(parts[0], category, scope == LeakScope.Manual ? parseResult.GetValue(people) : null));
            }

            if (scope != LeakScope.Manual && parseResult.GetValue(people) is not null)
            {
                problems.Add(text["--people はプラットフォーム外のデータ（--subjects、--holders、--all なし）にだけ指定します。人数は算出されます", "--people is for data outside the platform (without --subjects, --holders, --all): the platform computes the count"]);
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await stderr.WriteLineAsync(text["エラー: ", "error: "] + problem).ConfigureAwait(false);
                }

                return MamoriCli.UsageError;
            }

            IncidentCodes.TryParse(parseResult.GetValue(kind), out BreachKind breachKind);
            IncidentCodes.TryParse(parseResult.GetValue(unlawful), out UnlawfulAct act);
            IncidentCodes.TryParse(parseResult.GetValue(protection), out LeakedDataProtection state);
            var contractor = parseResult.GetValue(contractorFor);
            var draft = new BreachIncident(string.Empty, parseResult.GetValue(title)!, breachKind, awareAt)
            {
                Suspected = parseResult.GetValue(suspected),
                OccurredAt = occurredAt,
                DetectedAt = detectedAt,
                Summary = parseResult.GetValue(summary) ?? string.Empty,
                Cause = parseResult.GetValue(cause) ?? string.Empty,
                UnlawfulAct = act,
                DataBeingCollected = parseResult.GetValue(collecting),
                Protection = state,
                FinancialRisk = parseResult.GetValue(financial),
                Scope = scope,
                SubjectIds = ids,
                Items = leaked,
                People = parseResult.GetValue(people) ?? 0,
                ContactPoint = parseResult.GetValue(contact) ?? string.Empty,
                NoticeImpossible = parseResult.GetValue(noticeImpossible),
                ActingAsContractor = contractor is not null,
                EntrustingBusiness = contractor,
            };
            return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
            {
                var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
                var view = await platform.Incidents.CreateAsync(caller, draft, ct).ConfigureAwait(false);
                var output = parseResult.InvocationConfiguration.Output;
                if (parseResult.GetValue(format) == "json")
                {
                    await output.WriteLineAsync(IncidentPrinter.ToJson(view)).ConfigureAwait(false);
                    return 0;
                }

                await output.WriteLineAsync(text["事案を記録しました。", "Incident recorded."]).ConfigureAwait(false);
                await IncidentPrinter.WriteAsync(output, text, view).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command List(UiText text)
    {
        var format = FormatOption(text, s_viewFormats, "text");
        var asUser = AsOption(text);
        var command = new Command("list", text["事案の一覧（状態、該当する号、確報期限と残り日数）", "List incidents (status, triggers, final report deadline and days left)"]) { format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var views = await platform.Incidents.ListAsync(caller, ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(views.Select(v => IncidentPrinter.Shape(v)), IncidentPrinter.Json)).ConfigureAwait(false);
                return 0;
            }

            if (views.Count == 0)
            {
                await output.WriteLineAsync(text["記録された事案はありません。", "No incident is recorded."]).ConfigureAwait(false);
                return 0;
            }

            IncidentPrinter.WriteList(output, text, views);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Show(UiText text)
    {
        var id = IdArgument(text);
        var format = FormatOption(text, s_viewFormats, "text");
        var asUser = AsOption(text);
        var command = new Command("show", text["事案の詳細、判定、期限、経過", "An incident with its triage, deadlines and history"]) { id, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var view = await platform.Incidents.GetAsync(caller, parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            var history = await platform.Incidents.HistoryAsync(caller, view.Incident.Id, ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(IncidentPrinter.ToJson(view, history)).ConfigureAwait(false);
                return 0;
            }

            await IncidentPrinter.WriteAsync(output, text, view, history).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Triage(UiText text)
    {
        var id = IdArgument(text);
        var format = FormatOption(text, s_viewFormats, "text");
        var asUser = AsOption(text);
        var command = new Command("triage", text["4つの報告対象事態（規則第7条）ごとの該当・非該当と理由、期限", "The four triggers (Rules Art. 7), met or not with the reason, and the deadlines"]) { id, format, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var view = await platform.Incidents.GetAsync(caller, parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(IncidentPrinter.ToJson(view)).ConfigureAwait(false);
                return 0;
            }

            await IncidentPrinter.WriteTriageAsync(output, text, view.Triage).ConfigureAwait(false);
            await IncidentPrinter.WriteDeadlinesAsync(output, text, view).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Report(UiText text)
    {
        var id = IdArgument(text);
        var format = FormatOption(text, s_draftFormats, "markdown");
        var output = OutOption(text);
        var asUser = AsOption(text);
        var command = new Command("report", text[
            "個人情報保護委員会への報告書（9項目）の下書き。委託先の事案では委託元への通知の下書き",
            "Draft the PPC report (nine items); for a contractor's incident, the notice to the entrusting business"]) { id, format, output, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => DraftAsync(parseResult, connection, text, id, format, output, asUser, view =>
            view.Incident.ActingAsContractor ? DraftKind.EntrustingBusinessNotice : DraftKind.PpcReport, cancellationToken));
        return command;
    }

    private static Command Notice(UiText text)
    {
        var id = IdArgument(text);
        var format = FormatOption(text, s_draftFormats, "markdown");
        var output = OutOption(text);
        var announcement = new Option<bool>("--announcement") { Description = text["公表文の下書き（本人への通知が困難な場合は自動）", "Draft the public announcement (chosen automatically when notice is impossible)"] };
        var asUser = AsOption(text);
        var command = new Command("notice", text["本人への通知（5項目）または公表文の下書き", "Draft the notice to the people (five items) or the public announcement"]) { id, format, output, announcement, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => DraftAsync(parseResult, connection, text, id, format, output, asUser, view =>
            parseResult.GetValue(announcement) || view.Incident.NoticeImpossible ? DraftKind.Announcement : DraftKind.Notice, cancellationToken));
        return command;
    }

    private static Command Update(UiText text)
    {
        var id = IdArgument(text);
        var note = new Option<string>("--note") { Description = text["経過として記録する内容（必須）", "What happened, for the history (required)"], Required = true, HelpName = "TEXT" };
        var status = new Option<string?>("--status") { Description = text["状態: " + string.Join("|", IncidentCodes.All<IncidentStatus>()), "Status: " + string.Join("|", IncidentCodes.All<IncidentStatus>())], HelpName = "STATUS" };
        status.AcceptOnlyFromAmong([.. IncidentCodes.All<IncidentStatus>()]);
        var preliminary = new Option<string?>("--preliminary-reported") { Description = text["速報を送った日時（now で今）", "When the preliminary report was sent (now for now)"], HelpName = "TIME" };
        var final = new Option<string?>("--final-reported") { Description = text["確報を送った日時（now で今）", "When the final report was sent (now for now)"], HelpName = "TIME" };
        var notices = new Option<string?>("--notices-sent") { Description = text["本人への通知（又は公表）の日時（now で今）", "When the people were notified or the announcement made (now for now)"], HelpName = "TIME" };
        var told = new Option<string?>("--entrusting-business-told") { Description = text["委託元へ通知した日時（now で今）", "When the entrusting business was told (now for now)"], HelpName = "TIME" };
        var summary = new Option<string?>("--summary") { Description = text["概要", "Summary"], HelpName = "TEXT" };
        var cause = new Option<string?>("--cause") { Description = text["原因", "Cause"], HelpName = "TEXT" };
        var harm = new Option<string?>("--secondary-harm") { Description = text["二次被害又はそのおそれ", "Secondary harm"], HelpName = "TEXT" };
        var response = new Option<string?>("--response") { Description = text["本人への対応の実施状況", "Response to the people"], HelpName = "TEXT" };
        var publication = new Option<string?>("--publication") { Description = text["公表の実施状況", "Public announcement status"], HelpName = "TEXT" };
        var prevention = new Option<string?>("--prevention") { Description = text["再発防止のための措置", "Measures against recurrence"], HelpName = "TEXT" };
        var other = new Option<string?>("--other") { Description = text["その他参考となる事項", "Other"], HelpName = "TEXT" };
        var contact = new Option<string?>("--contact") { Description = text["問い合わせ窓口", "Contact point"], HelpName = "TEXT" };
        var people = new Option<long?>("--people") { Description = text["本人の数（手入力の事案のみ）", "Number of people (incidents entered by hand only)"], HelpName = "N" };
        var format = FormatOption(text, s_viewFormats, "text");
        var asUser = AsOption(text);
        var command = new Command("update", text["事案の経過を記録します（判明した事実、報告・通知の送付）", "Record what was learned or done (facts, reports and notices sent)"])
        {
            id, note, status, preliminary, final, notices, told, summary, cause, harm, response, publication, prevention, other, contact, people, format, asUser,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var problems = new List<string>();
            DateTimeOffset? When(Option<string?> option)
            {
                var value = parseResult.GetValue(option);
                return value == "now" ? DateTimeOffset.UtcNow : Time(value, option.Name, problems, text);
            }

            IncidentStatus? newStatus = parseResult.GetValue(status) is { } code && IncidentCodes.TryParse(code, out IncidentStatus s) ? s : null;
            var change = new IncidentChange
            {
                Note = parseResult.GetValue(note)!,
                Status = newStatus,
                PreliminaryReportedAt = When(preliminary),
                FinalReportedAt = When(final),
                NoticesSentAt = When(notices),
                EntrustingBusinessToldAt = When(told),
                Summary = parseResult.GetValue(summary),
                Cause = parseResult.GetValue(cause),
                SecondaryHarm = parseResult.GetValue(harm),
                ResponseToIndividuals = parseResult.GetValue(response),
                PublicAnnouncement = parseResult.GetValue(publication),
                Prevention = parseResult.GetValue(prevention),
                Other = parseResult.GetValue(other),
                ContactPoint = parseResult.GetValue(contact),
                People = parseResult.GetValue(people),
            };
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(text["エラー: ", "error: "] + problem).ConfigureAwait(false);
                }

                return MamoriCli.UsageError;
            }

            return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
            {
                var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
                var view = await platform.Incidents.UpdateAsync(caller, parseResult.GetValue(id)!, change, ct).ConfigureAwait(false);
                var output = parseResult.InvocationConfiguration.Output;
                if (parseResult.GetValue(format) == "json")
                {
                    await output.WriteLineAsync(IncidentPrinter.ToJson(view)).ConfigureAwait(false);
                    return 0;
                }

                await output.WriteLineAsync(text["経過を記録しました。", "Recorded."]).ConfigureAwait(false);
                await IncidentPrinter.WriteAsync(output, text, view).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> DraftAsync(
        ParseResult parseResult, PlatformConnection connection, UiText text, Argument<string> id, Option<string> format, Option<FileInfo?> outFile,
        Option<string?> asUser, Func<IncidentView, DraftKind> choose, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(outFile) is { } target && (target.Exists || target.Directory is { Exists: false }))
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(target.Exists
                ? text[$"エラー: 出力ファイルが既にあります（上書きしません）: {target.FullName}", $"error: the output file exists (never overwritten): {target.FullName}"]
                : text[$"エラー: 出力先のフォルダがありません: {target.DirectoryName}", $"error: the output folder does not exist: {target.DirectoryName}"]).ConfigureAwait(false);
            return MamoriCli.UsageError;
        }

        return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var view = await platform.Incidents.GetAsync(caller, parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            var draft = await platform.Incidents.DraftAsync(caller, view.Incident.Id, choose(view), ct).ConfigureAwait(false);
            var content = parseResult.GetValue(format) == "json" ? JsonSerializer.Serialize(draft, IncidentPrinter.Json) + "\n" : draft.ToMarkdown();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(outFile) is { } file)
            {
                await using (var stream = new FileStream(file.FullName, FileMode.CreateNew, FileAccess.Write))
                await using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
                {
                    await writer.WriteAsync(content).ConfigureAwait(false);
                }

                await output.WriteLineAsync(text[$"下書きを書き出しました: {file.FullName}", $"Draft written: {file.FullName}"]).ConfigureAwait(false);
            }
            else
            {
                await output.WriteAsync(content).ConfigureAwait(false);
            }

            if (draft.HasGaps)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(text[
                    $"注意: {BreachDrafts.Gap} の箇所を記入してから送付してください。",
                    $"note: fill in the parts marked {BreachDrafts.Gap} before sending."]).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset? Time(string? value, string option, List<string> problems, UiText text)
    {
        if (value is null)
        {
            return null;
        }

        if (IncidentInput.TryParseTime(value, out var time))
        {
            return time;
        }

        problems.Add(text[$"{option} の日時を読めません: {value}（例: 2025-04-01、2025-04-01T10:00、2025-04-01T01:00Z）", $"{option} is not a time: {value} (e.g. 2025-04-01, 2025-04-01T10:00, 2025-04-01T01:00Z)"]);
        return null;
    }

    private static Argument<string> IdArgument(UiText text) =>
        new("id") { Description = text["事案 ID（incidents list で確認）", "The incident id (see incidents list)"], HelpName = "ID" };

    private static Option<string> FormatOption(UiText text, string[] formats, string defaultValue)
    {
        var option = new Option<string>("--format")
        {
            Description = text[$"出力形式: {string.Join(" / ", formats)}（既定: {defaultValue}）", $"Output format: {string.Join(" / ", formats)} (default: {defaultValue})"],
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<FileInfo?> OutOption(UiText text) => new("--out")
    {
        Description = text["下書きを書き出すファイル（既存のファイルは上書きしません）", "Write the draft to this file (an existing file is never overwritten)"],
        HelpName = "FILE",
    };

    private static Option<string?> AsOption(UiText text) => new("--as")
    {
        Description = text["この利用者として実行（管理者・個人情報保護管理者のみ事案を扱えます）。省略時はローカル操作者", "Act as this user (only administrators and privacy officers handle incidents); default: the local operator"],
        HelpName = "NAME",
    };
}
