using System.CommandLine;
using System.Security.Cryptography;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Files;
using Mamori.Deidentification.Keys;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori restore DIR --out DIR2</c>: undoes the reversible operators of a redaction (<c>encrypt</c>
/// tokens anywhere, <c>fpe</c> where the manifest recorded it) with the key. Exit codes: 0 restored;
/// 1 a file could not be restored (wrong key or altered data: it is not written); 2 bad arguments or key.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(UiText text)
    {
        var source = new Argument<string>("folder") { Description = text["mamori redact の出力フォルダー（またはファイル）", "A folder (or file) written by mamori redact"], HelpName = "PATH" };
        var output = new Option<string>("--out") { Description = text["復元したファイルの出力先（空または新規）", "Where the restored files go (empty or new)"], Required = true, HelpName = "DIR" };
        var keyFile = new Option<string?>("--key-file") { Description = text[$"鍵ファイル（省略時は {KeyRing.FileVariable}）", $"Key file (default {KeyRing.FileVariable})"], HelpName = "FILE" };
        var command = new Command("restore", text[
            "暗号化（encrypt）と形式保持暗号化（fpe）で処理した値を鍵で元に戻します（終了コード: 0 正常、1 復元できないファイルあり、2 引数・鍵の誤り）",
            "Restore values transformed by encrypt and fpe, with the key (exit codes: 0 done, 1 a file could not be restored, 2 bad arguments or key)"])
        {
            source, output, keyFile,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(source)!;
            var outDir = parseResult.GetValue(output)!;
            int Usage(string message)
            {
                stderr.WriteLine(text["エラー: ", "error: "] + message);
                return 2;
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return Usage(text[$"パスが見つかりません: {path}", $"No such file or folder: {path}"]);
            }

            if (OutputFolder.Problem(outDir, [path], text) is { } outProblem)
            {
                return Usage(outProblem);
            }

            RedactionManifest? manifest;
            KeyRing keys;
            try
            {
                manifest = Directory.Exists(path) ? RedactionManifest.Load(path) : null;
                keys = KeySource.Load(parseResult.GetValue(keyFile));
            }
            catch (Exception ex) when (ex is FormatException or KeyRingException)
            {
                return Usage(ex.Message);
            }

            var fpeByFile = manifest?.Files.Where(f => f.Output is not null).ToDictionary(f => f.Output!, f => f.Fpe, StringComparer.Ordinal)
                ?? new Dictionary<string, IReadOnlyList<FpeLocation>>(StringComparer.Ordinal);
            using var restorer = new FileRestorer(keys, fpeByFile.Values.Any(l => l.Count > 0) ? manifest!.KeyId : null);
            var files = InputFiles.Enumerate([path]).Where(f => f.RelativePath != RedactionManifest.FileName).ToList();
            var table = new Table().AddColumns(text["ファイル", "File"], text["復元した値", "Values restored"], text["備考", "Note"]);
            var failed = 0;
            foreach (var (full, relative) in files)
            {
                try
                {
                    var count = restorer.Restore(full, Path.Combine(outDir, relative), fpeByFile.GetValueOrDefault(relative) ?? []);
                    table.AddRow(Markup.Escape(relative), count.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
                }
                catch (Exception ex) when (ex is CryptographicException or KeyRingException or FormatException or TableFileException or IOException or InvalidDataException)
                {
                    failed++;
                    var reason = ex is CryptographicException
                        ? text["鍵が違うか、値が改変されています。書き出していません。", "wrong key, or the value was altered; nothing written"]
                        : ex.Message;
                    table.AddRow(Markup.Escape(relative), "-", Markup.Escape(reason));
                }
            }

            Terminal.For(stdout).Write(table);
            stdout.WriteLine(text[$"出力: {outDir}。失敗 {failed} 件。", $"Output: {outDir}. {failed} file(s) failed."]);
            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
