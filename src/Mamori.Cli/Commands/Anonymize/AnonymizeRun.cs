using Mamori.Cli.Localization;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;
using Mamori.Deidentification.Files;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// One <c>mamori anonymize</c> run: checks the command line, loads the table, decides the column
/// roles (printing why), runs the anonymisation engine and writes the three outputs, all or none.
/// Every failure becomes an <see cref="AnonymizeFailure"/>: a message without cell values on stderr,
/// exit code 2 (usage) or 1 (data), and no output file.
/// </summary>
internal sealed partial class AnonymizeRun(UiText text, AnonymizeRequest request, TextWriter stdout, TextWriter stderr)
{
    private bool _written;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (AnonymizeFailure failure)
        {
            await stderr.WriteLineAsync(text["エラー: ", "error: "] + failure.Message).ConfigureAwait(false);
            return failure.ExitCode;
        }
#pragma warning disable CA1031 // A command never shows a stack trace; the type names the failure without repeating cell values.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync(text[
                $"エラー: 予期しない問題で中断しました（{ex.GetType().Name}）。{(_written ? "出力は書き込み済みです。" : "何も出力していません。")}'mamori doctor' で環境を確認できます。",
                $"error: stopped by an unexpected problem ({ex.GetType().Name}). {(_written ? "The outputs were written." : "Nothing was written.")} 'mamori doctor' checks this machine."]).ConfigureAwait(false);
            return AnonymizeCommand.DataError;
        }
    }

    private async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var (hierarchyFiles, maxLevels) = CheckCommandLine();
        var outputs = new OutputFiles(request.OutputFolder!, request.Table);
        CheckOutputsAreFree(outputs);
        var source = OpenTable();
        var progress = new ProgressView(stderr);

        var (table, decisions) = await progress.RunAsync(text["表を読み込み中…", "Loading the table…"], async status =>
        {
            var table = Load(source, status, cancellationToken);
            var planner = new ColumnPlanner(text, table, request);
            planner.CheckOptions(hierarchyFiles.Keys, maxLevels.Keys);
            CheckRows(table);
            var hierarchies = LoadHierarchies(hierarchyFiles);
            status(text["列を分類中…", "Classifying the columns…"]);
            var signals = await ClassifyAsync(table, planner.ColumnsToClassify(hierarchies), cancellationToken).ConfigureAwait(false);
            var decisions = planner.Plan(signals, hierarchies, maxLevels);
            table = RareValues.Recode(table, decisions, request.K!.Value);
            CheckDiversity(table);
            return (table, decisions);
        }).ConfigureAwait(false);

        var console = Terminal.For(stdout);
        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        if (!request.Json)
        {
            SummaryWriter.WriteDecisions(console, text, decisions);
        }

        var result = await progress.RunAsync(text["一般化の組み合わせを探索中…", "Searching the generalisations…"], status =>
        {
            var result = Anonymize(table, decisions, cancellationToken);
            status(text["書き出し中…", "Writing…"]);
            var report = ReportJson.Build(result.Report, source, decisions);
            var items = PublishedItemsMarkdown.Build(result.Report, Path.GetFileName(outputs.TablePath), DateTimeOffset.Now);
            Write(outputs, source, result.Table, report, items);
            return Task.FromResult(result);
        }).ConfigureAwait(false);

        if (request.Json)
        {
            SummaryWriter.WriteJson(stdout, source, decisions, result.Report, outputs);
        }
        else
        {
            SummaryWriter.WriteSummary(console, text, result.Report, outputs);
        }
    }

    private AnonymizationResult Anonymize(ColumnarTable table, IReadOnlyList<ColumnDecision> decisions, CancellationToken cancellationToken)
    {
        var options = new AnonymizationOptions
        {
            K = request.K!.Value,
            IdentifierColumns = [.. Columns(ColumnRole.Identifier)],
            QuasiIdentifiers = [.. decisions.Where(d => d.Role == ColumnRole.QuasiIdentifier).Select(d => new QuasiIdentifier(d.Column, d.Hierarchy!) { MinLevel = d.MinLevel, MaxLevel = d.MaxLevel })],
            SensitiveColumns = [.. Columns(ColumnRole.Sensitive)],
            InsensitiveColumns = [.. Columns(ColumnRole.Insensitive)],
            LDiversity = request.L is { } l ? new LDiversity(request.Sensitive[0], l) : null,
            MaxSuppressionRate = request.MaxSuppression,
            SuppressionMode = request.Suppression,
            ShuffleRows = true,
            ShuffleSeed = request.Seed,
        };

        try
        {
            return Anonymizer.Anonymize(table, options, cancellationToken);
        }
        catch (NoAnonymizationSolutionException ex)
        {
            throw NoSolution(ex);
        }
        catch (AnonymizationException ex)
        {
            throw new AnonymizeFailure(AnonymizeCommand.DataError, text[
                $"この表は指定どおりに匿名化できません: {ex.Message}",
                $"The table cannot be anonymised as asked: {ex.Message}"], ex);
        }

        IEnumerable<string> Columns(ColumnRole role) => decisions.Where(d => d.Role == role).Select(d => d.Column);
    }

    private void Write(OutputFiles outputs, TableReader source, ColumnarTable table, string report, string items)
    {
        try
        {
            outputs.Write(source, table, report, items);
            _written = true;
        }
        catch (TableFileException ex)
        {
            // Another process created an output meanwhile: still never overwritten.
            throw new AnonymizeFailure(MamoriCli.UsageError, text[$"出力を書き込めません: {ex.Message}", $"Cannot write the output: {ex.Message}"], ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AnonymizeFailure(AnonymizeCommand.DataError, text[
                $"出力フォルダー {outputs.Folder} に書き込めません（{ex.GetType().Name}）。何も出力していません。",
                $"Cannot write to the output folder {outputs.Folder} ({ex.GetType().Name}); nothing was written."], ex);
        }
    }

    private async Task<IReadOnlyDictionary<string, ColumnSignals>> ClassifyAsync(ColumnarTable table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        try
        {
            return await SampleClassifier.ClassifyAsync(table, columns, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new AnonymizeFailure(AnonymizeCommand.DataError, text[
                $"列を自動で分類できませんでした（{ex.GetType().Name}）。--quasi・--identifiers・--sensitive・--keep で全列の役割を指定してください。",
                $"The columns could not be classified ({ex.GetType().Name}). Give every column a role with --quasi, --identifiers, --sensitive and --keep."], ex);
        }
    }

    private IReadOnlyDictionary<string, (string File, CsvHierarchy Hierarchy)> LoadHierarchies(IReadOnlyDictionary<string, string> files)
    {
        var loaded = new Dictionary<string, (string, CsvHierarchy)>(StringComparer.Ordinal);
        foreach (var (column, file) in files)
        {
            try
            {
                loaded[column] = (file, CsvHierarchy.Load(file));
            }
            catch (HierarchyFormatException ex)
            {
                throw new AnonymizeFailure(MamoriCli.UsageError, text[
                    $"階層ファイル {file}（列 {column}）の形式が正しくありません: {ex.Message}",
                    $"The hierarchy file {file} (column {column}) is malformed: {ex.Message}"], ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new AnonymizeFailure(MamoriCli.UsageError, text[
                    $"階層ファイル {file}（列 {column}）を読み込めません（{ex.GetType().Name}）。",
                    $"Cannot read the hierarchy file {file} (column {column}) ({ex.GetType().Name})."], ex);
            }
        }

        return loaded;
    }
}
