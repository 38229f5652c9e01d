using System.CommandLine;
using System.Text.Json;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori users add|list|token|revoke</c>: platform users and their API bearer tokens. A token is shown
/// once, when it is issued; only its SHA-256 hash is stored. Runs as the local operator (the filesystem is
/// the trust boundary). Exit codes: 0 done, 1 refused, 2 bad input (unknown role, user, entrustment or token).
/// </summary>
internal static class UsersCommand
{
    private static readonly string[] s_formats = ["table", "json"];

    public static Command Create(UiText text)
    {
        var command = new Command("users", text[
            "プラットフォームの利用者と API トークンを管理します（トークンは発行時に一度だけ表示し、保存するのはハッシュのみ）。" + PlatformCommand.TrustNote(text),
            "Manage platform users and their API tokens (a token is shown once, when issued; only its hash is stored). " + PlatformCommand.TrustNote(text)]);
        command.Subcommands.Add(Add(text));
        command.Subcommands.Add(List(text));
        command.Subcommands.Add(Token(text));
        command.Subcommands.Add(Revoke(text));
        return command;
    }

    private static Command Add(UiText text)
    {
        var name = new Argument<string>("name") { Description = text["ログイン名（1〜100 文字）", "The login name (1-100 characters)"], HelpName = "NAME" };
        var role = new Option<string>("--role")
        {
            Description = text[
                "役割: administrator（管理者）、privacy_officer（個人情報保護管理者）、marketer（マーケター）、staff（従業者）、contractor（委託先）",
                "The role: administrator, privacy_officer, marketer, staff or contractor"],
            HelpName = "ROLE",
            Required = true,
        };
        role.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !Roles.TryParse(value, out _))
            {
                result.AddError(text[
                    $"不明な役割です: {value}（administrator・privacy_officer・marketer・staff・contractor のいずれか）",
                    $"Unknown role: {value} (use administrator, privacy_officer, marketer, staff or contractor)"]);
            }
        });
        var entrustment = new Option<string?>("--entrustment")
        {
            Description = text["委託先（contractor）が結び付く委託の ID。委託の範囲外は見えません（第25条）", "For a contractor: the entrustment it is bound to; it sees nothing outside it (Art. 25)"],
            HelpName = "ID",
        };
        var command = new Command("add", text[
            "利用者を追加し、最初の API トークンを一度だけ表示します",
            "Add a user and show its first API token, once"]) { name, role, entrustment };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            Roles.TryParse(parseResult.GetValue(role)!, out var parsed);
            var (user, token) = await platform.Users.AddUserAsync(Caller.LocalOperator, parseResult.GetValue(name)!, parsed, parseResult.GetValue(entrustment), ct).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync(text[
                $"利用者 {user.Name}（{Roles.Name(user.Role)}、ID {user.Id}）を追加しました。",
                $"Added the user {user.Name} ({Roles.Name(user.Role)}, id {user.Id})."]).ConfigureAwait(false);
            await WriteTokenAsync(output, text, token).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
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
        var command = new Command("list", text[
            "利用者と API トークン（ID・発行日時・最終利用・失効）を一覧します。トークンそのものは表示できません",
            "List users and their API tokens (id, created, last used, revoked); the tokens themselves cannot be shown"]) { format };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var users = await platform.Users.ListUsersAsync(Caller.LocalOperator, ct).ConfigureAwait(false);
            var tokens = (await platform.Users.ListTokensAsync(Caller.LocalOperator, ct).ConfigureAwait(false)).ToLookup(t => t.UserId, StringComparer.Ordinal);
            var entrustments = (await platform.Entrustments.ListAsync(ct).ConfigureAwait(false)).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(Json(users, tokens, entrustments)).ConfigureAwait(false);
                return 0;
            }

            if (users.Count == 0)
            {
                await output.WriteLineAsync(text["利用者はまだいません（mamori users add NAME --role ROLE）。", "No users yet (mamori users add NAME --role ROLE)."]).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().AddColumns(
                text["名前", "Name"], text["役割", "Role"], text["委託", "Entrustment"], text["トークン ID", "Token id"],
                text["発行", "Created"], text["最終利用", "Last used"], text["失効", "Revoked"]);
            foreach (var user in users)
            {
                var entrustment = user.EntrustmentId is null ? "—"
                    : entrustments.TryGetValue(user.EntrustmentId, out var found) ? $"{found.Id} ({found.Contractor})" : user.EntrustmentId;
                var first = true;
                foreach (var token in tokens[user.Id].DefaultIfEmpty())
                {
                    table.AddRow(
                        first ? Markup.Escape(user.Name) + (user.Disabled ? text["（無効）", " (disabled)"] : string.Empty) : string.Empty,
                        first ? Roles.Name(user.Role) : string.Empty,
                        first ? Markup.Escape(entrustment) : string.Empty,
                        token?.Id ?? "—",
                        PlatformCommand.Time(token?.CreatedAt),
                        token is null ? "—" : token.LastUsedAt is null ? text["未使用", "never"] : PlatformCommand.Time(token.LastUsedAt),
                        token?.RevokedAt is null ? "—" : PlatformCommand.Time(token.RevokedAt));
                    first = false;
                }
            }

            PlatformCommand.Console(output).Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Token(UiText text)
    {
        var name = new Argument<string>("name") { Description = text["利用者のログイン名", "The user's login name"], HelpName = "NAME" };
        var command = new Command("token", text["利用者に新しい API トークンを発行し、一度だけ表示します", "Issue another API token for a user and show it, once"]) { name };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var token = await platform.Users.IssueTokenAsync(Caller.LocalOperator, parseResult.GetValue(name)!, ct).ConfigureAwait(false);
            await WriteTokenAsync(parseResult.InvocationConfiguration.Output, text, token).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Revoke(UiText text)
    {
        var id = new Argument<string>("token-id") { Description = text["失効させるトークンの ID（mamori users list に表示）", "The id of the token to revoke (as mamori users list shows it)"], HelpName = "TOKEN_ID" };
        var command = new Command("revoke", text["API トークンを失効させます（以後のリクエストは拒否）", "Revoke an API token (requests with it are refused from then on)"]) { id };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var tokenId = parseResult.GetValue(id)!;
            await platform.Users.RevokeTokenAsync(Caller.LocalOperator, tokenId, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text[
                $"トークン {tokenId} を失効させました。実行中のサーバーでは最長 {platform.Options.TokenCacheTime.TotalSeconds:0} 秒で反映されます。",
                $"Revoked the token {tokenId}. A running server stops accepting it within {platform.Options.TokenCacheTime.TotalSeconds:0} s."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task WriteTokenAsync(TextWriter output, UiText text, string token)
    {
        await output.WriteLineAsync(text[
            "API トークン（表示はこの一度きりです。Mamori にはハッシュしか残らず、再表示できません。パスワード管理ツールなど安全な場所に保管してください）:",
            "API token (shown this once only: Mamori keeps just its hash and cannot show it again — store it somewhere safe, e.g. a password manager):"]).ConfigureAwait(false);
        await output.WriteLineAsync(token).ConfigureAwait(false);
        await output.WriteLineAsync(text[
            "使い方: Authorization: Bearer <トークン>。漏れたら mamori users revoke TOKEN_ID で失効させてください。",
            "Use it as Authorization: Bearer <token>. If it leaks, revoke it with mamori users revoke TOKEN_ID."]).ConfigureAwait(false);
    }

    private static string Json(IReadOnlyList<PlatformUser> users, ILookup<string, ApiToken> tokens, Dictionary<string, Entrustment> entrustments) =>
        JsonSerializer.Serialize(
            users.Select(u => new Dictionary<string, object?>
            {
                ["id"] = u.Id,
                ["name"] = u.Name,
                ["role"] = Roles.Name(u.Role),
                ["entrustment"] = u.EntrustmentId,
                ["contractor"] = u.EntrustmentId is not null && entrustments.TryGetValue(u.EntrustmentId, out var e) ? e.Contractor : null,
                ["created_at"] = u.CreatedAt,
                ["disabled"] = u.Disabled,
                ["tokens"] = tokens[u.Id].Select(t => new Dictionary<string, object?>
                {
                    ["id"] = t.Id,
                    ["created_at"] = t.CreatedAt,
                    ["last_used_at"] = t.LastUsedAt,
                    ["revoked_at"] = t.RevokedAt,
                }).ToList(),
            }).ToList(),
            JsonOutput.Options);
}
