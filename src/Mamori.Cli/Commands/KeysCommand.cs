using System.CommandLine;
using Mamori.Cli.Commands.Import;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Deidentification.Keys;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori keys create FILE</c>: a new key file (permissions 600) for keyed and reversible operators.
/// <c>mamori keys rotate</c>: a new active master key for the platform, every subject's data key re-wrapped under it.
/// </summary>
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

        return new Command("keys", text["仮名化・暗号化に使う鍵と、プラットフォームのマスター鍵の管理", "Manage the keys used for pseudonyms and encryption, and the platform's master key"]) { create, Rotate(text) };
    }

    private static Command Rotate(UiText text)
    {
        var retire = new Option<bool>("--retire-old")
        {
            Description = text[
                "終わったら古いマスター鍵を鍵ファイルから消します（ブラインドインデックスとアクセスログの連鎖を導く最初の鍵は残ります）",
                "Remove the old master keys from the key file afterwards (the first key, from which blind indexes and the access-log chain derive, stays)"],
        };
        var command = new Command("rotate", text[
            """
            停止せずにマスター鍵をローテーションします: 新しい鍵を鍵ファイルに加えて有効にし、本人ごとのデータ鍵をすべて包み直します（値は再暗号化しません）。
            実行中の mamori serve は、新しい鍵で包まれた鍵に出会うと鍵ファイルを読み直すので、止める必要はありません。中断したら、もう一度実行すると続きから包み直します。
            先に鍵ファイルのバックアップを取ってください。
            """ + PlatformCommand.TrustNote(text),
            """
            Rotate the master key without downtime: a new key is added to the key file and made active, then every subject's data key is re-wrapped
            under it (values are not re-encrypted). A running mamori serve reloads the key file when it meets a key wrapped with the new key, so it
            keeps serving. If the rotation is interrupted, run it again: it finishes the re-wrapping. Back up the key file first.
            """ + PlatformCommand.TrustNote(text)]) { retire };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) => PlatformCommand.RunAsync(parseResult, connection, text, async (platform, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var before = platform.MasterKeys.Ring.KeyIds.ToHashSet(StringComparer.Ordinal);
            var counts = await platform.KeyStore.CountByMasterKeyAsync(ct).ConfigureAwait(false);
            var active = platform.MasterKeys.Current.ActiveMasterKeyId;
            var total = counts.Values.Sum();
            var view = new ImportProgressView(stderr, text, PlatformCommand.Interactive(stderr));
            string keyId;
            long rewrapped;
            if (counts.Any(c => c.Key != active && c.Value > 0))
            {
                // Data keys not under the active key: an earlier rotation stopped half-way. Finish it rather than add another key.
                await stdout.WriteLineAsync(text[
                    $"前回のローテーションが途中で止まっています。有効な鍵 {active} で包み直しを続けます。",
                    $"An earlier rotation stopped half-way: continuing to re-wrap under the active key {active}."]).ConfigureAwait(false);
                var pending = total - counts.GetValueOrDefault(active);
                rewrapped = await view.RunAsync(text["包み直し中", "Re-wrapping"], pending, report => platform.KeyRotation.ContinueAsync(new Reporter(report), ct)).ConfigureAwait(false);
                await platform.AccessLog.AppendAsync(Caller.LocalOperator, AccessAction.Admin, null, [], null, true, $"{rewrapped} data key(s) re-wrapped under {active} (rotation finished)", ct).ConfigureAwait(false);
                keyId = active;
                if (parseResult.GetValue(retire))
                {
                    var ring = platform.MasterKeys.Ring;
                    foreach (var old in ring.KeyIds.Where(id => id != ring.ActiveKeyId && id != platform.MasterKeys.Current.BlindIndexKeyId).ToList())
                    {
                        ring = ring.Without(old);
                    }

                    ring.Replace(platform.MasterKeys.Path!);
                    platform.MasterKeys.Use(ring);
                }
            }
            else
            {
                (keyId, rewrapped) = await view.RunAsync(text["包み直し中", "Re-wrapping"], total, report =>
                    platform.KeyRotation.RotateAsync(Caller.LocalOperator, parseResult.GetValue(retire), new Reporter(report), ct)).ConfigureAwait(false);
            }

            var after = platform.MasterKeys.Ring.KeyIds.ToHashSet(StringComparer.Ordinal);
            var retired = before.Where(id => !after.Contains(id)).Order(StringComparer.Ordinal).ToList();
            await stdout.WriteLineAsync(text[
                $"マスター鍵 {keyId} が有効になりました。データ鍵 {rewrapped:N0} 件を包み直しました。鍵ファイル: {platform.MasterKeys.Path}",
                $"The master key {keyId} is active; {rewrapped:N0} data keys were re-wrapped under it. Key file: {platform.MasterKeys.Path}"]).ConfigureAwait(false);
            if (retired.Count > 0)
            {
                await stdout.WriteLineAsync(text[$"古い鍵を鍵ファイルから消しました: {string.Join(", ", retired)}", $"Retired from the key file: {string.Join(", ", retired)}"]).ConfigureAwait(false);
            }

            var kept = after.Where(id => id != keyId).Order(StringComparer.Ordinal).ToList();
            if (kept.Count > 0)
            {
                await stdout.WriteLineAsync(text[
                    $"鍵ファイルに残っている古い鍵: {string.Join(", ", kept)}（{platform.MasterKeys.Current.BlindIndexKeyId} はブラインドインデックスとアクセスログの連鎖に使うため常に残ります。データ鍵は包んでいません）。",
                    $"Older keys still in the key file: {string.Join(", ", kept)} ({platform.MasterKeys.Current.BlindIndexKeyId} always stays: blind indexes and the access-log chain derive from it; it wraps no data key)."]).ConfigureAwait(false);
            }

            await stdout.WriteLineAsync(text["鍵ファイルのバックアップを新しくしてください。", "Back up the key file again now."]).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Reports at once, in the working thread.</summary>
    private sealed class Reporter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
