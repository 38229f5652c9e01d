using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Requests;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Requests;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori statement [--format markdown|html|json] [--out FILE]</c>: the Art. 32 public statement generated from the business
/// profile and the registers; <c>mamori statement profile FILE</c> sets the profile from a JSON file.
/// </summary>
internal static class StatementCommand
{
    private static readonly JsonSerializerOptions s_profileJson = new(RequestView.Json) { PropertyNameCaseInsensitive = true };

    public static Command Create(UiText text)
    {
        var format = new Option<string>("--format") { Description = text["出力形式: markdown（既定）、html、json", "Output format: markdown (default), html or json"], DefaultValueFactory = _ => "markdown", HelpName = "markdown|html|json" };
        format.AcceptOnlyFromAmong("markdown", "html", "json");
        var output = new Option<string?>("--out") { Description = text["書き出すファイル（既存のファイルは上書きしません）。省略時は標準出力", "The file to write (never over an existing one); default: standard output"], HelpName = "FILE" };
        var command = new Command("statement", text[
            "個人情報保護法第32条の公表事項（事業者の名称・住所・代表者、利用目的、請求の手続と手数料、安全管理措置、外国、苦情窓口）を登録内容から作成します。" + PlatformCommand.TrustNote(text),
            "Generate the Art. 32 public statement (business, purposes, request procedures and fees, security measures, foreign countries, complaint contact) from the registers. " + PlatformCommand.TrustNote(text)]) { format, output };
        command.Subcommands.Add(Profile(text));
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var statement = await platform.Statement.BuildAsync(ct).ConfigureAwait(false);
            var body = parseResult.GetValue(format) switch
            {
                "html" => PublicStatement.ToHtml(statement),
                "json" => JsonSerializer.Serialize(statement, RequestView.Json),
                _ => PublicStatement.ToMarkdown(statement),
            };
            if (parseResult.GetValue(output) is { } path)
            {
                if (File.Exists(path))
                {
                    throw new PlatformException("invalid", text[$"{path} は既にあります。上書きはしません。", $"{path} exists already; Mamori never overwrites files."]);
                }

                await File.WriteAllTextAsync(path, body, ct).ConfigureAwait(false);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[$"公表事項を {path} に書き出しました。", $"Wrote the statement to {path}."]).ConfigureAwait(false);
            }
            else
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(body).ConfigureAwait(false);
            }

            if (string.IsNullOrWhiteSpace(statement.BusinessName))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(text[
                    "注意: 事業者情報が未設定です（mamori statement profile FILE）。",
                    "note: the business profile is not set (mamori statement profile FILE)."]).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Profile(UiText text)
    {
        var file = new Argument<string>("file")
        {
            Description = text[
                "事業者情報の JSON（name、address、representative、complaint_contact、request_procedure、notification_fee_yen、disclosure_fee_yen、security_measures、foreign_countries）",
                "The business profile as JSON (name, address, representative, complaint_contact, request_procedure, notification_fee_yen, disclosure_fee_yen, security_measures, foreign_countries)"],
            HelpName = "FILE",
        };
        var command = new Command("profile", text["事業者情報（公表事項の元）を設定します", "Set the business profile the statement is generated from"]) { file };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new PlatformException("invalid", text[$"ファイル {path} がありません。", $"There is no file {path}."]);
            }

            BusinessProfile? profile;
            try
            {
                profile = JsonSerializer.Deserialize<BusinessProfile>(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), s_profileJson);
            }
            catch (JsonException ex)
            {
                throw new PlatformException("invalid", text[$"{path} を JSON として読めません（{ex.LineNumber + 1} 行目付近）。", $"{path} is not valid JSON (near line {ex.LineNumber + 1})."]);
            }

            await platform.Statement.SetProfileAsync(Caller.LocalOperator, profile ?? new BusinessProfile(), ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text["事業者情報を設定しました。", "The business profile is set."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
