using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Deidentification.Dates;
using Mamori.Deidentification.Files;
using Mamori.Detection;
using Spectre.Console;

namespace Mamori.Cli.Commands.Import;

/// <summary>
/// One <c>mamori import customers</c> run: checks the command line and the file, maps the columns and shows the
/// mapping, checks the plan (purpose, consent, notice), validates every row (values, duplicates in the file and on
/// the platform) and reports problems by line and column without values, then imports in batches with a
/// progress bar. An interrupted import continues where it stopped when the same command runs again.
/// </summary>
internal sealed class ImportRun(UiText text, ImportRequest request, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Problems shown at most; validation stops there.</summary>
    public const int MaxProblems = 20;

    /// <summary>For tests: told the rows committed after each batch, in the importing thread (e.g. to cancel after the first).</summary>
    internal static readonly AsyncLocal<Action<long>?> AfterBatch = new();

    public async Task<int> RunAsync(ParseResult parseResult, PlatformConnection connection, CancellationToken cancellationToken)
    {
        if (CheckCommandLine() is { } usage)
        {
            return await FailAsync(usage).ConfigureAwait(false);
        }

        TableReader reader;
        List<string> header;
        List<string[]> sample;
        try
        {
            reader = TableReader.Open(request.File);
            (header, sample) = ReadTop(reader);
        }
        catch (TableFileException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(text[$"ファイルを読めません: {request.File}（{ex.GetType().Name}）", $"Cannot read the file {request.File} ({ex.GetType().Name})"]).ConfigureAwait(false);
        }

        var overrides = ParseMaps(header, out var mapProblem);
        if (mapProblem is not null)
        {
            return await FailAsync(mapProblem).ConfigureAwait(false);
        }

        var plan = await ImportPlan.CreateAsync(header, sample, overrides, reader.Format == TableFormat.Xlsx, cancellationToken).ConfigureAwait(false);
        WriteMapping(reader, plan);
        if (plan.Columns.Count == 0)
        {
            return await FailAsync(text[
                "取り込める列がありません。--map 列=種類 で列を対応させてください。",
                "No column maps to an item: map columns with --map COLUMN=TYPE."]).ConfigureAwait(false);
        }

        return await PlatformCommand.RunAsync(parseResult, connection, text, (platform, ct) => ExecuteAsync(platform, reader, plan, ct),
            cancellationToken, new PlatformOptions { BatchSize = request.BatchSize }).ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(Platform platform, TableReader reader, ImportPlan plan, CancellationToken cancellationToken)
    {
        var caller = Caller.LocalOperator;
        var acquiredAt = ParseAcquiredAt();
        var planProblems = await platform.Imports.CheckAsync(caller, request.Purpose, plan.Columns, request.Consent, request.Notice, cancellationToken).ConfigureAwait(false);
        if (planProblems.Count > 0)
        {
            return await RefuseAsync(planProblems, false).ConfigureAwait(false);
        }

        var purpose = (await platform.Purposes.CurrentAsync(request.Purpose, cancellationToken).ConfigureAwait(false))!;
        if (purpose.RequiresConsent && !request.Consent)
        {
            await stderr.WriteLineAsync(text[
                $"注意: 利用目的 {purpose.Code} は本人の同意が必要です。--consent なしで取り込んだ人は、同意を記録するまでこの目的に使えません。",
                $"note: the purpose {purpose.Code} requires consent; people imported without --consent cannot be used for it until their consent is recorded."]).ConfigureAwait(false);
        }

        var importId = await ImportIdAsync(plan, acquiredAt, cancellationToken).ConfigureAwait(false);
        var progress = await platform.Imports.GetProgressAsync(caller, importId, cancellationToken).ConfigureAwait(false);
        if (progress is { Completed: true })
        {
            return await FailAsync(text[
                $"このファイルは同じ設定ですでに取り込み済みです（取り込み ID {importId}）。何も取り込んでいません。",
                $"This file was imported already with these settings (import id {importId}); nothing was imported."]).ConfigureAwait(false);
        }

        var committed = progress?.RowsCommitted ?? 0;
        if (committed > 0)
        {
            await stdout.WriteLineAsync(text[
                $"中断された取り込み（ID {importId}）を再開します: {committed:N0} 行目までは取り込み済みのため、その次の行から続けます。",
                $"Resuming the interrupted import {importId}: rows up to {committed:N0} were imported already; continuing after them."]).ConfigureAwait(false);
        }

        await platform.Imports.CheckReceiptAsync(caller, importId, purpose.Code, new ImportOrigin(request.Source) { ReceiptConfirmationId = request.ReceivedFrom }, plan.Columns, cancellationToken).ConfigureAwait(false);
        var view = new ImportProgressView(stderr, text, PlatformCommand.Interactive(stderr));
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ImportProblem> problems;
        IReadOnlySet<long> existing;
        var counted = new long[1];
        try
        {
            (problems, existing) = await view.RunAsync(text["検証中", "Checking"], null, report =>
                platform.Imports.ValidateAsync(plan.Columns, Rows(reader, plan, committed, counted, report), request.SkipExisting, MaxProblems, cancellationToken)).ConfigureAwait(false);
        }
        catch (TableFileException ex)
        {
            await stderr.WriteLineAsync(text["エラー: ", "error: "] + ex.Message).ConfigureAwait(false);
            await stderr.WriteLineAsync(text["何も取り込んでいません。", "Nothing was imported."]).ConfigureAwait(false);
            return MamoriCli.UsageError;
        }

        if (problems.Count > 0)
        {
            return await RefuseAsync(problems, problems.Count >= MaxProblems).ConfigureAwait(false);
        }

        var rows = counted[0];
        var toImport = rows - existing.Count;
        await stdout.WriteLineAsync(text[
            $"検証: {rows:N0} 行に問題はありません（{clock.Elapsed.TotalSeconds:0.0} 秒）。" + (existing.Count > 0 ? $"登録済みの {existing.Count:N0} 行は除きます。" : string.Empty),
            $"Checked {rows:N0} rows: no problems ({clock.Elapsed.TotalSeconds:0.0} s)." + (existing.Count > 0 ? $" {existing.Count:N0} rows already on the platform are left out." : string.Empty)]).ConfigureAwait(false);
        if (request.DryRun)
        {
            await stdout.WriteLineAsync(text[
                $"--dry-run: 何も取り込んでいません（取り込むと {toImport:N0} 人を利用目的 {purpose.Code} で登録します）。",
                $"--dry-run: nothing was imported (an import would register {toImport:N0} people for the purpose {purpose.Code})."]).ConfigureAwait(false);
            return 0;
        }

        await stdout.WriteLineAsync(text[
            $"取り込み中（ID {importId}、{request.BatchSize:N0} 行ごとに確定）。中断しても、同じコマンドをもう一度実行すれば続きから再開します。",
            $"Importing (id {importId}, committed every {request.BatchSize:N0} rows). If it is interrupted, run the same command again: it continues where it stopped."]).ConfigureAwait(false);
        long done = committed;
        clock.Restart();
        var origin = new ImportOrigin(request.Source) { NoticeId = request.Notice, AcquiredAt = acquiredAt, ReceiptConfirmationId = request.ReceivedFrom };
        long written;
        try
        {
            written = await view.RunAsync(text["取り込み中", "Importing"], rows, report =>
                platform.Imports.ImportAsync(caller, importId, purpose.Code, origin, plan.Columns, Rows(reader, plan, committed, null, null), existing, request.Consent,
                    new BatchProgress(last =>
                    {
                        done = last;
                        report(last - committed);
                        AfterBatch.Value?.Invoke(last);
                    }), cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync(text[
                $"中断しました。{done:N0} 行目までは取り込み済みです。同じコマンドをもう一度実行すると、続きから再開します（取り込み ID {importId}）。",
                $"Interrupted. Rows up to {done:N0} are imported; run the same command again to continue where it stopped (import id {importId})."]).ConfigureAwait(false);
            return PlatformCommand.Interrupted;
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        await stdout.WriteLineAsync(text[
            $"{written:N0} 人を取り込みました（{seconds:0.0} 秒、{rows / seconds:N0} 行/秒、利用目的 {purpose.Code}、取得元 {request.Source}、取り込み ID {importId}）。値はすべて暗号化して保存し、アクセスログに記録しました。",
            $"Imported {written:N0} people ({seconds:0.0} s, {rows / seconds:N0} rows/s, purpose {purpose.Code}, source {request.Source}, import id {importId}). Every value is stored encrypted; the import is in the access log."]).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The data rows after <paramref name="after"/>, as Core imports them, counted in <paramref name="count"/>[0] and reported every 1,024.</summary>
    private static IEnumerable<ImportRow> Rows(TableReader reader, ImportPlan plan, long after, long[]? count, Action<long>? report)
    {
        long n = 0;
        foreach (var row in reader.ReadRows())
        {
            if (row.Row <= after)
            {
                continue;
            }

            if ((++n & 1023) == 0)
            {
                report?.Invoke(n);
            }

            if (count is not null)
            {
                count[0] = n;
            }

            yield return plan.Project(row);
        }
    }

    /// <summary>The header and up to <see cref="ImportPlan.SampleRows"/> data rows.</summary>
    private static (List<string> Header, List<string[]> Sample) ReadTop(TableReader reader)
    {
        List<string>? header = null;
        var sample = new List<string[]>();
        foreach (var row in reader.ReadRows())
        {
            if (row.Row == 0)
            {
                header = [.. row.Values.Select(v => v.Trim())];
                continue;
            }

            sample.Add(row.Values);
            if (sample.Count >= ImportPlan.SampleRows)
            {
                break;
            }
        }

        return (header ?? [], sample);
    }

    private string? CheckCommandLine()
    {
        if (request.BatchSize is < 1 or > 100_000)
        {
            return text["--batch-size は 1〜100,000 です。", "--batch-size is 1 to 100,000."];
        }

        if (string.IsNullOrWhiteSpace(request.Source))
        {
            return text["--source に取得元（EC サイトやファイルの名前）を指定してください（第20条: 適正な取得）。", "Give the source with --source (the EC platform or the file it came from; Art. 20: proper acquisition)."];
        }

        if (request.Consent && request.Notice is null)
        {
            return text[
                "--consent には --notice（同意を得たときに示したプライバシーポリシーの ID）が必要です。",
                "--consent needs --notice: the id of the privacy notice the people consented under."];
        }

        if (request.AcquiredAt is { } value && (!JapaneseDate.TryParse(value, out var date) || date!.Date > DateOnly.FromDateTime(DateTime.Now)))
        {
            return text[$"--acquired-at の日付を読めないか、未来の日付です: {value}", $"--acquired-at is not a date, or in the future: {value}"];
        }

        return null;
    }

    private DateTimeOffset? ParseAcquiredAt()
    {
        if (request.AcquiredAt is null || !JapaneseDate.TryParse(request.AcquiredAt, out var date))
        {
            return null;
        }

        var midnight = date!.Date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, TimeZoneInfo.Local.GetUtcOffset(midnight));
    }

    /// <summary>--map COL=TYPE options as header → item type (null: ignore).</summary>
    private Dictionary<string, string?> ParseMaps(IReadOnlyList<string> header, out string? problem)
    {
        problem = null;
        var maps = new Dictionary<string, string?>(StringComparer.Ordinal);
        var folded = header.Select(ImportHeaders.Fold).ToHashSet(StringComparer.Ordinal);
        foreach (var map in request.Maps)
        {
            var equals = map.LastIndexOf('=');
            if (equals <= 0 || equals == map.Length - 1)
            {
                problem = text[$"--map は 列=種類 の形で指定します: {map}", $"--map takes COLUMN=TYPE: {map}"];
                return maps;
            }

            var column = map[..equals].Trim();
            var type = map[(equals + 1)..].Trim().ToUpperInvariant();
            if (!header.Contains(column) && !folded.Contains(ImportHeaders.Fold(column)))
            {
                problem = text[$"--map の列 {column} はファイルにありません。列: {string.Join(", ", header)}", $"--map names the column {column}, which the file does not have. Columns: {string.Join(", ", header)}"];
                return maps;
            }

            if (type is "IGNORE" or "NONE" or "-")
            {
                maps[column] = null;
            }
            else if (ItemTypes.IsKnown(type) && ItemTypes.CategoryOf(type) != PiiCategory.NotPersonal)
            {
                maps[column] = type;
            }
            else
            {
                var known = EntityTypes.All.Where(t => ItemTypes.CategoryOf(t) != PiiCategory.NotPersonal).Concat([ItemTypes.MemberId, ItemTypes.Gender, ItemTypes.NameKana]).Order(StringComparer.Ordinal);
                problem = text[
                    $"--map {column}= の種類 {type} は使えません。使える種類: {string.Join(", ", known)}、または ignore（取り込まない）",
                    $"--map {column}=: {type} is not an item type. Types: {string.Join(", ", known)}, or ignore (leave the column out)"];
                return maps;
            }
        }

        return maps;
    }

    private void WriteMapping(TableReader reader, ImportPlan plan)
    {
        var console = PlatformCommand.Console(stdout);
        console.WriteLine(text[
            $"{Path.GetFileName(reader.Path)}（{reader.Format.ToString().ToUpperInvariant()}、{reader.EncodingName}）の列の対応（--map 列=種類 で変更、--map 列=ignore で除外）:",
            $"Columns of {Path.GetFileName(reader.Path)} ({reader.Format.ToString().ToUpperInvariant()}, {reader.EncodingName}) and what they become (change with --map COLUMN=TYPE, leave out with --map COLUMN=ignore):"]);
        var table = new Table().AddColumns("#", text["列", "Column"], text["項目", "Item"], text["根拠", "Basis"]);
        foreach (var column in plan.FileColumns)
        {
            var basis = column.Basis switch
            {
                MappingBasis.Option => "--map",
                MappingBasis.Header => text["見出し", "header"],
                MappingBasis.Detector => text["値（検出器）", "values (detector)"],
                MappingBasis.Ignored => column.Note == "consent flag" ? text["見出し: 同意・配信の設定", "header: a consent flag"] : text["見出し: 本人の情報ではない", "header: not the person's data"],
                _ => column.Note == "empty" ? text["見本の行が空", "empty in the sample"] : text["該当なし", "not recognised"],
            };
            table.AddRow(
                (column.Index + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(column.Header),
                column.ItemType is null ? text["（取り込まない）", "(left out)"] : Markup.Escape(column.ItemType), Markup.Escape(basis));
        }

        console.Write(table);
        foreach (var joined in plan.Columns.Where(c => c.Header.Contains('+', StringComparison.Ordinal)))
        {
            console.WriteLine(text[$"  {joined.ItemType} は {joined.Header.Replace("+", " + ", StringComparison.Ordinal)} をつないだ 1 つの値になります。", $"  {joined.ItemType} is one value joined from {joined.Header.Replace("+", " + ", StringComparison.Ordinal)}."]);
        }
    }

    private async Task<string> ImportIdAsync(ImportPlan plan, DateTimeOffset? acquiredAt, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var file = new FileStream(request.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 20];
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        // The same file imported the same way resumes; another mapping, purpose or source is another import.
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\0', request.Purpose, request.Source, plan.Signature, request.Notice ?? string.Empty,
            request.Consent ? "consent" : string.Empty, acquiredAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty)));
        return "I" + Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private async Task<int> RefuseAsync(IReadOnlyList<ImportProblem> problems, bool more)
    {
        await stderr.WriteLineAsync(text["取り込めません:", "Cannot import:"]).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await stderr.WriteLineAsync("  " + ProblemText.Format(problem, text)).ConfigureAwait(false);
        }

        if (more)
        {
            await stderr.WriteLineAsync(text[$"  （最初の {MaxProblems} 件で検証を止めました）", $"  (checking stopped after the first {MaxProblems} problems)"]).ConfigureAwait(false);
        }

        await stderr.WriteLineAsync(text["何も取り込んでいません（すべて取り込むか、何も取り込まないかのどちらかです）。ファイルを直して、もう一度実行してください。", "Nothing was imported (all or nothing): fix the file and run again."]).ConfigureAwait(false);
        return MamoriCli.UsageError;
    }

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync(text["エラー: ", "error: "] + message).ConfigureAwait(false);
        return MamoriCli.UsageError;
    }

    /// <summary>Reports in the reporting thread, at once (Progress&lt;T&gt; would post it later).</summary>
    private sealed class BatchProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
