using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori provide --recipient R --purpose P (--subjects FILE | --all) --items A,B [--bulk]</c>: provision to a recipient (Art. 27-31).
/// People the basis does not cover are left out with a reason; the records are written for the rest.
/// </summary>
internal static class ProvideCommand
{
    private const int ShownRefusals = 20;
    private static readonly string[] s_formats = ["table", "json"];

    public static Command Create(UiText text)
    {
        var recipient = new Option<string>("--recipient") { Description = text["提供先の ID（mamori recipients list）", "The recipient's id (see mamori recipients list)"], Required = true, HelpName = "ID" };
        var purpose = new Option<string>("--purpose") { Description = text["提供する利用目的（登録済み、項目を含むもの）", "The purpose of use the provision serves (registered, covering the items)"], Required = true, HelpName = "P" };
        var items = new Option<string[]>("--items") { Description = text["提供する項目（カンマ区切り）", "The item types to provide (comma-separated)"], Required = true, HelpName = "TYPE,TYPE" };
        var subjects = new Option<FileInfo?>("--subjects") { Description = text["対象者 ID を1行に1つ書いたファイル", "A file with one subject id per line"], HelpName = "FILE" };
        var all = new Option<bool>("--all") { Description = text["すべての対象者（消去済みを除く）", "Every subject (erased ones excepted)"] };
        var bulk = new Option<bool>("--bulk") { Description = text["反復継続する提供として一括記録（最後の提供から3年保存）", "Repeated provision: one bulk record per person (kept 3 years from the last provision)"] };
        var format = new Option<string>("--format") { Description = text["出力形式: table（既定）または json", "Output format: table (default) or json"], DefaultValueFactory = _ => "table", HelpName = "table|json" };
        format.AcceptOnlyFromAmong(s_formats);
        var command = new Command("provide", text[
            """
            対象者の項目を提供先に提供し、記録を作ります（第27条〜第31条）。提供先の根拠が満たされない依頼（要配慮個人情報のオプトアウト、届出にない項目、
            第28条の根拠のない外国の提供先、第31条の確認のない個人関連情報）は全体を断り、根拠が満たされない本人（同意なし、提供停止、利用停止、消去済み、
            オプトアウトで受領したデータのオプトアウト提供）は理由を示して除きます。記録（提供先・本人・項目・同意または提供日）は保存期限とともに自動で作られます。
            終了コード: 0 提供した（除いた人がいても）、1 権限がない、2 依頼の誤り。
            """ + PlatformCommand.TrustNote(text),
            """
            Provide items of subjects to a recipient and write the records (Art. 27-31). A request the recipient's basis cannot cover (special care-required
            data by opt-out, items outside the filing, a foreign recipient without an Art. 28 basis, personal-related items without an Art. 31 confirmation)
            is refused whole; people the basis does not cover (no consent, a stop, suspension, erasure, data received by opt-out going out by opt-out) are
            left out with the reason. The records (recipient, person, items, consent or date) are written with their retention deadline.
            Exit codes: 0 provided (even if some were left out), 1 not allowed for the role, 2 a wrong request.
            """ + PlatformCommand.TrustNote(text)])
        {
            recipient, purpose, items, subjects, all, bulk, format,
        };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = RecipientsCommand.As();
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var file = parseResult.GetValue(subjects);
            var everyone = parseResult.GetValue(all);
            if ((file is null) == !everyone)
            {
                throw new PlatformException("invalid", "Give either --subjects FILE or --all.");
            }

            IReadOnlyList<string> ids = [];
            if (file is not null)
            {
                if (!file.Exists)
                {
                    throw new PlatformException("invalid", $"--subjects: there is no file '{file.FullName}'.");
                }

                ids = [.. (await File.ReadAllLinesAsync(file.FullName, ct).ConfigureAwait(false)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
            }

            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var result = await platform.Provisions.ProvideAsync(caller, new ProvisionRequest(parseResult.GetValue(recipient)!, parseResult.GetValue(purpose)!, ProvisionOutput.Split(parseResult.GetValue(items)))
            {
                SubjectIds = ids,
                AllSubjects = everyone,
                Bulk = parseResult.GetValue(bulk),
            }, ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    result.Id, result.RecipientId, Basis = ProvisionCodes.Name(result.Basis), RecordKind = ProvisionCodes.Name(result.RecordKind), result.ItemTypes,
                    ProvidedCount = result.ProvidedSubjectIds.Count, result.ProvidedSubjectIds, result.Refusals, result.At, result.RetainUntil,
                }, ProvisionOutput.Json)).ConfigureAwait(false);
                return 0;
            }

            await output.WriteLineAsync(text[
                $"提供 {result.Id}: {result.ProvidedSubjectIds.Count:N0} 人に提供し、{result.Refusals.Count:N0} 人を除きました（{ProvisionOutput.Basis(text, result.Basis)}、{ProvisionOutput.Kind(text, result.RecordKind)}、保存期限 {ProvisionOutput.Day(result.RetainUntil)}）。",
                $"Provision {result.Id}: {result.ProvidedSubjectIds.Count:N0} provided, {result.Refusals.Count:N0} left out ({ProvisionOutput.Basis(text, result.Basis)}, {ProvisionOutput.Kind(text, result.RecordKind)}, kept until {ProvisionOutput.Day(result.RetainUntil)})."]).ConfigureAwait(false);
            if (result.Refusals.Count > 0)
            {
                var table = new Table().AddColumns(text["対象者", "Subject"], text["理由コード", "Code"], text["理由", "Reason"]);
                foreach (var refusal in result.Refusals.Take(ShownRefusals))
                {
                    table.AddRow(refusal.SubjectId, refusal.Code, Markup.Escape(refusal.Reason));
                }

                PlatformCommand.Console(output).Write(table);
                if (result.Refusals.Count > ShownRefusals)
                {
                    await output.WriteLineAsync(text[$"ほか {result.Refusals.Count - ShownRefusals:N0} 人（--format json ですべて）", $"and {result.Refusals.Count - ShownRefusals:N0} more (all with --format json)"]).ConfigureAwait(false);
                }
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
