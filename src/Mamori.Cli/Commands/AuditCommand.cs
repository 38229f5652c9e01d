using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Deidentification.Dates;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori audit verify</c> checks the hash-chained access log against its keyed chain and the head kept in the key
/// store, naming the first entry changed, removed or reordered (exit 1). <c>mamori audit log</c> shows entries.
/// </summary>
internal static partial class AuditCommand
{
    private const int PageSize = 10_000;
    private static readonly string[] s_formats = ["table", "jsonl"];

    public static Command Create(UiText text)
    {
        var command = new Command("audit", text[
            "アクセスログ（誰が・いつ・誰のどの項目を・何の目的で、許可/拒否）を検証・表示します。" + PlatformCommand.TrustNote(text),
            "Verify and read the access log (who, when, whose data, which items, for which purpose, allowed or refused). " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Verify(text));
        command.Subcommands.Add(Log(text));
        return command;
    }

    private static Command Verify(UiText text)
    {
        var command = new Command("verify", text[
            "アクセスログのハッシュ連鎖を検証します。改ざん・削除・入れ替えがあれば、その番号のエントリを示して終了コード 1 で終わります",
            "Verify the access log's hash chain; a changed, removed or reordered entry is named by its sequence number (exit code 1)"]);
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var result = await platform.AccessLog.VerifyAsync(ct).ConfigureAwait(false);
            var head = await platform.KeyStore.GetAccessLogHeadAsync(ct).ConfigureAwait(false);
            if (result.IsIntact)
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                    $"OK: アクセスログは改ざんされていません（{result.VerifiedEntries:N0} 件、先頭 #{head?.Count ?? 0} {Short(head?.LastHash)}）。",
                    $"OK: the access log is intact ({result.VerifiedEntries:N0} entries, head #{head?.Count ?? 0} {Short(head?.LastHash)})."]).ConfigureAwait(false);
                return 0;
            }

            var verified = result.VerifiedEntries > 0;
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"NG: アクセスログが壊れています — {Japanese(result.Reason ?? string.Empty)}。" + (verified ? $"#1〜#{result.VerifiedEntries} は検証済みです。" : "検証できたエントリはありません。"),
                $"FAILED: the access log is broken — {result.Reason}. " + (verified ? $"Entries #1 to #{result.VerifiedEntries} check out." : "No entry checks out.")]).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                "データベースを書き換えた人がいます。バックアップと比べ、漏えい等の報告の要否（第26条）を確認してください。",
                "Someone rewrote the database: compare with a backup and check whether an incident must be reported (Art. 26)."]).ConfigureAwait(false);
            return PlatformCommand.Refused;
        }, cancellationToken));
        return command;
    }

    private static Command Log(UiText text)
    {
        var subject = new Option<string?>("--subject") { Description = text["この本人（ID）のエントリだけ", "Only entries about this subject (its id)"], HelpName = "ID" };
        var since = new Option<string?>("--since") { Description = text["この日以降のエントリだけ", "Only entries from this date on"], HelpName = "DATE" };
        var limit = new Option<int>("--limit") { Description = text["表示する件数（最新から、既定 100）", "How many entries (the latest; default 100)"], DefaultValueFactory = _ => 100, HelpName = "N" };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError(text["--limit は 1 以上です", "--limit must be at least 1"]);
            }
        });
        var format = new Option<string>("--format")
        {
            Description = text["出力形式: table（既定）または jsonl（1 行 1 エントリ）", "Output format: table (default) or jsonl (one entry per line)"],
            DefaultValueFactory = _ => "table",
            HelpName = "table|jsonl",
        };
        format.AcceptOnlyFromAmong(s_formats);
        var command = new Command("log", text[
            "アクセスログを古い順に表示します（条件に合う最新の --limit 件）。値そのものは記録されていません",
            "Show access-log entries, oldest first (the latest --limit that match); no personal value is ever in the log"]) { subject, since, limit, format };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            DateTimeOffset? from = null;
            if (parseResult.GetValue(since) is { } value)
            {
                if (!JapaneseDate.TryParse(value, out var date))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(text[$"エラー: --since の日付を読めません: {value}", $"error: --since is not a date: {value}"]).ConfigureAwait(false);
                    return MamoriCli.UsageError;
                }

                var midnight = date!.Date.ToDateTime(TimeOnly.MinValue);
                from = new DateTimeOffset(midnight, TimeZoneInfo.Local.GetUtcOffset(midnight));
            }

            return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
            {
                var wanted = parseResult.GetValue(limit);
                var subjectId = parseResult.GetValue(subject);
                var kept = new Queue<AccessLogEntry>(Math.Min(wanted, PageSize));
                long next = 1;
                while (true)
                {
                    var page = await platform.AccessLog.ReadAsync(Caller.LocalOperator, next, PageSize, ct).ConfigureAwait(false);
                    foreach (var entry in page)
                    {
                        if ((subjectId is null || entry.SubjectId == subjectId) && (from is null || entry.At >= from))
                        {
                            if (kept.Count == wanted)
                            {
                                kept.Dequeue();
                            }

                            kept.Enqueue(entry);
                        }
                    }

                    if (page.Count < PageSize)
                    {
                        break;
                    }

                    next = page[^1].Sequence + 1;
                }

                var users = (await platform.Store.GetUsersAsync(ct).ConfigureAwait(false)).ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
                var output = parseResult.InvocationConfiguration.Output;
                if (parseResult.GetValue(format) == "jsonl")
                {
                    foreach (var entry in kept)
                    {
                        await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
                        {
                            ["seq"] = entry.Sequence,
                            ["at"] = entry.At,
                            ["user_id"] = entry.UserId,
                            ["user"] = UserName(users, entry.UserId),
                            ["role"] = entry.Role,
                            ["action"] = ActionName(entry.Action),
                            ["subject_id"] = entry.SubjectId,
                            ["item_types"] = entry.ItemTypes,
                            ["purpose"] = entry.Purpose,
                            ["allowed"] = entry.Allowed,
                            ["detail"] = entry.Detail,
                            ["hash"] = entry.Hash,
                        }, JsonOutput.Lines)).ConfigureAwait(false);
                    }

                    return 0;
                }

                var table = new Table().AddColumns("#", text["日時", "When"], text["利用者", "User"], text["役割", "Role"], text["操作", "Action"],
                    text["本人", "Subject"], text["項目", "Items"], text["利用目的", "Purpose"], text["可否", "Allowed"], text["内容", "Detail"]);
                foreach (var entry in kept)
                {
                    table.AddRow(
                        entry.Sequence.ToString(CultureInfo.InvariantCulture), PlatformCommand.Time(entry.At), Markup.Escape(UserName(users, entry.UserId) ?? "—"),
                        entry.Role ?? "—", ActionName(entry.Action), entry.SubjectId ?? "—", Markup.Escape(string.Join(", ", entry.ItemTypes)),
                        Markup.Escape(entry.Purpose ?? "—"), entry.Allowed ? text["許可", "allowed"] : text["拒否", "refused"], Markup.Escape(entry.Detail ?? string.Empty));
                }

                PlatformCommand.Console(output).Write(table);
                await output.WriteLineAsync(text[$"{kept.Count:N0} 件", $"{kept.Count:N0} entries"]).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string? UserName(Dictionary<string, string> users, string? userId) =>
        userId is null ? null : users.TryGetValue(userId, out var name) ? name : userId;

    private static string ActionName(AccessAction action) => action switch
    {
        AccessAction.SignInFailed => "sign_in_failed",
        _ => action.ToString().ToLowerInvariant(),
    };

    /// <summary>Core's reasons (which name the entry) in Japanese.</summary>
    private static string Japanese(string reason)
    {
        if (ChangedReason().Match(reason) is { Success: true } changed)
        {
            return $"エントリ #{changed.Groups[1].Value} が書き込み後に変更されています";
        }

        if (MissingReason().Match(reason) is { Success: true } missing)
        {
            return $"エントリ #{missing.Groups[1].Value} が削除されたか順序が入れ替わっています（#{missing.Groups[2].Value} が続いています）";
        }

        if (UnchainedReason().Match(reason) is { Success: true } unchained)
        {
            return $"エントリ #{unchained.Groups[1].Value} が #{unchained.Groups[2].Value} に続いていません（連鎖の切断）";
        }

        return HeadReason().Match(reason) is { Success: true } head
            ? $"ログには {head.Groups[1].Value} 件しかありませんが、{head.Groups[2].Value} 件書き込まれた記録があります（末尾の削除または置き換え）"
            : reason;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^entry (\d+) was changed")]
    private static partial System.Text.RegularExpressions.Regex ChangedReason();

    [System.Text.RegularExpressions.GeneratedRegex(@"^entry (\d+) is missing or out of order \(found (\d+)")]
    private static partial System.Text.RegularExpressions.Regex MissingReason();

    [System.Text.RegularExpressions.GeneratedRegex(@"^entry (\d+) does not follow entry (\d+)")]
    private static partial System.Text.RegularExpressions.Regex UnchainedReason();

    [System.Text.RegularExpressions.GeneratedRegex(@"^the log holds (\d+) entries but (\d+) were recorded")]
    private static partial System.Text.RegularExpressions.Regex HeadReason();

    private static string Short(string? hash) => hash is null ? "—" : hash[..Math.Min(16, hash.Length)] + "…";
}
