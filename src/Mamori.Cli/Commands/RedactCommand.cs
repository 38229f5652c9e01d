using System.CommandLine;
using System.Globalization;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Files;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Operators;
using Mamori.Deidentification.Redaction;
using Mamori.Detection;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori redact PATH... --out DIR</c>: copies of the files with personal information transformed
/// per entity type (replace, redact, mask, hash, encrypt, fpe, surrogate, dates), the same shape as the
/// input, and a manifest. Exit codes: 0 every file written or skipped as not rewritable; 1 a file
/// failed (it is not written, the others are); 2 the command line, a path, the profile or the key is
/// wrong (nothing is written).
/// </summary>
internal static class RedactCommand
{
    public static Command Create(UiText text)
    {
        var paths = new Argument<string[]>("paths") { Description = text["処理するファイルまたはフォルダー", "Files or folders to redact"], Arity = ArgumentArity.OneOrMore, HelpName = "PATH" };
        var output = new Option<string>("--out") { Description = text["出力先フォルダー（空または新規）", "Output folder (empty or new)"], Required = true, HelpName = "DIR" };
        var operators = new Option<string[]>("--operator")
        {
            Description = text[
                "種類ごとの処理 TYPE=OP（例: PHONE_NUMBER=mask:4）。OP: " + string.Join(", ", OperatorFactory.Names),
                "Operator per entity id TYPE=OP (e.g. PHONE_NUMBER=mask:4). OP: " + string.Join(", ", OperatorFactory.Names)],
            HelpName = "TYPE=OP",
        };
        var defaultOperator = new Option<string?>("--default-operator") { Description = text["指定のない種類の処理（既定 replace: <氏名> のような種類タグ）", "Operator for other types (default replace: a typed tag such as <氏名>)"], HelpName = "OP" };
        var profile = new Option<string?>("--profile") { Description = text["処理の設定ファイル（YAML/JSON: default と operators）", "Operator profile (YAML/JSON with default and operators)"], HelpName = "FILE" };
        var keyFile = new Option<string?>("--key-file") { Description = text[$"鍵ファイル（hash, encrypt, fpe, surrogate, date-shift に必要。省略時は {KeyRing.FileVariable}）", $"Key file (needed by hash, encrypt, fpe, surrogate, date-shift; default {KeyRing.FileVariable})"], HelpName = "FILE" };
        var config = new Option<string?>("--config") { Description = text["検出の設定ファイル（scan と同じ形式）", "Detection settings file (as for scan)"], HelpName = "FILE" };
        var entities = new Option<string[]>("--entities") { Description = text["処理する種類だけに絞る（カンマ区切り）", "Only transform these entity ids (comma-separated)"], HelpName = "A,B" };
        var exclude = new Option<string[]>("--exclude-entities") { Description = text["処理しない種類（カンマ区切り）", "Entity ids left as they are (comma-separated)"], HelpName = "A,B" };
        var minConfidence = new Option<double?>("--min-confidence") { Description = text["この確度未満の検出は処理しない（既定 0.5）", "Leave findings below this confidence (default 0.5)"], HelpName = "X" };

        var command = new Command("redact", text[
            "個人情報を種類ごとに置換・マスク・仮名化・暗号化したコピーを作ります（テキスト、CSV/TSV、JSON/JSONL、XLSX、DOCX。終了コード: 0 正常、1 一部のファイルが失敗、2 引数・鍵・設定の誤り）",
            "Write copies with personal information replaced, masked, hashed or encrypted per type (text, CSV/TSV, JSON/JSONL, XLSX, DOCX; exit codes: 0 done, 1 a file failed, 2 bad arguments, key or settings)"])
        {
            paths, output, operators, defaultOperator, profile, keyFile, config, entities, exclude, minConfidence,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var inputs = parseResult.GetValue(paths) ?? [];
            var outDir = parseResult.GetValue(output)!;
            int Usage(string message)
            {
                stderr.WriteLine(text["エラー: ", "error: "] + message);
                return 2;
            }

            var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                return Task.FromResult(Usage(string.Join('\n', missing.Select(p => text[$"パスが見つかりません: {p}", $"No such file or folder: {p}"]))));
            }

            if (OutputFolder.Problem(outDir, inputs, text) is { } outProblem)
            {
                return Task.FromResult(Usage(outProblem));
            }

            var setup = DetectorSetup.Build(parseResult.GetValue(config), DetectorSetup.SplitList(parseResult.GetValue(entities)),
                DetectorSetup.SplitList(parseResult.GetValue(exclude)), parseResult.GetValue(minConfidence), text, out var problem);
            if (setup is null)
            {
                return Task.FromResult(Usage(problem!));
            }

            var factory = new OperatorFactory(() => KeySource.Load(parseResult.GetValue(keyFile)));
            RedactionProfile redactionProfile;
            try
            {
                redactionProfile = RedactionProfileLoader.Load(factory, parseResult.GetValue(profile), parseResult.GetValue(defaultOperator),
                    parseResult.GetValue(operators) ?? [], setup.Catalog.Types);
            }
            catch (FormatException ex)
            {
                return Task.FromResult(Usage(ex.Message));
            }
            catch (KeyRingException ex)
            {
                return Task.FromResult(Usage(ex.Message));
            }

            using var detector = new PiiDetector(setup.Options, setup.Recognizers);
            var redactor = new FileRedactor(new TextRedactor(detector, redactionProfile));
            var files = InputFiles.Enumerate(inputs);
            var results = new FileRedaction[files.Count];
            Run(files, (i, file) => results[i] = redactor.Redact(file.FullPath, Path.Combine(outDir, file.RelativePath), cancellationToken), stderr, text);

            var manifest = new RedactionManifest
            {
                Created = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                KeyId = factory.KeyId,
                DefaultOperator = redactionProfile.Default.Name,
                Operators = redactionProfile.ByType.ToDictionary(p => p.Key, p => p.Value.Name),
                Files = [.. results.Select((r, i) => new ManifestFile
                {
                    Input = files[i].RelativePath,
                    Output = r.Output is null ? null : files[i].RelativePath,
                    Format = r.Format,
                    Status = r.Output is not null ? "written" : r.Problem?.StartsWith("format not rewritable", StringComparison.Ordinal) == true ? "skipped" : "failed",
                    Problem = r.Problem,
                    Counts = [.. r.Summary.Counts.OrderBy(c => c.Key.Type, StringComparer.Ordinal).Select(c => new ManifestCount(c.Key.Type, c.Key.Operator, c.Value))],
                    Fpe = r.Fpe,
                })],
            };
            Directory.CreateDirectory(outDir);
            manifest.Save(outDir);
            Report(manifest, outDir, stdout, text);
            return Task.FromResult(manifest.Files.Any(f => f.Status == "failed") ? 1 : 0);
        });
        return command;
    }

    /// <summary>Runs the files in parallel, with a progress bar on stderr when it is a terminal.</summary>
    internal static void Run(List<(string FullPath, string RelativePath)> files, Action<int, (string FullPath, string RelativePath)> work, TextWriter stderr, UiText text)
    {
        var interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (!interactive)
        {
            Parallel.For(0, files.Count, i => work(i, files[i]));
            return;
        }

        Terminal.For(stderr).Progress().Start(context =>
        {
            var task = context.AddTask(text["処理中", "Processing"], maxValue: Math.Max(1, files.Count));
            Parallel.For(0, files.Count, i =>
            {
                work(i, files[i]);
                task.Increment(1);
            });
        });
    }

    private static void Report(RedactionManifest manifest, string outDir, TextWriter stdout, UiText text)
    {
        var console = Terminal.For(stdout);
        var table = new Table().AddColumns(text["ファイル", "File"], text["結果", "Result"], text["処理した値", "Values transformed"], text["備考", "Note"]);
        foreach (var file in manifest.Files)
        {
            var status = file.Status switch
            {
                "written" => text["書き出し", "written"],
                "skipped" => text["対象外", "skipped"],
                _ => text["失敗", "failed"],
            };
            table.AddRow(Markup.Escape(file.Input), status, file.Counts.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture), Markup.Escape(file.Problem ?? string.Empty));
        }

        console.Write(table);
        var byType = manifest.Files.SelectMany(f => f.Counts).GroupBy(c => (c.Type, c.Operator)).OrderBy(g => g.Key.Type, StringComparer.Ordinal);
        foreach (var group in byType)
        {
            console.WriteLine($"  {group.Key.Type} → {group.Key.Operator}: {group.Sum(c => c.Count)}");
        }

        console.WriteLine(text[
            $"出力: {outDir}（記録: {RedactionManifest.FileName}）。書き出し {manifest.Files.Count(f => f.Status == "written")}、対象外 {manifest.Files.Count(f => f.Status == "skipped")}、失敗 {manifest.Files.Count(f => f.Status == "failed")}。",
            $"Output: {outDir} (manifest: {RedactionManifest.FileName}). Written {manifest.Files.Count(f => f.Status == "written")}, skipped {manifest.Files.Count(f => f.Status == "skipped")}, failed {manifest.Files.Count(f => f.Status == "failed")}."]);
        if (manifest.KeyId is not null)
        {
            console.WriteLine(text[$"鍵 ID: {manifest.KeyId}（復元には同じ鍵が必要です）", $"Key id: {manifest.KeyId} (restoring needs the same key)"]);
        }
    }
}
