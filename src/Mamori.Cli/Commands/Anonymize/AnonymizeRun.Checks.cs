using System.Globalization;
using System.Text.RegularExpressions;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Files;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>The checks of a run, each turning a problem into an <see cref="AnonymizeFailure"/> before anything is written.</summary>
internal sealed partial class AnonymizeRun
{
    private static readonly string[] s_tableExtensions = [".csv", ".tsv", ".tab", ".xlsx"];

    /// <summary>Checks what needs no file contents; returns the <c>--hierarchy</c> files by column.</summary>
    private (Dictionary<string, string> HierarchyFiles, Dictionary<string, string> MaxLevels) CheckCommandLine()
    {
        if (request.OutputFolder is null)
        {
            throw Usage("出力フォルダーを --out で指定してください。", "Give the output folder with --out.");
        }

        if (request.K is not { } k)
        {
            throw Usage("k（各準識別子の組み合わせの最小件数）を --k で指定してください（例: --k 5）。", "Give k, the smallest group of identical quasi-identifiers, with --k (e.g. --k 5).");
        }

        if (k < 2)
        {
            throw Usage($"k = {k} は指定できません。k は 2 以上です（k = 1 では誰も守れません）。", $"k = {k} is impossible: k must be at least 2 (k = 1 protects no one).");
        }

        if (request.L is { } l)
        {
            if (l < 2)
            {
                throw Usage($"l = {l} は指定できません。l は 2 以上です。", $"l = {l} is impossible: l must be at least 2.");
            }

            if (request.Sensitive.Count == 0)
            {
                throw Usage("--l には l 多様性を確保する機微属性の列を --sensitive で指定してください。", "--l needs the sensitive column it protects, given with --sensitive.");
            }
        }

        if (!(request.MaxSuppression >= 0 && request.MaxSuppression < 1))
        {
            throw Usage("--max-suppression は 0 以上 1 未満で指定してください（例: 0.05）。", "--max-suppression must be at least 0 and below 1 (e.g. 0.05).");
        }

        if (!File.Exists(request.Table))
        {
            throw Usage($"表ファイルが見つかりません: {request.Table}", $"No such table file: {request.Table}");
        }

        if (Array.IndexOf(s_tableExtensions, Path.GetExtension(request.Table).ToLowerInvariant()) < 0)
        {
            throw Usage($"{request.Table} は読める表ファイルではありません。.csv・.tsv・.xlsx を指定してください。", $"{request.Table} is not a table file Mamori reads: use .csv, .tsv or .xlsx.");
        }

        if (File.Exists(request.OutputFolder))
        {
            throw Usage($"--out {request.OutputFolder} はファイルです。フォルダーを指定してください。", $"--out {request.OutputFolder} is a file; give a folder.");
        }

        var files = Pairs(request.Hierarchies, "--hierarchy");
        foreach (var (column, file) in files)
        {
            if (!File.Exists(file))
            {
                throw Usage($"階層ファイルが見つかりません: {file}（列 {column}）", $"No such hierarchy file: {file} (column {column})");
            }
        }

        return (files, Pairs(request.MaxLevels, "--max-level"));
    }

