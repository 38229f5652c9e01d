using System.Net;
using System.Net.Sockets;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Access;
using Mamori.Server;
using Mamori.Server.Demo;
using Mamori.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace Mamori.Cli.Commands.Serve;

/// <summary>One run of <c>mamori serve</c>: open, start, bootstrap, print where to go, wait for Ctrl+C, stop.</summary>
internal sealed class ServeRun(UiText text, TextWriter output, TextWriter error, PlatformLocation location, IReadOnlyList<string> urlArguments, bool demo, TimeSpan? retentionInterval = null)
{
    private const int CannotStart = 2;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!TryParseUrls(out var urls))
        {
            return CannotStart;
        }

        WebApplication? app = null;
        try
        {
            try
            {
                app = await MamoriServer.BuildAsync(location, urls, retentionInterval is null ? null : new MamoriServerOptions { RetentionInterval = retentionInterval }, cancellationToken).ConfigureAwait(false);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (Explain(exception) is { } line)
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
                return CannotStart;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return 0;
            }

            await AnnounceAsync(app, cancellationToken).ConfigureAwait(false);
            await WaitForStopAsync(app, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(text["停止しています…", "Stopping…"]).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync(text["停止しました。", "Stopped."]).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task AnnounceAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var platform = app.Services.GetRequiredService<Core.Features.Platform>();
        var addresses = MamoriServer.ListeningAddresses(app);
        var first = addresses.FirstOrDefault() ?? MamoriServer.DefaultUrl;
        var where = location.Postgres is null ? text[$"SQLite（{location.DataDirectory}）", $"SQLite ({location.DataDirectory})"] : "PostgreSQL";
        await output.WriteLineAsync(text[$"Mamori を起動しました。データ: {where}", $"Mamori is running. Data: {where}"]).ConfigureAwait(false);
        foreach (var address in addresses)
        {
            await output.WriteLineAsync($"  API:     {address}{MamoriApi.BasePath}").ConfigureAwait(false);
            await output.WriteLineAsync($"  OpenAPI: {address}{MamoriServer.OpenApiPath}").ConfigureAwait(false);
        }

        if (addresses.Any(a => !IsLoopback(a)))
        {
            await error.WriteLineAsync(text[
                "警告: このマシンの外から接続できるアドレスで待ち受けています。TLS は提供しないため、HTTPS のリバースプロキシを前段に置いてください。",
                "warning: listening on an address reachable from other machines. Mamori serves no TLS: put an HTTPS reverse proxy in front."]).ConfigureAwait(false);
        }

        var admin = await ServerBootstrap.EnsureAdministratorAsync(platform, cancellationToken).ConfigureAwait(false);
        if (admin is { } created)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(text[
                $"管理者ユーザー「{created.User.Name}」を作成しました。トークンはこの一度だけ表示します（安全な場所に保管してください）:",
                $"Created the administrator '{created.User.Name}'. Its token is shown this once (keep it somewhere safe):"]).ConfigureAwait(false);
            await output.WriteLineAsync($"  {created.Token}").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync(text[
                "ユーザーは登録済みです。トークンは発行時に一度だけ表示しました（管理者は POST /api/v1/users/{name}/tokens で再発行できます）。",
                "Users exist already. Tokens were shown once when issued (an administrator issues new ones with POST /api/v1/users/{name}/tokens)."]).ConfigureAwait(false);
        }

        DemoSeedResult? seeded = null;
        if (demo)
        {
            await output.WriteLineAsync(text["デモデータを作成しています…", "Seeding the demo data…"]).ConfigureAwait(false);
            seeded = await DemoDataset.SeedAsync(platform, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (seeded is null)
            {
                await output.WriteLineAsync(text[
                    "データが既にあるため、デモデータは作成しませんでした（トークンは最初の起動時に表示済みです）。",
                    "The platform holds data already: no demo data was added (the tokens were shown at its first start)."]).ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync(text[
                    $"架空の会員 {seeded.Subjects} 人（購入 {seeded.Events} 件）、利用目的、同意、委託先を作成しました。デモユーザーのトークン（一度だけ表示）:",
                    $"Created {seeded.Subjects} fictitious members ({seeded.Events} purchases), purposes, consents and an entrustment. Demo users' tokens (shown once):"]).ConfigureAwait(false);
                foreach (var user in seeded.Users)
                {
                    await output.WriteLineAsync($"  {user.Name,-22} {Roles.Name(user.Role),-16} {user.Token}").ConfigureAwait(false);
                    await output.WriteLineAsync($"  {string.Empty,-22} {text[user.Note.Japanese, user.Note.English]}").ConfigureAwait(false);
                }
            }
        }

        if (admin is { } example)
        {
            var subject = seeded?.SampleSubjectId ?? "SUBJECT_ID";
            var purpose = seeded is null ? "PURPOSE" : DemoDataset.MembershipPurpose;
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(text["試すには:", "Try:"]).ConfigureAwait(false);
            await output.WriteLineAsync(
                $"  curl -H 'Authorization: Bearer {example.Token}' -H '{MamoriApi.PurposeHeader}: {purpose}' {first}{MamoriApi.BasePath}/subjects/{subject}").ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(text["Ctrl+C で停止します。", "Press Ctrl+C to stop."]).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Until Ctrl+C (the command line's cancellation) or the host stopping by itself.</summary>
    private static async Task WaitForStopAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onCancel = cancellationToken.Register(() => stopped.TrySetResult());
        using var onStopping = app.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
        await stopped.Task.ConfigureAwait(false);
    }

    private bool TryParseUrls(out List<string> urls)
    {
        urls = [.. urlArguments.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        if (urls.Count == 0)
        {
            urls.Add(MamoriServer.DefaultUrl);
        }

        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/" || uri.Port < 0)
            {
                error.WriteLine(text[
                    $"エラー: --urls の「{url}」は http://ホスト:ポート の形で指定してください（例 {MamoriServer.DefaultUrl}。TLS は前段のリバースプロキシで）",
                    $"error: --urls '{url}' must be http://HOST:PORT (e.g. {MamoriServer.DefaultUrl}; terminate TLS in a reverse proxy)"]);
                return false;
            }
        }

        return true;
    }

    private string? Explain(Exception exception)
    {
        if (exception is IOException { InnerException: AddressInUseException } || exception.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            return text[
                $"エラー: アドレス {string.Join(", ", urlArguments.DefaultIfEmpty(MamoriServer.DefaultUrl))} は使用中です。別の mamori serve が動いていないか確認するか、--urls で別のポートを指定してください。",
                $"error: the address {string.Join(", ", urlArguments.DefaultIfEmpty(MamoriServer.DefaultUrl))} is in use. Check for another mamori serve, or choose another port with --urls."];
        }

        if (exception is SocketException { SocketErrorCode: SocketError.AddressNotAvailable } or IOException { InnerException: SocketException })
        {
            return text[
                "エラー: --urls のアドレスで待ち受けできません（このマシンのアドレスか確認してください）。",
                "error: cannot listen on the --urls address (check that it belongs to this machine)."];
        }

        if (exception is ArgumentException argument and not ArgumentNullException)
        {
            return text["エラー: ", "error: "] + argument.Message;
        }

        return PlatformConnection.Describe(exception, text);
    }

    private static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
