using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary><c>mamori records list|purge</c>: the provision and receipt records (Art. 29-31) and their purge after retention.</summary>
internal static class RecordsCommand
{
    private static readonly string[] s_formats = ["table", "jsonl"];

    public static Command Create(UiText text)
    {
        var command = new Command("records", text[
            "第三者提供・受領の記録（第29条〜第31条）を一覧し、保存期間を過ぎたものを削除します。" + PlatformCommand.TrustNote(text),
            "List the provision and receipt records (Art. 29-31) and purge those past retention. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Purge(text));
        return command;
    }

    private static Command List(UiText text)
    {
        var subject = new Option<string?>("--subject") { Description = text["この本人の記録（開示請求で示すもの、第33条第5項）", "This person's records (what a disclosure under Art. 33(5) shows)"], HelpName = "ID" };
        var counterparty = new Option<string?>("--recipient") { Description = text["この提供先（または受領の確認 ID）の記録", "Records of this recipient (or receipt confirmation id)"], HelpName = "ID" };
        var kind = new Option<string?>("--kind") { Description = text["種類: " + string.Join(", ", ProvisionCodes.KindNames), "Kind: " + string.Join(", ", ProvisionCodes.KindNames)], HelpName = "KIND" };
        var limit = new Option<int>("--limit") { Description = text["最大件数（新しい順、既定 100）", "At most this many (newest first, default 100)"], DefaultValueFactory = _ => 100, HelpName = "N" };
        var operational = new Option<bool>("--include-operational") { Description = text["記録義務のない運用記録（例外・委託・承継・共同利用）も含める", "Also the operational entries (exception, entrustment, succession, joint use)"] };
        var format = new Option<string>("--format") { Description = text["出力形式: table（既定）または jsonl", "Output format: table (default) or jsonl"], DefaultValueFactory = _ => "table", HelpName = "table|jsonl" };
        format.AcceptOnlyFromAmong(s_formats);
        var command = new Command("list", text["記録を一覧します", "List records"]) { subject, counterparty, kind, limit, operational, format };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var filter = new RecordFilter
            {
                SubjectId = parseResult.GetValue(subject),
                CounterpartyId = parseResult.GetValue(counterparty),
                Kind = parseResult.GetValue(kind) is { } k ? ProvisionOutput.Parse<RecordKind>(k, "--kind", ProvisionCodes.KindNames, ProvisionCodes.TryParse) : null,
                Limit = parseResult.GetValue(limit),
            };
            var records = (await platform.Provisions.ListRecordsAsync(Caller.LocalOperator, filter, ct).ConfigureAwait(false))
                .Where(r => parseResult.GetValue(operational) || filter.Kind is not null || r.Kind != RecordKind.Operational).ToList();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "jsonl")
            {
                foreach (var record in records)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(record, ProvisionOutput.Lines)).ConfigureAwait(false);
                }

                return 0;
            }

            var table = new Table().AddColumns(text["種類", "Kind"], text["対象者", "Subject"], text["相手方", "Counterparty"], text["根拠", "Basis"],
                text["項目", "Items"], text["提供・受領日", "Date"], text["同意", "Consent"], text["保存期限", "Kept until"]);
            foreach (var r in records)
            {
                table.AddRow(Markup.Escape(ProvisionOutput.Kind(text, r.Kind)), r.SubjectId, Markup.Escape(r.CounterpartyName), ProvisionCodes.Name(r.Basis),
                    Markup.Escape(string.Join(", ", r.ItemTypes)),
                    r.Bulk ? $"{ProvisionOutput.Day(r.FirstAt)}〜{ProvisionOutput.Day(r.LastAt)} ({r.Count})" : ProvisionOutput.Day(r.FirstAt),
                    r.ConsentId ?? (r.ConsentConfirmed ? text["確認済み", "confirmed"] : "—"), ProvisionOutput.Day(r.RetainUntil));
            }

            PlatformCommand.Console(output).Write(table);
            await output.WriteLineAsync(text[$"{records.Count:N0} 件", $"{records.Count:N0} record(s)"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Purge(UiText text)
    {
        var command = new Command("purge", text[
            "保存期限（契約で代替する場合1年、それ以外3年、一括記録は最後の提供から3年）を過ぎた記録を削除します",
            "Delete the records past their retention deadline (1 year when a contract substitutes, else 3 years; bulk records 3 years from the last provision)"]);
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var purged = await platform.Provisions.PurgeExpiredRecordsAsync(Caller.LocalOperator, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[$"保存期限を過ぎた記録 {purged:N0} 件を削除しました。", $"Purged {purged:N0} record(s) past retention."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
