using System.CommandLine;
using System.Text;
using Mamori.Cli.Commands.Scan;
using Mamori.Cli.Localization;
using Mamori.Detection;
using Mamori.Detection.Recognizers;
using Mamori.Scanning;
using Mamori.Scanning.Configuration;
using Mamori.Scanning.Reporting;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori scan PATH...</c>: finds personal information in files, folders, archives and databases.
/// Exit codes: 0 the scan ran (findings or not); 1 <c>--fail-on</c> matched; 2 the command line, a
/// path or the <c>--config</c> file is wrong (nothing is scanned).
/// </summary>
internal static class ScanCommand
{
    public const int FailOnMatched = 1;

    private static readonly string[] s_formats = ["table", "jsonl", "json", "sarif", "html"];

    public static Command Create(UiText text)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = text["スキャンするファイルまたはフォルダー（フォルダーは再帰的に）", "Files or folders to scan (folders recursively)"],
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "PATH",
        };
        var format = new Option<string>("--format")
        {
            Description = text["出力形式: table（既定、人が読む要約）、jsonl、json、sarif、html", "Output format: table (default, a readable summary), jsonl, json, sarif, html"],
            DefaultValueFactory = _ => "table",
            HelpName = string.Join('|', s_formats),
        };
        format.AcceptOnlyFromAmong(s_formats);
        var output = new Option<string?>("--out")
        {
            Description = text["レポートを標準出力ではなくこのファイルに書き出す", "Write the report to this file instead of standard output"],
            HelpName = "FILE",
        };
        var entities = new Option<string[]>("--entities")
        {
            Description = text["検出する種類だけに絞る（カンマ区切り、例: EMAIL_ADDRESS,PHONE_NUMBER）", "Only report these entity ids (comma-separated, e.g. EMAIL_ADDRESS,PHONE_NUMBER)"],
            HelpName = "A,B",
        };
        var exclude = new Option<string[]>("--exclude-entities")
        {
            Description = text["報告しない種類（カンマ区切り）", "Entity ids never reported (comma-separated)"],
            HelpName = "A,B",
        };
        var minConfidence = new Option<double?>("--min-confidence")
        {
            Description = text["この確度（0〜1）未満の検出を捨てる（既定 0.5）", "Drop findings below this confidence, 0 to 1 (default 0.5)"],
            HelpName = "X",
        };
        minConfidence.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && (value is < 0 or > 1 || double.IsNaN(value)))
            {
                result.AddError(text["--min-confidence は 0 以上 1 以下で指定してください。", "--min-confidence must lie between 0 and 1."]);
            }
        });
        var config = new Option<string?>("--config")
        {
            Description = text["設定ファイル（YAML または JSON）: 許可リスト、拒否リスト、文脈語、独自の認識器など", "Settings file (YAML or JSON): allow-list, deny-list, context words, custom recognizers…"],
            HelpName = "FILE",
        };
        var showValues = new Option<bool>("--show-values")
        {
            Description = text["検出した値そのものを出力に含める（既定ではマスクした値のみ）。出力の取り扱いに注意", "Include the matched values in the output (default: masked previews only). Handle the output with care"],
        };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = text[
                "該当する検出があれば終了コード 1（区分: special_care, identification_code, personal, personal_related／種類 ID／any／error）",
                "Exit with code 1 when matched (categories special_care, identification_code, personal, personal_related; entity ids; any; error)"],
            HelpName = "CATEGORY|TYPE",
        };
        var postgres = new Option<string[]>("--postgres")
        {
            Description = text["PostgreSQL の接続文字列（全スキーマの表を抽出してスキャン）", "PostgreSQL connection string (samples the tables of every schema)"],
            HelpName = "CONN",
        };
        var sampleRows = new Option<int?>("--sample-rows")
        {
            Description = text[$"データベースの表ごとに読む行数（既定 {ScanOptions.DefaultSampleRows}）", $"Rows sampled per database table (default {ScanOptions.DefaultSampleRows})"],
            HelpName = "N",
        };
        var parallel = new Option<int?>("--parallel")
        {
            Description = text["同時に処理するファイル数（既定は CPU 数）", "Files scanned at once (default: the number of CPUs)"],
            HelpName = "N",
        };
        foreach (var positive in new[] { sampleRows, parallel })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is < 1)
                {
                    result.AddError(text[$"{result.Option.Name} は 1 以上で指定してください。", $"{result.Option.Name} must be at least 1."]);
                }
            });
        }

        var command = new Command("scan", text[
            "ファイル・フォルダー・アーカイブ・データベースから個人情報を検出します（終了コード: 0 正常、1 --fail-on に該当、2 引数・パス・設定の誤り）",
            "Find personal information in files, folders, archives and databases (exit codes: 0 done, 1 --fail-on matched, 2 bad arguments, path or settings)"])
        {
            paths, format, output, entities, exclude, minConfidence, config, showValues, failOn, postgres, sampleRows, parallel,
        };

        command.SetAction((parseResult, cancellationToken) => new ScanRun(text, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error)
        {
            Paths = parseResult.GetValue(paths) ?? [],
            Format = parseResult.GetValue(format) ?? "table",
            OutputFile = parseResult.GetValue(output),
            Entities = SplitList(parseResult.GetValue(entities)),
            ExcludeEntities = SplitList(parseResult.GetValue(exclude)),
            MinConfidence = parseResult.GetValue(minConfidence),
            ConfigFile = parseResult.GetValue(config),
            ShowValues = parseResult.GetValue(showValues),
            FailOn = SplitList(parseResult.GetValue(failOn)),
            Postgres = parseResult.GetValue(postgres) ?? [],
            SampleRows = parseResult.GetValue(sampleRows),
            Parallelism = parseResult.GetValue(parallel),
        }.RunAsync(cancellationToken));
        return command;
    }

    private static List<string> SplitList(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>One invocation: checks everything that can be checked before scanning, then scans.</summary>
    private sealed class ScanRun(UiText text, TextWriter stdout, TextWriter stderr)
    {
        public required string[] Paths { get; init; }

        public required string Format { get; init; }

        public string? OutputFile { get; init; }

        public required List<string> Entities { get; init; }

        public required List<string> ExcludeEntities { get; init; }

        public double? MinConfidence { get; init; }

        public string? ConfigFile { get; init; }

        public bool ShowValues { get; init; }

        public required List<string> FailOn { get; init; }

        public required string[] Postgres { get; init; }

        public int? SampleRows { get; init; }

        public int? Parallelism { get; init; }

        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            if (Paths.Length == 0 && Postgres.Length == 0)
            {
                return await UsageAsync(text["スキャンするパスか --postgres を指定してください。", "Give a path to scan, or --postgres."]).ConfigureAwait(false);
            }

            var missing = Paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                return await UsageAsync(string.Join('\n', missing.Select(p => text[$"パスが見つかりません: {p}", $"No such file or folder: {p}"]))).ConfigureAwait(false);
            }

            var configuration = new ScanConfiguration();
            if (ConfigFile is not null)
            {
                try
                {
                    configuration = ScanConfigLoader.Load(ConfigFile);
                }
                catch (ScanConfigException ex)
                {
                    return await UsageAsync(text[$"設定ファイル {ConfigFile} を使えません: {ex.Message}", $"Cannot use the settings file {ConfigFile}: {ex.Message}"]).ConfigureAwait(false);
                }
            }

            var options = configuration.ApplyTo(new DetectorOptions());
            options = options with
            {
                MinConfidence = MinConfidence ?? options.MinConfidence,
                Entities = Entities.Count > 0 ? new HashSet<string>(Entities.Select(e => e.ToUpperInvariant()), StringComparer.Ordinal) : options.Entities,
                ExcludeEntities = new HashSet<string>(options.ExcludeEntities.Concat(ExcludeEntities.Select(e => e.ToUpperInvariant())), StringComparer.Ordinal),
            };

            List<IRecognizer> recognizers = [.. BuiltInRecognizers.Create(options), .. configuration.Recognizers];
            var catalog = new EntityCatalog(recognizers);
            var unknown = (options.Entities ?? (IEnumerable<string>)[]).Concat(options.ExcludeEntities).Where(e => !catalog.Contains(e)).ToList();
            var failOn = FailOnRule.Parse(FailOn, catalog.Contains, out var unknownFailOn);
            unknown.AddRange(unknownFailOn);
            if (unknown.Count > 0)
            {
                return await UsageAsync(text[
                    $"不明な種類: {string.Join(", ", unknown)}。使える種類: {string.Join(", ", catalog.Types)}",
                    $"Unknown entity id(s): {string.Join(", ", unknown)}. Known ids: {string.Join(", ", catalog.Types)}"]).ConfigureAwait(false);
            }

            var scanOptions = new ScanOptions
            {
                SampleRows = SampleRows ?? configuration.SampleRows ?? ScanOptions.DefaultSampleRows,
                MaxParallelism = Parallelism ?? configuration.Parallelism ?? Environment.ProcessorCount,
                ShowValues = ShowValues,
                Archive = configuration.Archive ?? new ArchiveLimits(),
            };

            using var detector = new PiiDetector(options, recognizers);
            var scanner = new Scanner(detector, scanOptions);
            var writerTarget = stdout;
            StreamWriter? file = null;
            if (OutputFile is not null)
            {
                try
                {
                    file = new StreamWriter(OutputFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return await UsageAsync(text[$"出力ファイルを作成できません: {OutputFile}", $"Cannot create the output file: {OutputFile}"]).ConfigureAwait(false);
                }

                writerTarget = file;
            }

            try
            {
                var language = text.Language == UiLanguage.English ? ReportLanguage.English : ReportLanguage.Japanese;
                var report = CreateWriter(writerTarget, catalog, language);
                var observing = new ObservingWriter(report, failOn);
                try
                {
                    await RunWithProgressAsync(scanner, observing, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    (report as IDisposable)?.Dispose();
                }

                await writerTarget.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (file is not null)
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (OutputFile is not null)
            {
                await stderr.WriteLineAsync(text[$"レポートを {OutputFile} に書き出しました。", $"Report written to {OutputFile}."]).ConfigureAwait(false);
            }

            return failOn.Matched ? FailOnMatched : 0;
        }

        private IScanReportWriter CreateWriter(TextWriter target, EntityCatalog catalog, ReportLanguage language) => Format switch
        {
            "jsonl" => new JsonlReportWriter(target),
            "json" => new JsonReportWriter(target),
            "sarif" => new SarifReportWriter(target, catalog, language),
            "html" => new HtmlReportWriter(target, language),
            _ => new TableReportWriter(TableConsole(target), text),
        };

        /// <summary>A console over the target; when it is not a terminal, wide enough that paths do not wrap.</summary>
        private static IAnsiConsole TableConsole(TextWriter target)
        {
            var console = Terminal.For(target);
            if (!ReferenceEquals(target, Console.Out) || Console.IsOutputRedirected)
            {
                console.Profile.Width = 160;
            }

            return console;
        }

        private async Task RunWithProgressAsync(Scanner scanner, IScanReportWriter writer, CancellationToken cancellationToken)
        {
            var interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            if (!interactive)
            {
                await scanner.ScanAsync(Paths, Postgres, writer, null, cancellationToken).ConfigureAwait(false);
                return;
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
                .StartAsync(async context =>
                {
                    var task = context.AddTask(text["スキャン中…", "Scanning…"]).IsIndeterminate();
                    var progress = new Progress<ScanProgress>(p => task.Description = Markup.Escape(text[$"スキャン中… {p.FilesDone:N0} 件: {Shorten(p.CurrentPath)}", $"Scanning… {p.FilesDone:N0} done: {Shorten(p.CurrentPath)}"]));
                    await scanner.ScanAsync(Paths, Postgres, writer, progress, cancellationToken).ConfigureAwait(false);
                    task.StopTask();
                }).ConfigureAwait(false);
        }

        private static string Shorten(string path) => path.Length <= 60 ? path : "…" + path[^59..];

        private async Task<int> UsageAsync(string message)
        {
            await stderr.WriteLineAsync(text["エラー: ", "error: "] + message).ConfigureAwait(false);
            return MamoriCli.UsageError;
        }
    }
}
