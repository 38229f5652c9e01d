using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori recipients add|list|show|stop|confirm-art31</c>: the recipients register (Art. 27-28), people's stops of provision, and
/// the Art. 31 confirmations. Runs as the local operator (or <c>--as NAME</c>).
/// </summary>
internal static class RecipientsCommand
{
    private static readonly string[] s_formats = ["table", "json"];

    public static Command Create(UiText text)
    {
        var command = new Command("recipients", text[
            "第三者提供の提供先（第27条・第28条）を登録・一覧し、本人からの提供停止と個人関連情報の同意確認（第31条）を記録します。" + PlatformCommand.TrustNote(text),
            "Register and list recipients of personal data (Art. 27-28), record people's stops of provision and Art. 31 confirmations. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Add(text));
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Show(text));
        command.Subcommands.Add(Stop(text));
        command.Subcommands.Add(ConfirmArt31(text));
        return command;
    }

    private static Command Add(UiText text)
    {
        var name = new Option<string>("--name") { Description = text["提供先の名称", "The recipient's name"], Required = true, HelpName = "NAME" };
        var address = new Option<string>("--address") { Description = text["住所", "Its address"], Required = true, HelpName = "ADDRESS" };
        var representative = new Option<string>("--representative") { Description = text["代表者（法人の場合）", "Its representative (for a corporation)"], Required = true, HelpName = "NAME" };
        var country = new Option<string>("--country") { Description = text["国（ISO 3166 の2文字、既定 JP）", "Country (ISO 3166 two letters, default JP)"], DefaultValueFactory = _ => "JP", HelpName = "CC" };
        var basis = new Option<string>("--basis")
        {
            Description = text["根拠: " + string.Join(", ", ProvisionCodes.BasisNames), "Basis: " + string.Join(", ", ProvisionCodes.BasisNames)],
            Required = true,
            HelpName = "BASIS",
        };
        var exception = new Option<string?>("--exception") { Description = text["例外の号: " + string.Join(", ", ProvisionCodes.ExceptionNames), "The exception: " + string.Join(", ", ProvisionCodes.ExceptionNames)], HelpName = "E" };
        var foreignBasis = new Option<string?>("--foreign-basis")
        {
            Description = text["外国の提供先の第28条の根拠: " + string.Join(", ", ProvisionCodes.ForeignBasisNames), "Art. 28 basis of a foreign recipient: " + string.Join(", ", ProvisionCodes.ForeignBasisNames)],
            HelpName = "B",
        };
        var reviewDue = new Option<string?>("--review-due") { Description = text["第28条の根拠の次の見直し日", "When the Art. 28 basis is next reviewed"], HelpName = "DATE" };
        var regime = new Option<string?>("--regime-info") { Description = text["本人に示した外国の制度の情報（同意による場合）", "What people were told of the country's regime (consent basis)"], HelpName = "TEXT" };
        var measures = new Option<string?>("--recipient-measures") { Description = text["本人に示した提供先の措置（同意による場合）", "What people were told of the recipient's measures (consent basis)"], HelpName = "TEXT" };
        var details = new Option<FileInfo?>("--details")
        {
            Description = text[
                "オプトアウトの届出（opt_out）または共同利用の公表事項（joint_use）を API と同じ形の JSON で記したファイル",
                "A JSON file with the opt-out filing (opt_out) or joint-use statement (joint_use), shaped as in the API"],
            HelpName = "FILE",
        };
        var contract = new Option<bool>("--contract-substitutes") { Description = text["契約書で記録を代替する（保存1年）", "A contract substitutes for the records (kept 1 year)"] };
        var command = new Command("add", text["提供先を登録し、その ID を表示します", "Register a recipient and print its id"])
        {
            name, address, representative, country, basis, exception, foreignBasis, reviewDue, regime, measures, details, contract,
        };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = As();
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var (optOut, jointUse) = parseResult.GetValue(details) is { } file ? await ReadDetailsAsync(file, ct).ConfigureAwait(false) : (null, null);
            var recipient = new Recipient(string.Empty, 0, parseResult.GetValue(name)!, parseResult.GetValue(address)!, parseResult.GetValue(representative)!,
                parseResult.GetValue(country)!, ProvisionOutput.Parse<ProvisionBasis>(parseResult.GetValue(basis), "--basis", ProvisionCodes.BasisNames, ProvisionCodes.TryParse),
                default, string.Empty)
            {
                Exception = parseResult.GetValue(exception) is { } e ? ProvisionOutput.Parse<Art27Exception>(e, "--exception", ProvisionCodes.ExceptionNames, ProvisionCodes.TryParse) : null,
                Foreign = parseResult.GetValue(foreignBasis) is { } f
                    ? new ForeignTransfer(
                        ProvisionOutput.Parse<ForeignTransferBasis>(f, "--foreign-basis", ProvisionCodes.ForeignBasisNames, ProvisionCodes.TryParse),
                        ProvisionOutput.Date(parseResult.GetValue(reviewDue) ?? throw new PlatformException("invalid", "--foreign-basis needs --review-due DATE (Rules Art. 18)."), "--review-due"))
                    {
                        RegimeInformation = parseResult.GetValue(regime),
                        RecipientMeasures = parseResult.GetValue(measures),
                    }
                    : null,
                OptOut = optOut,
                JointUse = jointUse,
                ContractSubstitutesRecord = parseResult.GetValue(contract),
            };
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var stored = await platform.Recipients.RegisterAsync(caller, recipient, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"提供先を登録しました（{ProvisionOutput.Basis(text, stored.Basis)}、{stored.Country}）。ID: {stored.Id}",
                $"Registered the recipient ({ProvisionOutput.Basis(text, stored.Basis)}, {stored.Country}). Id: {stored.Id}"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command List(UiText text)
    {
        var format = Format(text);
        var command = new Command("list", text["提供先の一覧（最新の版）", "List the recipients (current versions)"]) { format };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var all = await platform.Recipients.ListAsync(ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(all, ProvisionOutput.Json)).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().AddColumns("ID", text["名称", "Name"], text["国", "Country"], text["根拠", "Basis"], text["第28条", "Art. 28"], text["版", "Version"]);
            foreach (var r in all)
            {
                table.AddRow(r.Id, Markup.Escape(r.Name), r.Country, Markup.Escape(ProvisionOutput.Basis(text, r.Basis)),
                    r.Foreign is { } f ? Markup.Escape($"{ProvisionCodes.Name(f.Basis)} → {ProvisionOutput.Day(f.ReviewDue)}") : r.IsForeign ? text["[red]なし[/]", "[red]none[/]"] : "—",
                    r.Version.ToString(CultureInfo.InvariantCulture));
            }

            PlatformCommand.Console(output).Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Show(UiText text)
    {
        var id = new Argument<string>("id") { Description = text["提供先の ID", "The recipient's id"], HelpName = "ID" };
        var command = new Command("show", text["提供先の全版を JSON で表示します", "Print every version of a recipient as JSON"]) { id };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var versions = await platform.Recipients.VersionsAsync(parseResult.GetValue(id)!, ct).ConfigureAwait(false);
            if (versions.Count == 0)
            {
                throw new PlatformException("not_found", $"There is no recipient '{parseResult.GetValue(id)}' (see mamori recipients list).");
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(new { current = versions[^1], versions }, ProvisionOutput.Json)).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Stop(UiText text)
    {
        var subject = new Argument<string>("subject") { Description = text["本人（対象者）の ID", "The person's subject id"], HelpName = "SUBJECT_ID" };
        var recipient = new Option<string?>("--recipient") { Description = text["この提供先への提供だけを停止（省略時はすべての提供先）", "Stop provision to this recipient only (default: every recipient)"], HelpName = "ID" };
        var reason = new Option<string>("--reason") { Description = text["理由（請求番号など。個人の値は書かない）", "Why (a request id; no personal values)"], Required = true, HelpName = "TEXT" };
        var command = new Command("stop", text[
            "本人の求めによる第三者提供の停止を記録します（第27条第2項・第35条第3項）。以後の提供から除かれます",
            "Record a person's request to stop provision to third parties (Art. 27(2), 35(3)); later provisions leave them out"]) { subject, recipient, reason };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = As();
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var stop = await platform.Provisions.StopProvisionAsync(caller, parseResult.GetValue(subject)!, parseResult.GetValue(recipient), parseResult.GetValue(reason)!, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(stop.RecipientId is null
                ? text[$"{stop.SubjectId} へのすべての第三者提供を停止しました。", $"Stopped every provision of {stop.SubjectId}."]
                : text[$"{stop.SubjectId} の {stop.RecipientId} への提供を停止しました。", $"Stopped provision of {stop.SubjectId} to {stop.RecipientId}."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command ConfirmArt31(UiText text)
    {
        var id = new Argument<string>("recipient") { Description = text["提供先の ID", "The recipient's id"], HelpName = "ID" };
        var items = new Option<string[]>("--items") { Description = text["個人関連情報の項目（例: ONLINE_IDENTIFIER）", "The personal-related items (e.g. ONLINE_IDENTIFIER)"], Required = true, HelpName = "TYPE,TYPE" };
        var method = new Option<string>("--method") { Description = text["同意の確認方法（誓約書、同意画面の確認など）", "How the consent was confirmed (a written assurance, the consent screen…)"], Required = true, HelpName = "TEXT" };
        var until = new Option<string>("--valid-until") { Description = text["この確認に依拠する期限", "Until when the confirmation is relied on"], Required = true, HelpName = "DATE" };
        var foreign = new Option<bool>("--foreign-information-confirmed") { Description = text["外国の提供先: 本人に外国の情報が提供されたことも確認した", "Foreign recipient: also confirmed people were given the foreign-country information"] };
        var command = new Command("confirm-art31", text[
            "個人関連情報（Cookie ID など）を提供先が本人と結び付けることについて、本人の同意を得ていることを確認した記録を残します（第31条）",
            "Record the confirmation that the recipient holds people's consent to link personal-related items (cookie ids…) to them (Art. 31)"]) { id, items, method, until, foreign };
        var connection = PlatformConnection.AddTo(command, text);
        var asUser = As();
        command.Options.Add(asUser);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var caller = await PlatformCommand.CallerAsync(platform, parseResult.GetValue(asUser), ct).ConfigureAwait(false);
            var stored = await platform.Recipients.ConfirmPersonalRelatedAsync(caller, new PersonalRelatedConfirmation(
                string.Empty, parseResult.GetValue(id)!, ProvisionOutput.Split(parseResult.GetValue(items)), parseResult.GetValue(method)!, default,
                ProvisionOutput.Date(parseResult.GetValue(until)!, "--valid-until"), string.Empty)
            {
                ForeignInformationConfirmed = parseResult.GetValue(foreign),
            }, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[$"第31条の確認を記録しました。ID: {stored.Id}", $"Recorded the Art. 31 confirmation. Id: {stored.Id}"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary><c>--as NAME</c>: act as that platform user (their role) instead of the local operator.</summary>
    internal static Option<string?> As() => new("--as") { Description = "このユーザーとして実行（ロールとアクセスログの名前） / Act as this platform user (role and name in the access log)", HelpName = "NAME" };

    private static Option<string> Format(UiText text)
    {
        var format = new Option<string>("--format") { Description = text["出力形式: table（既定）または json", "Output format: table (default) or json"], DefaultValueFactory = _ => "table", HelpName = "table|json" };
        format.AcceptOnlyFromAmong(s_formats);
        return format;
    }

    private static async Task<(OptOutFiling?, JointUseStatement?)> ReadDetailsAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new PlatformException("invalid", $"--details: there is no file '{file.FullName}'.");
        }

        try
        {
            await using var stream = file.OpenRead();
            var details = await JsonSerializer.DeserializeAsync<Details>(stream, ProvisionOutput.Json, cancellationToken).ConfigureAwait(false);
            return (details?.OptOut, details?.JointUse);
        }
        catch (JsonException ex)
        {
            throw new PlatformException("invalid", $"--details: the file is not the expected JSON ({ex.Path}: {ex.Message.Split('.')[0]}).");
        }
    }

    private sealed record Details(OptOutFiling? OptOut, JointUseStatement? JointUse);
}
