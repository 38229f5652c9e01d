using System.CommandLine;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Deidentification.Keys;
using Mamori.Storage;

namespace Mamori.Cli.Commands.Shared;

/// <summary>
/// The options every platform command shares (<c>--data</c>, <c>--postgres</c>, <c>--key-file</c>) and how the
/// platform is opened from them. Connection strings and key material are never echoed.
/// </summary>
internal sealed class PlatformConnection
{
    private PlatformConnection(Option<string> data, Option<string> postgres, Option<string> keyFile)
    {
        Data = data;
        Postgres = postgres;
        KeyFile = keyFile;
    }

    public Option<string> Data { get; }

    public Option<string> Postgres { get; }

    public Option<string> KeyFile { get; }

    /// <summary>Adds the three options to a command.</summary>
    public static PlatformConnection AddTo(Command command, UiText text)
    {
        var data = new Option<string>("--data")
        {
            Description = text[
                $"データフォルダ（SQLite・鍵ストア・マスター鍵）。既定は環境変数 {PlatformLocation.DataDirectoryVariable}、なければ ~/.local/share/mamori",
                $"The data folder (SQLite, key store, master key); defaults to {PlatformLocation.DataDirectoryVariable}, else ~/.local/share/mamori"],
            HelpName = "DIR",
        };
        var postgres = new Option<string>("--postgres")
        {
            Description = text["PostgreSQL の接続文字列（指定すると SQLite の代わりに使います）", "A PostgreSQL connection string (used instead of SQLite)"],
            HelpName = "CONN",
        };
        var keyFile = new Option<string>("--key-file")
        {
            Description = text[
                $"マスター鍵ファイル。既定は環境変数 {PlatformLocation.KeyFileVariable}、なければデータフォルダの {PlatformLocation.DefaultKeyFileName}",
                $"The master key file; defaults to {PlatformLocation.KeyFileVariable}, else {PlatformLocation.DefaultKeyFileName} in the data folder"],
            HelpName = "FILE",
        };
        command.Options.Add(data);
        command.Options.Add(postgres);
        command.Options.Add(keyFile);
        return new PlatformConnection(data, postgres, keyFile);
    }

    public PlatformLocation Resolve(ParseResult parseResult) =>
        PlatformLocation.Resolve(parseResult.GetValue(Data), parseResult.GetValue(Postgres), parseResult.GetValue(KeyFile));

    /// <summary>Opens the platform at the location the options name.</summary>
    public Task<Platform> OpenAsync(ParseResult parseResult, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        PlatformHost.OpenAsync(Resolve(parseResult), time, cancellationToken: cancellationToken);

    /// <summary>Opens the platform at the location the options name, with settings (e.g. an import's batch size).</summary>
    public Task<Platform> OpenAsync(ParseResult parseResult, PlatformOptions? options, CancellationToken cancellationToken = default) =>
        PlatformHost.OpenAsync(Resolve(parseResult), null, options, cancellationToken);

    /// <summary>
    /// A one-line message for an error a user can act on (storage unreachable or refusing, key file missing or wrong, a
    /// refused request), or null for anything else, which is a defect and should surface.
    /// </summary>
    public static string? Describe(Exception exception, UiText text) => exception switch
    {
        StorageException storage => text["エラー（データベース）: ", "error (database): "] + storage.Message,
        KeyRingException keys => text["エラー（鍵）: ", "error (keys): "] + keys.Message,
        PlatformException refused => text["エラー: ", "error: "] + refused.Message,
        UnauthorizedAccessException => text["エラー: データフォルダまたは鍵ファイルにアクセスできません（権限を確認してください）", "error: the data folder or key file cannot be accessed (check permissions)"],
        IOException io => text["エラー（ファイル）: ", "error (file): "] + io.Message,
        _ => null,
    };
}
