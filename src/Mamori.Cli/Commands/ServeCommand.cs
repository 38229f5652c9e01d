using System.CommandLine;
using Mamori.Cli.Commands.Serve;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Server;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori serve [--data DIR] [--postgres CONN] [--key-file F] [--urls URL] [--demo]</c>: runs the platform's HTTP API
/// (loopback by default) until Ctrl+C. On a platform without users it creates an administrator and prints its token once;
/// <c>--demo</c> seeds a synthetic shop on an empty platform. Exit codes: 0 stopped cleanly, 2 the server could not start
/// (address in use, unreadable data folder, wrong key file, bad URL).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(UiText text)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = text[
                $"待ち受けるアドレス（既定 {MamoriServer.DefaultUrl}: このマシンからのみ。複数はセミコロン区切り、ポート 0 で空きポート）",
                $"Addresses to listen on (default {MamoriServer.DefaultUrl}: this machine only; separate several with ';'; port 0 picks a free port)"],
            HelpName = "URL",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = text[
                "空のプラットフォームに架空のデモデータ（会員 200 人、利用目的、同意、購入履歴、各ロールのデモユーザー）を作成します",
                "Seed an empty platform with a synthetic demo shop (200 members, purposes, consents, purchases, a demo user per role)"],
        };
        var retentionInterval = new Option<string?>("--retention-interval")
        {
            Description = text[
                "保存期間の点検（mamori retention run）を実行する間隔: 1d（既定、毎日）、12h、30m など。off で実行しません",
                "How often the retention job (mamori retention run) runs: 1d (default, daily), 12h, 30m…; off never runs it"],
            HelpName = "INTERVAL",
        };
        retentionInterval.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && RetentionInterval.Parse(value) is null)
            {
                result.AddError(text[
                    $"--retention-interval を読めません: {value}（例 1d、12h、30m、off）",
                    $"--retention-interval is not an interval: {value} (e.g. 1d, 12h, 30m, off)"]);
            }
        });
        var command = new Command("serve", text[
            "プラットフォームの HTTP API（/api/v1、OpenAPI 付き）を起動します。Ctrl+C で停止（終了コード: 0 正常停止、2 起動できない）",
            "Run the platform's HTTP API (/api/v1, with OpenAPI) until Ctrl+C (exit codes: 0 stopped, 2 could not start)"])
        {
            urls, demo, retentionInterval,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => new ServeRun(
            text,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            connection.Resolve(parseResult),
            parseResult.GetValue(urls) ?? [],
            parseResult.GetValue(demo),
            parseResult.GetValue(retentionInterval) is { } interval ? RetentionInterval.Parse(interval) : null).RunAsync(cancellationToken));
        return command;
    }
}
