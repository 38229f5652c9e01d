using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Deidentification.Dates;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori purposes add|list|notice</c>: the register of purposes of use (Art. 17) that imports and exports
/// declare, and the privacy notices that state them (Art. 21). Runs as the local operator.
/// </summary>
internal static class PurposesCommand
{
    private static readonly string[] s_formats = ["table", "json"];

    public static Command Create(UiText text)
    {
        var command = new Command("purposes", text[
            "利用目的（第17条）と、それを示したプライバシーポリシー（第21条）を登録・一覧します。取り込み・書き出しは登録済みの利用目的を宣言します。" + PlatformCommand.TrustNote(text),
            "Register and list purposes of use (Art. 17) and the privacy notices stating them (Art. 21); imports and exports declare a registered purpose. " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Add(text));
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Notice(text));
        return command;
    }

    private static Command Add(UiText text)
    {
        var code = new Argument<string>("code") { Description = text["利用目的のコード（英数字・-・_、例: email-marketing）", "The purpose code (ASCII letters, digits, - and _, e.g. email-marketing)"], HelpName = "CODE" };
        var title = new Option<string>("--title") { Description = text["短い題名（例: メールマガジンの配信）", "A short title (e.g. メールマガジンの配信)"], Required = true, HelpName = "TEXT" };
        var published = new Option<string?>("--text") { Description = text["公表・通知した利用目的の文面（省略時は題名）", "The purpose as published or notified (default: the title)"], HelpName = "TEXT" };
        var items = new Option<string[]>("--items")
        {
            Description = text["この目的で扱う項目（カンマ区切り、例: PERSON_NAME,EMAIL_ADDRESS,MEMBER_ID）", "The item types this purpose uses (comma-separated, e.g. PERSON_NAME,EMAIL_ADDRESS,MEMBER_ID)"],
            Required = true,
            HelpName = "TYPE,TYPE",
        };
        var fullValue = new Option<string[]>("--full-value")
        {
            Description = text["マスクせず全体を見せる項目（マーケターにも。例: メール配信なら EMAIL_ADDRESS）", "Item types shown whole even to masked roles (e.g. EMAIL_ADDRESS for e-mail marketing)"],
            HelpName = "TYPE,TYPE",
        };
        var retention = new Option<int>("--retention-days") { Description = text["保存期間（日、第22条）", "Retention period in days (Art. 22)"], Required = true, HelpName = "N" };
        var consent = new Option<bool>("--requires-consent") { Description = text["本人の同意が必要な目的（マーケティング、第三者提供など）", "People must opt in (marketing, provision to third parties…)"] };
        var contact = new Option<bool>("--direct-contact") { Description = text["本人に連絡する目的（メール・郵送・電話など）。連絡停止を求めた人には使えません（第35条第5項）", "The purpose contacts people (mail, post, phone…); people who asked not to be contacted are refused (Art. 35(5))"] };
        var from = new Option<string?>("--effective-from") { Description = text["この版が有効になる日（既定: 今）", "When this version takes effect (default: now)"], HelpName = "DATE" };
        var command = new Command("add", text[
            "利用目的の新しい版を登録します（同じコードなら次の版）",
            "Register a new version of a purpose (the next version for an existing code)"]) { code, title, published, items, fullValue, retention, consent, from, contact };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var effective = DateTimeOffset.Now;
            if (parseResult.GetValue(from) is { } value)
            {
                if (!JapaneseDate.TryParse(value, out var date))
                {
                    await stderr.WriteLineAsync(text[$"エラー: --effective-from の日付を読めません: {value}", $"error: --effective-from is not a date: {value}"]).ConfigureAwait(false);
                    return MamoriCli.UsageError;
                }

                effective = new DateTimeOffset(date!.Date.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.Local.GetUtcOffset(date.Date.ToDateTime(TimeOnly.MinValue)));
            }

            return await PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
            {
                var purpose = new Purpose(
                    parseResult.GetValue(code)!, 0, effective, parseResult.GetValue(title)!,
                    parseResult.GetValue(published) ?? parseResult.GetValue(title)!, Split(parseResult.GetValue(items), itemTypes: true),
                    parseResult.GetValue(retention), parseResult.GetValue(consent))
                {
                    FullValueItemTypes = Split(parseResult.GetValue(fullValue), itemTypes: true),
                    DirectContact = parseResult.GetValue(contact),
                };
                var stored = await platform.Purposes.DefineAsync(Caller.LocalOperator, purpose, ct).ConfigureAwait(false);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                    $"利用目的 {stored.Code} の第 {stored.Version} 版を登録しました（項目: {string.Join(", ", stored.ItemTypes)}）。",
                    $"Registered version {stored.Version} of the purpose {stored.Code} (items: {string.Join(", ", stored.ItemTypes)})."]).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command List(UiText text)
    {
        var format = new Option<string>("--format")
        {
            Description = text["出力形式: table（既定）または json", "Output format: table (default) or json"],
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong(s_formats);
        var command = new Command("list", text["利用目的の全版とプライバシーポリシーを一覧します", "List every purpose version and the privacy notices"]) { format };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var purposes = await platform.Purposes.AllAsync(ct).ConfigureAwait(false);
            var notices = await platform.Purposes.NoticesAsync(ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { purposes, notices }, JsonOutput.Options)).ConfigureAwait(false);
                return 0;
            }

