using System.CommandLine;
using Mamori.Cli.Localization;
using Mamori.Core.Features;

namespace Mamori.Cli.Commands.Shared;

/// <summary>
/// Runs a platform command (users, purposes, import, export, audit, keys rotate): opens the platform at
/// <c>--data</c>/<c>--postgres</c>/<c>--key-file</c>, runs the body as the local operator or a named user, and
/// turns what a user can act on into one line on stderr and an exit code: 0 done, 1 refused (access
/// control, a pending approval, a broken log), 2 bad input (unknown purpose, user or file, storage or key
/// file that cannot be used). Other exceptions are defects and surface.
/// </summary>
internal static class PlatformCommand
{
    /// <summary>Exit code of a request the platform refused (role, consent, approval) or a check that failed.</summary>
    public const int Refused = 1;

    /// <summary>Exit code of a run stopped by Ctrl+C (what shells report for SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>The filesystem is the trust boundary: said in the help of every platform command.</summary>
    public static string TrustNote(UiText text) => text[
        "コマンドラインはデータフォルダー（とマスター鍵ファイル）を読み書きできる操作者（ローカル操作者、アクセスログ上は cli・管理者）として実行します。ファイルシステムへのアクセス権が信頼の境界です。",
        "Runs as the local operator (user 'cli', an administrator, in the access log): whoever can read and write the data folder (and the master key file) controls the platform — the filesystem is the trust boundary."];

    public static async Task<int> RunAsync(
        ParseResult parseResult, PlatformConnection connection, UiText text, Func<Platform, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken, PlatformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(body);
        var stderr = parseResult.InvocationConfiguration.Error;
        Platform platform;
        try
        {
            platform = await connection.OpenAsync(parseResult, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            // Storage options that cannot be used; the message never echoes the connection string.
            await stderr.WriteLineAsync(text["エラー: ", "error: "] + ex.Message).ConfigureAwait(false);
            return MamoriCli.UsageError;
        }
        catch (Exception ex) when (PlatformConnection.Describe(ex, text) is { } message)
        {
            await stderr.WriteLineAsync(message).ConfigureAwait(false);
            return MamoriCli.UsageError;
        }

        await using (platform.ConfigureAwait(false))
        {
            try
            {
                return await body(platform, cancellationToken).ConfigureAwait(false);
            }
            catch (PlatformException ex)
            {
                await stderr.WriteLineAsync(PlatformConnection.Describe(ex, text)).ConfigureAwait(false);
                return ExitCode(ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && PlatformConnection.Describe(ex, text) is { } message)
            {
                await stderr.WriteLineAsync(message).ConfigureAwait(false);
                return Refused;
            }
        }
    }

    /// <summary>1 for refusals by access control or approval, 2 for requests that name something wrong.</summary>
    public static int ExitCode(PlatformException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Code is "forbidden" or "no_consent" or "suspended" or "entrustment" or "do_not_contact" or "approval_required" ? Refused : MamoriCli.UsageError;
    }

    /// <summary>The caller a command acts as: the local operator, or (with <c>--as NAME</c>) that user in their role and entrustment.</summary>
    public static async Task<Caller> CallerAsync(Platform platform, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (string.IsNullOrWhiteSpace(userName))
        {
            return Caller.LocalOperator;
        }

        var user = await platform.Store.GetUserByNameAsync(userName, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no user named '{userName}' (see mamori users list).");
        if (user.Disabled)
        {
            throw new PlatformException("forbidden", $"The user '{userName}' is disabled.");
        }

        var entrustment = user.EntrustmentId is null ? null : await platform.Store.GetEntrustmentAsync(user.EntrustmentId, cancellationToken).ConfigureAwait(false);
        return Caller.Of(user, entrustment);
    }

    /// <summary>A console over a command's output writer; when it is not a terminal, wide enough that tables do not wrap.</summary>
    public static Spectre.Console.IAnsiConsole Console(TextWriter output)
    {
        var console = Terminal.For(output);
        if (!ReferenceEquals(output, System.Console.Out) || System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>True when progress bars may be drawn on <paramref name="stderr"/> (a real terminal).</summary>
    public static bool Interactive(TextWriter stderr) => ReferenceEquals(stderr, System.Console.Error) && !System.Console.IsErrorRedirected;

    /// <summary>A time for people: local, to the second.</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
