using System.CommandLine;
using System.Text;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Core.Ports;
using Mamori.Deidentification.Files;
using Mamori.Scanning.Text;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori export</c>: controlled exports in place of a USB ban. <c>export --purpose P</c> asks for an export of
/// the subjects the purpose covers (values masked per role as Core decides), logs it and writes a CSV carrying a
/// trace mark unique to the export; above the large-export threshold a privacy officer approves first
/// (<c>export approve ID</c>), then <c>export --approve ID</c> writes it. <c>export trace FILE</c> tells which
/// export a leaked file came from. Exit codes: 0 written / traced, 1 waiting for approval, refused or no mark
/// found, 2 bad input.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(UiText text)
    {
        var purpose = new Option<string?>("--purpose") { Description = text["書き出しの利用目的（登録済みのコード、必須）", "The purpose of the export (a registered code; required)"], HelpName = "P" };
        var output = new Option<string?>("--out") { Description = text["書き出す CSV（既定: mamori-export-ID.csv。既存のファイルは上書きしません）", "The CSV to write (default: mamori-export-ID.csv; an existing file is never overwritten)"], HelpName = "FILE" };
        var approved = new Option<string?>("--approve")
        {
            Description = text["個人情報保護管理者が承認した書き出しの ID: それを書き出します", "The id of an export a privacy officer approved: write it"],
            HelpName = "EXPORT_ID",
        };
        var asUser = AsOption(text);
        var command = new Command("export", text[
            $"""
            利用目的を宣言して、その目的で使える本人のデータを CSV（BOM 付き UTF-8）に書き出します（USB 禁止の代わりに、目的・承認・追跡マーク・ログ）。
            項目は利用目的の範囲、値は役割に応じてマスク（--as のマーケターなど）。書き出しはアクセスログに記録し、CSV には書き出しごとに固有の追跡マーク
            （架空の人物の行）を入れます。大きな書き出し（しきい値 {new PlatformOptions().LargeExportThreshold:N0} 人超）は個人情報保護管理者の承認が必要です:
            承認待ちの ID を表示して終了コード 1 で終わります。mamori export approve ID --as 管理者名 で承認後、mamori export --approve ID で書き出します。
            終了コード: 0 書き出し、1 承認待ち・拒否、2 入力の誤り。
            """ + PlatformCommand.TrustNote(text),
            $"""
            Export the data of the subjects a declared purpose may use to a CSV (UTF-8 with BOM): in place of a USB ban, every export has a purpose,
            an approver when large, a trace mark and a log line. Items are the purpose's, values masked per role (e.g. a marketer with --as). The
            export is logged and the CSV carries a trace mark unique to it (a fictitious person's row). Exports above the large-export threshold
            ({new PlatformOptions().LargeExportThreshold:N0} subjects) need a privacy officer's approval: the pending export's id is printed and the exit
            code is 1; after mamori export approve ID --as OFFICER, mamori export --approve ID writes it.
            Exit codes: 0 written, 1 waiting for approval or refused, 2 bad input.
            """ + PlatformCommand.TrustNote(text)])
        {
            purpose, output, approved, asUser,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var approveId = parseResult.GetValue(approved);
            var purposeCode = parseResult.GetValue(purpose);
            if (approveId is null && string.IsNullOrWhiteSpace(purposeCode))
            {
                await stderr.WriteLineAsync(text[
                    "エラー: --purpose で書き出しの利用目的を宣言してください（第18条）。承認済みの書き出しなら --approve ID。",
                    "error: declare the purpose of the export with --purpose (Art. 18), or name an approved export with --approve ID."]).ConfigureAwait(false);
                return MamoriCli.UsageError;
            }

            var path = parseResult.GetValue(output);
            if (path is not null && File.Exists(path))
            {
                await stderr.WriteLineAsync(text[$"エラー: {path} はすでにあります（上書きしません）。", $"error: {path} exists already (it is never overwritten)."]).ConfigureAwait(false);
                return MamoriCli.UsageError;
            }

            if (path is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
            {
                await stderr.WriteLineAsync(text[$"エラー: {path} のフォルダーがありません。", $"error: the folder of {path} does not exist."]).ConfigureAwait(false);
                return MamoriCli.UsageError;
            }

            return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
            {
                var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
                var stdout = parseResult.InvocationConfiguration.Output;
                ExportRecord export;
                if (approveId is not null)
                {
                    export = await platform.Store.GetExportAsync(approveId, ct).ConfigureAwait(false)
                        ?? throw new PlatformException("not_found", $"There is no export '{approveId}'.");
                    if (purposeCode is not null && purposeCode != export.Purpose)
                    {
                        throw new PlatformException("invalid", $"The export '{approveId}' was requested for the purpose '{export.Purpose}', not '{purposeCode}'.");
                    }
                }
                else
                {
                    export = await platform.Exports.RequestAsync(caller, purposeCode, ct).ConfigureAwait(false);
                }

                if (export.Status == "pending")
                {
                    await stdout.WriteLineAsync(text[
                        $"書き出し {export.Id} は承認待ちです（{export.SubjectCount:N0} 人、しきい値 {platform.Options.LargeExportThreshold:N0} 人超）。",
                        $"The export {export.Id} waits for approval ({export.SubjectCount:N0} subjects, above the threshold of {platform.Options.LargeExportThreshold:N0})."]).ConfigureAwait(false);
                    await stdout.WriteLineAsync(text[
                        $"個人情報保護管理者が mamori export approve {export.Id} --as 名前 で承認したら、mamori export --approve {export.Id} --out FILE{AsText(caller)} で書き出してください。",
                        $"Once a privacy officer approves it with mamori export approve {export.Id} --as NAME, write it with mamori export --approve {export.Id} --out FILE{AsText(caller)}."]).ConfigureAwait(false);
                    return PlatformCommand.Refused;
                }

                if (export.Status != "approved")
                {
                    throw new PlatformException(export.Status == "rejected" ? "forbidden" : "conflict", export.Status == "rejected"
                        ? $"The export '{export.Id}' was rejected by a privacy officer."
                        : $"The export '{export.Id}' is {export.Status}: request a new one with --purpose.");
                }

                var target = path ?? $"mamori-export-{export.Id}.csv";
                var completed = await WriteAsync(platform, caller, export.Id, target, ct).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[
                    $"{completed.SubjectCount:N0} 人を {target} に書き出しました（書き出し {completed.Id}、利用目的 {completed.Purpose}、項目 {string.Join(", ", completed.ItemTypes)}）。",
                    $"Wrote {completed.SubjectCount:N0} subjects to {target} (export {completed.Id}, purpose {completed.Purpose}, items {string.Join(", ", completed.ItemTypes)})."]).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[
                    "ファイルには追跡マークが入っており、漏えいしたときは mamori export trace FILE で誰がいつ何の目的で書き出したかわかります。書き出しはアクセスログに記録しました。",
                    "The file carries a trace mark: if it leaks, mamori export trace FILE tells who exported it, when and why. The export is in the access log."]).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        command.Subcommands.Add(Approve(text));
        command.Subcommands.Add(Trace(text));
        return command;
    }

    private static Option<string?> AsOption(UiText text) => new("--as")
    {
        Description = text[
            "この利用者として実行（役割・委託の範囲とマスク、ログ上の名前）。省略時はローカル操作者（cli、管理者）",
            "Act as this user (their role, entrustment and masking; their name in the log); default: the local operator (cli, an administrator)"],
        HelpName = "NAME",
    };

    private static string AsText(Caller caller) => caller == Caller.LocalOperator ? string.Empty : " --as " + caller.Name;

    private static Command Approve(UiText text)
    {
        var id = new Argument<string>("export-id") { Description = text["承認待ちの書き出しの ID", "The id of the pending export"], HelpName = "EXPORT_ID" };
        var reject = new Option<bool>("--reject") { Description = text["承認せずに却下します", "Reject it instead"] };
        var asUser = AsOption(text);
        var command = new Command("approve", text[
            "大きな書き出しを承認（または --reject で却下）します。個人情報保護管理者として --as 名前 で実行します",
            "Approve (or --reject) a large export, as a privacy officer: --as NAME"]) { id, reject, asUser };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            if (caller.Role != Role.PrivacyOfficer)
            {
                await platform.AccessLog.AppendAsync(caller, AccessAction.Export, null, [], null, false, $"approve {parseResult.GetValue(id)}: refused", ct).ConfigureAwait(false);
                throw new PlatformException("forbidden", "Only privacy officers approve exports: run it with --as NAME of a privacy officer (mamori users list).");
            }

            var decided = await platform.Exports.DecideAsync(caller, parseResult.GetValue(id)!, !parseResult.GetValue(reject), ct).ConfigureAwait(false);
            var requester = await UserNameAsync(platform, decided.RequestedBy, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(decided.Status == "approved"
                ? text[
                    $"書き出し {decided.Id}（{requester}、利用目的 {decided.Purpose}、{decided.SubjectCount:N0} 人）を承認しました。依頼者が mamori export --approve {decided.Id} で書き出せます。",
                    $"Approved the export {decided.Id} ({requester}, purpose {decided.Purpose}, {decided.SubjectCount:N0} subjects). The requester writes it with mamori export --approve {decided.Id}."]
                : text[$"書き出し {decided.Id} を却下しました。", $"Rejected the export {decided.Id}."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Trace(UiText text)
    {
        var file = new Argument<string>("file") { Description = text["漏えいしたファイル（CSV・テキスト・XLSX）", "The leaked file (CSV, text or XLSX)"], HelpName = "FILE" };
        var command = new Command("trace", text[
            "漏えいしたファイルの追跡マークから、どの書き出し（誰が・いつ・何の目的で）かを調べます。終了コード: 0 特定、1 マークなし、2 ファイルを読めない",
            "Tell which export a leaked file came from (who, when, why) by its trace mark. Exit codes: 0 found, 1 no mark, 2 unreadable file"]) { file };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            string content;
            try
            {
                content = ReadText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TableFileException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(text[$"エラー: {path} を読めません（{ex.GetType().Name}）", $"error: cannot read {path} ({ex.GetType().Name})"]).ConfigureAwait(false);
                return MamoriCli.UsageError;
            }

            return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
            {
                var stdout = parseResult.InvocationConfiguration.Output;
                var export = await platform.Exports.TraceAsync(content, ct).ConfigureAwait(false);
                await platform.AccessLog.AppendAsync(Caller.LocalOperator, AccessAction.Admin, null, [], null, true,
                    export is null ? "trace: no known mark" : $"trace: file traced to export {export.Id}", ct).ConfigureAwait(false);
                if (export is null)
                {
                    await stdout.WriteLineAsync(text[
                        "このファイルには、このプラットフォームの書き出しの追跡マークが見つかりません。",
                        "The file carries no trace mark of this platform's exports."]).ConfigureAwait(false);
                    return PlatformCommand.Refused;
                }

                var requester = await UserNameAsync(platform, export.RequestedBy, ct).ConfigureAwait(false);
                var approver = export.DecidedBy is null ? null : await UserNameAsync(platform, export.DecidedBy, ct).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[$"追跡マークが一致しました: 書き出し {export.Id}", $"Trace mark found: export {export.Id}"]).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[$"  書き出した人: {requester}", $"  exported by: {requester}"]).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[$"  日時: {PlatformCommand.Time(export.RequestedAt)}", $"  when: {PlatformCommand.Time(export.RequestedAt)}"]).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[$"  利用目的: {export.Purpose}", $"  purpose: {export.Purpose}"]).ConfigureAwait(false);
                await stdout.WriteLineAsync(text[$"  項目: {string.Join(", ", export.ItemTypes)}（{export.SubjectCount:N0} 人）", $"  items: {string.Join(", ", export.ItemTypes)} ({export.SubjectCount:N0} subjects)"]).ConfigureAwait(false);
                if (approver is not null)
                {
                    await stdout.WriteLineAsync(text[$"  承認: {approver}（{PlatformCommand.Time(export.DecidedAt)}）", $"  approved by: {approver} ({PlatformCommand.Time(export.DecidedAt)})"]).ConfigureAwait(false);
                }

                await stdout.WriteLineAsync(text[
                    "漏えいの可能性があれば、報告の要否（第26条）を確認してください。",
                    "If the file leaked, check whether the breach must be reported (Art. 26)."]).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes the export to a private temporary file beside the target and moves it into place when complete.</summary>
    private static async Task<ExportRecord> WriteAsync(Platform platform, Caller caller, string exportId, string target, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(target);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".part");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            ExportRecord completed;
            await using (var writer = new StreamWriter(temporary, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), options))
            {
                completed = await platform.Exports.WriteCsvAsync(caller, exportId, writer, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: false);
            return completed;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<string> UserNameAsync(Platform platform, string userId, CancellationToken cancellationToken)
    {
        if (userId == Caller.LocalOperator.UserId)
        {
            return "cli (local operator / ローカル操作者)";
        }

        var user = await platform.Store.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return user is null ? userId : $"{user.Name} ({Roles.Name(user.Role)}, {user.Id})";
    }

    /// <summary>The file's text: a workbook's cells row by row, else the text in the encoding detected (Excel may have re-saved a CSV as Shift_JIS).</summary>
    private static string ReadText(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return string.Join('\n', TableReader.Open(path).ReadRows().Select(r => string.Join(',', r.Values)));
        }

        var bytes = File.ReadAllBytes(path);
        var detected = TextEncodingDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, TextEncodingDetector.SampleSize)), bytes.Length <= TextEncodingDetector.SampleSize);
        var encoding = detected.Encoding ?? Encoding.UTF8;
        return encoding.GetString(bytes, detected.PreambleLength, bytes.Length - detected.PreambleLength);
    }
}