            var console = PlatformCommand.Console(output);
            var table = new Table().AddColumns(text["コード", "Code"], text["版", "Version"], text["有効", "Effective"], text["題名", "Title"],
                text["項目", "Items"], text["保存", "Retention"], text["同意", "Consent"]);
            foreach (var p in purposes.OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Version))
            {
                table.AddRow(Markup.Escape(p.Code), p.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), PlatformCommand.Time(p.EffectiveFrom),
                    Markup.Escape(p.Title), Markup.Escape(string.Join(", ", p.ItemTypes)), text[$"{p.RetentionDays} 日", $"{p.RetentionDays} days"],
                    p.RequiresConsent ? text["必要", "required"] : "—");
            }

            console.Write(table);
            if (notices.Count > 0)
            {
                var noticeTable = new Table().AddColumns(text["ポリシー ID", "Notice id"], text["取得の場面", "Collection point"], text["版", "Version"], text["公表", "Published"], text["利用目的", "Purposes"]);
                foreach (var n in notices)
                {
                    noticeTable.AddRow(n.Id, Markup.Escape(n.CollectionPoint), Markup.Escape(n.Version), PlatformCommand.Time(n.PublishedAt), Markup.Escape(string.Join(", ", n.PurposeCodes)));
                }

                console.Write(noticeTable);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Notice(UiText text)
    {
        var point = new Argument<string>("collection-point") { Description = text["示した場面（例: web-signup、store-counter）", "Where it is shown (e.g. web-signup, store-counter)"], HelpName = "POINT" };
        var version = new Option<string>("--version") { Description = text["ポリシーの版（例: 2025-04）", "The notice version (e.g. 2025-04)"], Required = true, HelpName = "V" };
        var purposeCodes = new Option<string[]>("--purposes") { Description = text["示した利用目的のコード（カンマ区切り）", "The purpose codes it states (comma-separated)"], Required = true, HelpName = "CODE,CODE" };
        var body = new Option<string?>("--text") { Description = text["本文（省略時は空）", "Its text (default: empty)"], HelpName = "TEXT" };
        var command = new Command("notice", text[
            "プライバシーポリシーの版を登録し、その ID を表示します（import --notice ID に使います）",
            "Publish a privacy notice version and print its id (for import --notice ID)"]) { point, version, purposeCodes, body };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var notice = await platform.Purposes.PublishNoticeAsync(Caller.LocalOperator, new Notice(
                string.Empty, parseResult.GetValue(point)!, parseResult.GetValue(version)!, parseResult.GetValue(body) ?? string.Empty,
                DateTimeOffset.Now, Split(parseResult.GetValue(purposeCodes))), ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"プライバシーポリシー {notice.CollectionPoint} {notice.Version} を登録しました。ID: {notice.Id}",
                $"Published the notice {notice.CollectionPoint} {notice.Version}. Id: {notice.Id}"]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Comma-separated values; item types are accepted in any case.</summary>
    private static List<string> Split(string[]? values, bool itemTypes = false) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => itemTypes && ItemTypes.IsKnown(v.ToUpperInvariant()) ? v.ToUpperInvariant() : v).Distinct(StringComparer.Ordinal)];
}