    /// <summary>Reads <c>COL=VALUE</c> options (split at the first <c>=</c>), each column once.</summary>
    private Dictionary<string, string> Pairs(IReadOnlyList<string> specs, string option)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var at = spec.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == spec.Length - 1)
            {
                throw Usage($"{option} は 列=値 の形で指定してください: {spec}", $"{option} takes COLUMN=VALUE: {spec}");
            }

            if (!pairs.TryAdd(spec[..at], spec[(at + 1)..]))
            {
                throw Usage($"{option} で列 {spec[..at]} が 2 回指定されています。", $"{option} names column {spec[..at]} twice.");
            }
        }

        return pairs;
    }

    private void CheckOutputsAreFree(OutputFiles outputs)
    {
        var existing = outputs.Existing();
        if (existing.Count > 0)
        {
            throw Usage(
                $"出力先に同じ名前のファイルがあります（上書きはしません）: {string.Join("、", existing)}。別の --out を指定するか、ファイルを移してください。",
                $"Output file(s) already exist (Mamori never overwrites): {string.Join(", ", existing)}. Choose another --out or move them.");
        }
    }

    private TableReader OpenTable()
    {
        try
        {
            return TableReader.Open(request.Table);
        }
        catch (TableFileException ex)
        {
            throw new AnonymizeFailure(AnonymizeCommand.DataError, TableError(ex), ex);
        }
    }

    private ColumnarTable Load(TableReader source, Action<string> status, CancellationToken cancellationToken)
    {
        try
        {
            var progress = new Progress<int>(rows => status(text[$"表を読み込み中… {rows:N0} 行", $"Loading the table… {rows:N0} rows"]));
            return ColumnarTableFiles.Read(source, progress, cancellationToken);
        }
        catch (TableFileException ex)
        {
            throw new AnonymizeFailure(AnonymizeCommand.DataError, TableError(ex), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AnonymizeFailure(AnonymizeCommand.DataError, text[
                $"表ファイル {source.Path} を読み込めません（{ex.GetType().Name}）。",
                $"Cannot read the table file {source.Path} ({ex.GetType().Name})."], ex);
        }
    }

    private void CheckRows(ColumnarTable table)
    {
        if (table.RowCount == 0)
        {
            throw Data($"表 {request.Table} にはデータ行がありません。", $"The table {request.Table} has no data rows.");
        }

        var k = request.K!.Value;
        if (k > table.RowCount)
        {
            throw Data(
                $"k = {k} は達成できません。表の行数は {table.RowCount:N0} です。k は 2 以上 {table.RowCount:N0} 以下で指定してください。",
                $"k = {k} is impossible: the table has {table.RowCount:N0} rows. Give k between 2 and {table.RowCount:N0}.");
        }
    }

    private void CheckDiversity(ColumnarTable table)
    {
        if (request.L is not { } l)
        {
            return;
        }

        var column = request.Sensitive[0];
        var distinct = table[column].Values.Count;
        if (distinct < l)
        {
            throw Data(
                $"l = {l} は達成できません。列 {column} の値は {distinct} 種類しかありません（l は {distinct} 以下。k 件未満の値は「{RareValues.Label}」にまとめて数えます）。",
                $"l = {l} is impossible: column {column} holds only {distinct} distinct values (l can be {distinct} at most; values held by fewer than k rows count as one, \"{RareValues.Label}\").");
        }
    }

    private AnonymizeFailure NoSolution(NoAnonymizationSolutionException ex)
    {
        var goal = request.L is { } l ? $"k = {request.K}、l = {l}" : $"k = {request.K}";
        var goalEn = request.L is { } l2 ? $"k = {request.K} and l = {l2}" : $"k = {request.K}";
        var limit = Percent(request.MaxSuppression);
        var needed = Percent(ex.RequiredSuppressionRate);
        var largest = ex.LargestReachableK is { } reachable
            ? text[$"上限内で達成できる最大の k は {reachable} です。", $"The largest k reachable within the limit is {reachable}."]
            : text["上限内では k = 2 も達成できません。", "Not even k = 2 is reachable within the limit."];
        return new AnonymizeFailure(AnonymizeCommand.DataError, text[
            $"{goal} を満たす一般化が、秘匿できる行の上限（{limit}）の範囲では見つかりません。最も粗い一般化でも {needed} の行の秘匿が必要です（--max-suppression で上限を変更できます）。{largest}",
            $"No generalisation reaches {goalEn} within the suppression limit ({limit}). Even the coarsest one needs {needed} of the rows suppressed (--max-suppression sets the limit). {largest}"], ex);
    }

    /// <summary>A table-file error in the chosen language; the common malformed-row message is translated, others quoted.</summary>
    private string TableError(TableFileException ex)
    {
        if (WrongWidth().Match(ex.Message) is { Success: true } match)
        {
            var (line, values, header) = (match.Groups["line"].Value, match.Groups["values"].Value, match.Groups["header"].Value);
            return text[
                $"{request.Table} の {line} 行目: 値が {values} 個ありますが見出しは {header} 列です。行を直してから実行してください（値に区切り文字を含むなら \" で囲みます）。何も出力していません。",
                $"{request.Table} line {line}: the row has {values} values but the header has {header} columns. Fix the row (quote values holding the separator) and run again; nothing was written."];
        }

        return text[$"表ファイルを読み込めません: {ex.Message}", $"Cannot read the table file: {ex.Message}"];
    }

    private AnonymizeFailure Usage(string japanese, string english) => new(MamoriCli.UsageError, text[japanese, english]);

    private AnonymizeFailure Data(string japanese, string english) => new(AnonymizeCommand.DataError, text[japanese, english]);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"line (?<line>\d+): the row has (?<values>\d+) values but the header has (?<header>\d+)")]
    private static partial Regex WrongWidth();
}
