using System.CommandLine;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Keys;

namespace Mamori.Cli.Commands;

/// <summary><c>mamori keys create FILE</c>: a new key file (permissions 600) for keyed and reversible operators.</summary>
internal static class KeysCommand
{
    public static Command Create(UiText text)
    {
        var file = new Argument<string>("file") { Description = text["作成する鍵ファイル（既存のファイルは上書きしません）", "The key file to create (an existing file is never overwritten)"], HelpName = "FILE" };
        var create = new Command("create", text["新しい鍵ファイルを作成します（権限 600）", "Create a new key file (permissions 600)"]) { file };
        create.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var ring = KeyRing.Generate();
                ring.Save(path);
                output.WriteLine(text[
                    $"鍵ファイルを作成しました: {path}（鍵 ID {ring.ActiveKeyId}）。バックアップを取り、アクセスを限定してください。失うと暗号化した値を復元できません。",
                    $"Created the key file {path} (key id {ring.ActiveKeyId}). Back it up and restrict access: without it, encrypted values cannot be restored."]);
                output.WriteLine(text[$"使い方: --key-file {path} または環境変数 {KeyRing.FileVariable}={path}", $"Use it with --key-file {path} or {KeyRing.FileVariable}={path}"]);
                return 0;
            }
            catch (KeyRingException ex)
            {
                error.WriteLine(text["エラー: ", "error: "] + ex.Message);
                return 2;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(text[$"エラー: 鍵ファイルを書き込めません: {path}", $"error: cannot write the key file {path}"]);
                return 2;
            }
        });

        return new Command("keys", text["仮名化・暗号化に使う鍵の管理", "Manage the keys used for pseudonyms and encryption"]) { create };
    }
}
