using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Provision;

namespace Mamori.Cli.Commands;

/// <summary><c>mamori receipts confirm|list</c>: the confirmation made before receiving personal data from a third party (Art. 30).</summary>
internal static class ReceiptsCommand
{
    public static Command Create(UiText text)
    {
        var command = new Command("receipts", text[
            "第三者から個人データを受け取る前の確認（第30条）を記録します。受け取ったデータは import customers --received-from ID で取り込みます。" + PlatformCommand.TrustNote(text),
            "Record the confirmation made before receiving personal data from a third party (Art. 30); import the data with import customers --received-from ID. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Confirm(text));
        command.Subcommands.Add(List(text));
        return command;
    }

    private static Command Confirm(UiText text)
    {
        var name = new Option<string>("--provider-name") { Description = text["提供元の名称", "The provider's name"], Required = true, HelpName = "NAME" };
        var address = new Option<string>("--provider-address") { Description = text["提供元の住所", "The provider's address"], Required = true, HelpName = "ADDRESS" };
        var representative = new Option<string>("--provider-representative") { Description = text["提供元の代表者", "The provider's representative"], Required = true, HelpName = "NAME" };
        var acquisition = new Option<string>("--acquisition") { Description = text["提供元がそのデータを取得した経緯", "How the provider acquired the data"], Required = true, HelpName = "TEXT" };
        var route = new Option<string>("--route") { Description = text["提供の根拠: consent または opt-out", "How it is provided to us: consent or opt-out"], Required = true, HelpName = "consent|opt-out" };
        var items = new Option<string[]>("--items") { Description = text["受け取る項目（カンマ区切り）", "The items received (comma-separated)"], Required = true, HelpName = "TYPE,TYPE" };
        var publication = new Option<string?>("--ppc-publication") { Description = text["オプトアウトの場合、提供元の届出の個人情報保護委員会による公表", "Opt-out: the PPC publication of the provider's filing"], HelpName = "REF" };
        var contract = new Option<bool>("--contract-substitutes") { Description = text["契約書で記録を代替する（保存1年）", "A contract substitutes for the records (kept 1 year)"] };
        var command = new Command("confirm", text["受領前の確認を記録し、その ID を表示します", "Record the confirmation and print its id"])
        {
            name, address, representative, acquisition, route, items, publication, contract,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var stored = await platform.Recipients.ConfirmReceiptAsync(Caller.LocalOperator, new ReceiptConfirmation(
                string.Empty, parseResult.GetValue(name)!, parseResult.GetValue(address)!, parseResult.GetValue(representative)!, parseResult.GetValue(acquisition)!,
                ProvisionOutput.Parse<ProvisionBasis>(parseResult.GetValue(route), "--route", ["consent", "opt-out"], ProvisionCodes.TryParse),
                ProvisionOutput.Split(parseResult.GetValue(items)), default, string.Empty)
            {
                PpcPublication = parseResult.GetValue(publication),
                ContractSubstitutesRecord = parseResult.GetValue(contract),
            }, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"受領前の確認を記録しました。ID: {stored.Id}（取り込み: mamori import customers FILE ... --received-from {stored.Id}）",
                $"Recorded the receipt confirmation. Id: {stored.Id} (import with: mamori import customers FILE ... --received-from {stored.Id})"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command List(UiText text)
    {
        var command = new Command("list", text["受領前の確認を JSON で一覧します", "List the receipt confirmations as JSON"]);
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var all = await platform.Recipients.ReceiptConfirmationsAsync(ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(all, ProvisionOutput.Json)).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
