using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mamori.Cli.Commands.Requests;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Requests;
using Mamori.Core.Subjects;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori requests add|verify|paid|fulfil|refuse|list|show</c>: data-subject requests (Art. 32-39) from receipt to
/// answer. Runs as the local operator (an administrator) or, with <c>--as NAME</c>, as a privacy officer or administrator.
/// A disclosure is written to <c>--out DIR</c> as <c>disclosure-ID.json|csv|pdf</c> (mode 600, never over an existing file).
/// </summary>
internal static class RequestsCommand
{
    private static readonly string[] s_formats = ["table", "json"];

    public static Command Create(UiText text)
    {
        var command = new Command("requests", text[
            "本人からの請求（利用目的の通知・開示・訂正・利用停止・消去・第三者提供の停止・連絡の停止、第32条〜第39条）を受付から回答まで管理します。" + PlatformCommand.TrustNote(text),
            "Handle data-subject requests (notification, disclosure, correction, suspension, erasure, stop of provision, do-not-contact; Art. 32-39) from receipt to answer. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Add(text));
        command.Subcommands.Add(Verify(text));
        command.Subcommands.Add(Paid(text));
        command.Subcommands.Add(Fulfil(text));
        command.Subcommands.Add(Refuse(text));
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Show(text));
        return command;
    }

    private static Command Add(UiText text)
    {
        var subject = new Argument<string>("subject") { Description = text["本人の ID（S…）", "The subject's id (S…)"], HelpName = "SUBJECT" };
        var type = new Option<string>("--type")
        {
            Description = text[$"請求の種類: {string.Join("、", RequestNames.TypeNames)}", $"The request type: {string.Join(", ", RequestNames.TypeNames)}"],
            Required = true,
            HelpName = "TYPE",
        };
        type.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !RequestNames.TryParse(value, out RequestType _))
            {
                result.AddError(text[$"不明な請求の種類です: {value}（{string.Join("・", RequestNames.TypeNames)}）", $"Unknown request type: {value} (use {string.Join(", ", RequestNames.TypeNames)})"]);
            }
        });
        var channel = new Option<string>("--channel") { Description = text["受付の経路（web-form、mail、counter、phone など）", "How it arrived (web-form, mail, counter, phone…)"], Required = true, HelpName = "CHANNEL" };
        var agent = new Option<bool>("--agent") { Description = text["代理人（法定代理人・委任状による代理人）からの請求", "Made by an agent (a legal representative or with power of attorney)"] };
        var format = new Option<string?>("--format") { Description = text["開示の方法: json、csv、pdf（開示のみ、既定 json）", "For a disclosure, the method chosen: json, csv or pdf (default json)"], HelpName = "json|csv|pdf" };
        format.AcceptOnlyFromAmong("json", "csv", "pdf");
        var fee = new Option<int?>("--fee") { Description = text["手数料（円、利用目的の通知と開示のみ、第38条）。既定は事業者情報の額", "The fee in yen (notification and disclosure only, Art. 38); default the business profile's"], HelpName = "YEN" };
        var items = new Option<string[]>("--items") { Description = text["請求の対象の項目（カンマ区切り）", "The item types concerned (comma-separated)"], HelpName = "TYPE,TYPE" };
        var command = new Command("add", text["請求を受け付け、請求 ID と回答期限を表示します", "Record a request as received; prints its id and due date"]) { subject, type, channel, agent, format, fee, items };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = AsOption(text);
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            RequestNames.TryParse(parseResult.GetValue(type), out RequestType requestType);
            DisclosureFormat? chosen = parseResult.GetValue(format) is { } f && RequestNames.TryParse(f, out DisclosureFormat parsed) ? parsed : null;
            var request = await platform.Requests.AddAsync(caller, new NewSubjectRequest(
                parseResult.GetValue(subject)!, requestType, parseResult.GetValue(channel)!, parseResult.GetValue(agent), chosen, parseResult.GetValue(fee),
                ItemList(parseResult.GetValue(items))), ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"{RequestNames.Japanese(request.Type)} の請求を受け付けました。請求 ID: {request.Id}　回答期限: {PlatformCommand.Time(request.DueAt)}" + (request.FeeYen > 0 ? $"　手数料: {request.FeeYen} 円" : string.Empty),
                $"Received a request for {RequestNames.English(request.Type)}. Request id: {request.Id}  due: {PlatformCommand.Time(request.DueAt)}" + (request.FeeYen > 0 ? $"  fee: {request.FeeYen} yen" : string.Empty)]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Verify(UiText text)
    {
        var id = IdArgument(text);
        var method = new Option<string>("--method") { Description = text["本人確認の方法（例: 運転免許証の写し、会員ログイン）", "How identity was verified (e.g. 運転免許証の写し, 会員ログイン)"], Required = true, HelpName = "TEXT" };
        var agent = new Option<string?>("--agent-verification") { Description = text["代理人の請求では代理権の確認方法（例: 委任状、戸籍謄本）", "For an agent request, how the authority was verified (e.g. 委任状)"], HelpName = "TEXT" };
        var command = new Command("verify", text["本人確認（代理人の場合は代理権の確認）を記録します", "Record that identity (and an agent's authority) was verified"]) { id, method, agent };
        return Step(command, text, async (platform, caller, requestId, parseResult, ct) =>
        {
            await platform.Requests.VerifyAsync(caller, requestId, parseResult.GetValue(method)!, parseResult.GetValue(agent), ct).ConfigureAwait(false);
            return text[$"請求 {requestId} の本人確認を記録しました。", $"Recorded the verification of request {requestId}."];
        });
    }

    private static Command Paid(UiText text)
    {
        var id = IdArgument(text);
        var command = new Command("paid", text["手数料の受領を記録します（第38条）", "Record that the fee was received (Art. 38)"]) { id };
        return Step(command, text, async (platform, caller, requestId, parseResult, ct) =>
        {
            var request = await platform.Requests.RecordFeePaidAsync(caller, requestId, ct).ConfigureAwait(false);
            return text[$"請求 {requestId} の手数料 {request.FeeYen} 円の受領を記録しました。", $"Recorded the fee of {request.FeeYen} yen for request {requestId}."];
        });
    }

    private static Command Fulfil(UiText text)
    {
        var id = IdArgument(text);
        var output = new Option<string?>("--out") { Description = text["開示の場合、開示ファイルを書き出すフォルダー（なければ作成）", "For a disclosure, the folder to write the package to (created if missing)"], HelpName = "DIR" };
        var corrections = new Option<string[]>("--correct")
        {
            Description = text["訂正の場合、訂正後の値（TYPE=VALUE、複数可）", "For a correction, a corrected value (TYPE=VALUE, repeatable)"],
            HelpName = "TYPE=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("fulfil", text[
            "本人確認済みの請求に対応し、データに反映します（消去は暗号鍵の破棄、利用停止、連絡停止、訂正、開示ファイルの作成）",
            "Fulfil a verified request, acting on the data (erasure destroys the key; suspension; do-not-contact; correction; the disclosure package)"]) { id, output, corrections };
        return Step(command, text, async (platform, caller, requestId, parseResult, ct) =>
        {
            var items = new List<NewItem>();
            foreach (var pair in parseResult.GetValue(corrections) ?? [])
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0 || !ItemTypes.IsKnown(pair[..at].ToUpperInvariant()))
                {
                    throw new PlatformException("invalid", text[$"--correct は TYPE=VALUE の形で、TYPE は項目の種類です（例: EMAIL_ADDRESS=…）: {(at > 0 ? pair[..at] : "?")}", $"--correct takes TYPE=VALUE with a known item type (e.g. EMAIL_ADDRESS=…): {(at > 0 ? pair[..at] : "?")}"]);
                }

                items.Add(new NewItem(pair[..at].ToUpperInvariant(), pair[(at + 1)..]));
            }

            var request = await platform.Requests.GetAsync(caller, requestId, ct).ConfigureAwait(false);
            var folder = parseResult.GetValue(output);
            if (request.Type == RequestType.Disclosure && folder is null)
            {
                throw new PlatformException("invalid", text["開示には --out DIR（開示ファイルの書き出し先）が必要です。", "A disclosure needs --out DIR (where the package is written)."]);
            }

            var outcome = await platform.Requests.FulfilAsync(caller, requestId, items.Count == 0 ? null : items, ct).ConfigureAwait(false);
            var lines = new List<string>();
            if (outcome.Request.Status == RequestStatus.Refused)
            {
                return text[$"請求 {requestId} には対応できないため、理由を付けて不対応としました: {RequestNames.Text(outcome.Request.RefusalReason!.Value)}",
                    $"Request {requestId} cannot be fulfilled yet and was refused with the reason: {RequestNames.Name(outcome.Request.RefusalReason!.Value)}"];
            }

            if (outcome.Purposes is { } purposes)
            {
                lines.AddRange(purposes.Select(p => $"  - {p.Title} ({p.Code} v{p.Version}, {(p.Basis == "consent" ? text["同意", "consent"] : text["公表・通知", "notified"])}): {p.Text}"));
            }

            if (outcome.Package is { } package)
            {
                Directory.CreateDirectory(folder!);
                var path = Path.Combine(folder!, package.FileName);
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                await using (var stream = new FileStream(path, options))
                {
                    await stream.WriteAsync(package.Content, ct).ConfigureAwait(false);
                }

                lines.Add(text[$"  開示ファイル: {path}", $"  package: {path}"]);
            }

            return text[$"請求 {requestId} に対応しました（{outcome.Request.Outcome}）。", $"Fulfilled request {requestId} ({outcome.Request.Outcome})."]
                + (lines.Count > 0 ? Environment.NewLine + string.Join(Environment.NewLine, lines) : string.Empty);
        });
    }

    private static Command Refuse(UiText text)
    {
        var id = IdArgument(text);
        var reason = new Option<string>("--reason")
        {
            Description = text[$"不対応の理由: {string.Join("、", RequestNames.ReasonNames)}", $"Why: {string.Join(", ", RequestNames.ReasonNames)}"],
            Required = true,
            HelpName = "REASON",
        };
        reason.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !RequestNames.TryParse(value, out RefusalReason _))
            {
                result.AddError(text[$"不明な理由です: {value}（{string.Join("・", RequestNames.ReasonNames)}）", $"Unknown reason: {value} (use {string.Join(", ", RequestNames.ReasonNames)})"]);
            }
        });
        var note = new Option<string?>("--note") { Description = text["本人に伝える補足（個人の値は書かないでください）", "A note for the person (no personal values)"], HelpName = "TEXT" };
        var command = new Command("refuse", text["請求に応じない旨を理由とともに記録します（第36条）", "Refuse a request with the reason told to the person (Art. 36)"]) { id, reason, note };
        return Step(command, text, async (platform, caller, requestId, parseResult, ct) =>
        {
            RequestNames.TryParse(parseResult.GetValue(reason), out RefusalReason why);
            var refused = await platform.Requests.RefuseAsync(caller, requestId, why, parseResult.GetValue(note), ct).ConfigureAwait(false);
            return text[$"請求 {requestId} を不対応としました。理由: {RequestNames.Text(refused.RefusalReason!.Value)}", $"Refused request {requestId}: {RequestNames.Name(refused.RefusalReason!.Value)}"];
        });
    }

    private static Command List(UiText text)
    {
        var open = new Option<bool>("--open") { Description = text["未回答の請求のみ", "Only open requests"] };
        var overdue = new Option<bool>("--overdue") { Description = text["回答期限を過ぎた未回答の請求のみ", "Only open requests past their due date"] };
        var subject = new Option<string?>("--subject") { Description = text["この本人の請求のみ", "Only this subject's requests"], HelpName = "ID" };
        var format = FormatOption(text);
        var command = new Command("list", text["請求を受付順に一覧します（期限超過は「超過」）", "List requests in order of receipt (overdue ones marked)"]) { open, overdue, subject, format };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = AsOption(text);
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var requests = await platform.Requests.ListAsync(caller, parseResult.GetValue(open), parseResult.GetValue(overdue), parseResult.GetValue(subject), ct).ConfigureAwait(false);
            var now = platform.Time.GetUtcNow();
            var writer = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(requests.Select(r => RequestView.Of(r, now)).ToList(), RequestView.Json)).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().AddColumns(text["請求 ID", "Request"], text["本人", "Subject"], text["種類", "Type"], text["状態", "Status"],
                text["受付", "Received"], text["期限", "Due"], text["回答", "Answered"]);
            foreach (var r in requests)
            {
                table.AddRow(r.Id, r.SubjectId, Markup.Escape(text[RequestNames.Japanese(r.Type), RequestNames.Name(r.Type)]),
                    Markup.Escape(text[RequestNames.Japanese(r.Status), RequestNames.Name(r.Status)]) + (r.IsOverdue(now) ? text[" [red]超過[/]", " [red]overdue[/]"] : string.Empty),
                    PlatformCommand.Time(r.ReceivedAt), PlatformCommand.Time(r.DueAt), PlatformCommand.Time(r.AnsweredAt));
            }

            PlatformCommand.Console(writer).Write(table);
            await writer.WriteLineAsync(text[$"{requests.Count} 件", $"{requests.Count} request(s)"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Show(UiText text)
    {
        var id = IdArgument(text);
        var format = FormatOption(text);
        var command = new Command("show", text["請求の経過（すべての日時）を表示します", "Show a request with every timestamp"]) { id, format };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = AsOption(text);
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var r = await platform.Requests.GetAsync(caller, parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            var now = platform.Time.GetUtcNow();
            var writer = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(RequestView.Of(r, now), RequestView.Json)).ConfigureAwait(false);
                return 0;
            }

            var grid = new Grid().AddColumn().AddColumn();
            void Row(string ja, string en, string? value) => grid.AddRow(Markup.Escape(text[ja, en]), Markup.Escape(value ?? "—"));
            Row("請求 ID", "Request", r.Id);
            Row("本人", "Subject", r.SubjectId);
            Row("種類", "Type", text[RequestNames.Japanese(r.Type), RequestNames.English(r.Type)]);
            Row("状態", "Status", text[RequestNames.Japanese(r.Status), RequestNames.Name(r.Status)] + (r.IsOverdue(now) ? text["（期限超過）", " (overdue)"] : string.Empty));
            Row("受付", "Received", $"{PlatformCommand.Time(r.ReceivedAt)} ({r.Channel}, {r.ReceivedBy})");
            Row("回答期限", "Due", PlatformCommand.Time(r.DueAt));
            Row("代理人", "Agent", r.ByAgent ? text["はい", "yes"] : text["いいえ", "no"]);
            Row("本人確認", "Verified", r.VerifiedAt is null ? null : $"{PlatformCommand.Time(r.VerifiedAt)} {r.VerificationMethod}" + (r.AgentVerification is null ? string.Empty : " / " + r.AgentVerification));
            Row("手数料", "Fee", r.FeeYen == 0 ? text["なし", "none"] : $"{r.FeeYen.ToString(CultureInfo.InvariantCulture)} " + text["円", "yen"] + (r.FeePaidAt is null ? text["（未受領）", " (not received)"] : $" ({PlatformCommand.Time(r.FeePaidAt)})"));
            Row("開示の方法", "Format", r.Format is { } f ? RequestNames.Name(f) : null);
            Row("対応", "Fulfilled", r.FulfilledAt is null ? null : $"{PlatformCommand.Time(r.FulfilledAt)} {r.Outcome}");
            Row("不対応", "Refused", r.RefusedAt is null ? null : $"{PlatformCommand.Time(r.RefusedAt)} {RequestNames.Text(r.RefusalReason!.Value)} {r.Note}");
            PlatformCommand.Console(writer).Write(grid);
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>A step on one request: opens the platform, acts as the caller, prints one line.</summary>
    private static Command Step(Command command, UiText text, Func<Platform, Caller, string, ParseResult, CancellationToken, Task<string>> body)
    {
        var id = (Argument<string>)command.Arguments[0];
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = AsOption(text);
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var message = await body(platform, caller, parseResult.GetValue(id)!, parseResult, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(message).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Argument<string> IdArgument(UiText text) => new("id") { Description = text["請求 ID（Q…）", "The request id (Q…)"], HelpName = "ID" };

    private static Option<string> FormatOption(UiText text)
    {
        var format = new Option<string>("--format") { Description = text["出力形式: table（既定）または json", "Output format: table (default) or json"], DefaultValueFactory = _ => "table", HelpName = "table|json" };
        format.AcceptOnlyFromAmong(s_formats);
        return format;
    }

    private static Option<string?> AsOption(UiText text) => new("--as")
    {
        Description = text["この利用者（個人情報保護管理者・管理者）として実行。省略時はローカル操作者（cli、管理者）", "Act as this user (a privacy officer or administrator); default: the local operator (cli, an administrator)"],
        HelpName = "NAME",
    };

    private static List<string> ItemList(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(v => v.ToUpperInvariant()).Distinct(StringComparer.Ordinal)];
}
