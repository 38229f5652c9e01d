using System.CommandLine;
using System.Globalization;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Files;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Pseudonymization;
using Mamori.Deidentification.Redaction;
using Mamori.Detection;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori pseudonymize TABLE... --out DIR</c>: a 仮名加工情報 dataset per Rules Art. 31 from one or
/// more tables (CSV/TSV/XLSX). Columns are classified by the detector unless named: identifying
/// descriptions, identification codes and financially harmful items deleted; the subject key replaced
/// by a keyed pseudonym that is the same in every table of the run; free text cleaned. The 削除情報等
/// (method and pseudonym table) goes to a separate owner-only file outside DIR. Exit codes: 0 done;
/// 1 a table could not be processed (nothing written); 2 bad arguments, paths or key.
/// </summary>
internal static class PseudonymizeCommand
{
    private static readonly string[] s_subjectKeyHeaders =
    [
        "会員番号", "会員id", "会員コード", "顧客番号", "顧客id", "顧客コード", "お客様番号", "利用者id", "ユーザーid", "患者番号", "社員番号",
        "customer_id", "customerid", "member_id", "memberid", "user_id", "userid", "client_id", "account_id", "patient_id", "employee_id",
    ];

    private static readonly string[] s_freeTextHeaders =
    [
        "備考", "メモ", "コメント", "自由記述", "特記事項", "問い合わせ内容", "お問い合わせ内容", "対応履歴", "ご要望", "連絡事項",
        "note", "notes", "memo", "comment", "comments", "remarks", "description",
    ];

    public static Command Create(UiText text)
    {
        var tables = new Argument<string[]>("tables") { Description = text["仮名加工する表（CSV, TSV, XLSX）。同じ実行の表は仮名 ID で結合できます", "Tables to process (CSV, TSV, XLSX); tables of one run still join on the pseudonym"], Arity = ArgumentArity.OneOrMore, HelpName = "TABLE" };
        var output = new Option<string>("--out") { Description = text["出力先フォルダー（空または新規）", "Output folder (empty or new)"], Required = true, HelpName = "DIR" };
        var keyColumns = new Option<string[]>("--key-column") { Description = text["本人を識別する ID の列（仮名 ID に置換。省略時は会員番号などを自動判定）", "Columns holding the subject key (become pseudonyms; default: member-id-like columns)"], HelpName = "COL" };
        var deleteColumns = new Option<string[]>("--delete") { Description = text["必ず削除する列", "Columns always deleted"], HelpName = "COL" };
        var keepColumns = new Option<string[]>("--keep") { Description = text["そのまま残す列（判定を上書き）", "Columns kept as they are (overrides the classification)"], HelpName = "COL" };
        var freeText = new Option<string[]>("--free-text") { Description = text["自由記述の列（中の個人情報だけを置換）", "Free-text columns (only the personal information inside is replaced)"], HelpName = "COL" };
        var deletedInfo = new Option<string?>("--deleted-info") { Description = text["削除情報等の出力先（既定: <DIR>.削除情報等.json。DIR の外に、権限 600 で作成）", "Where the deleted information and method go (default <DIR>.削除情報等.json, outside DIR, permissions 600)"], HelpName = "FILE" };
        var keyFile = new Option<string?>("--key-file") { Description = text[$"仮名 ID を作る鍵ファイル（省略時は {KeyRing.FileVariable}）", $"Key file for the pseudonyms (default {KeyRing.FileVariable})"], HelpName = "FILE" };
        var command = new Command("pseudonymize", text[
            "仮名加工情報（施行規則第31条）を作成します。氏名等の削除・置換、個人識別符号の全部削除、クレジットカード番号等の削除、ID の仮名化（終了コード: 0 正常、1 表の処理に失敗、2 引数・鍵の誤り）",
            "Make a pseudonymously processed dataset (Rules Art. 31): names deleted or replaced, every identification code deleted, card numbers deleted, keys pseudonymised (exit codes: 0 done, 1 a table failed, 2 bad arguments or key)"])
        {
            tables, output, keyColumns, deleteColumns, keepColumns, freeText, deletedInfo, keyFile,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var inputs = parseResult.GetValue(tables) ?? [];
            var outDir = Path.GetFullPath(parseResult.GetValue(output)!);
            var deletedPath = Path.GetFullPath(parseResult.GetValue(deletedInfo) ?? outDir.TrimEnd(Path.DirectorySeparatorChar) + ".削除情報等.json");
            int Usage(string message)
            {
                stderr.WriteLine(text["エラー: ", "error: "] + message);
                return 2;
            }

            var missing = inputs.Where(p => !File.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                return Usage(string.Join('\n', missing.Select(p => text[$"表ファイルが見つかりません: {p}", $"No such table file: {p}"])));
            }

            if (OutputFolder.Problem(outDir, inputs, text) is { } outProblem)
            {
                return Usage(outProblem);
            }

            if (File.Exists(deletedPath) || deletedPath.StartsWith(outDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return Usage(text[$"削除情報等の出力先 {deletedPath} は既に存在するか、出力フォルダーの中です（分けて管理するため外に置きます）。",
                    $"The deleted-information file {deletedPath} exists already or lies inside the output folder (it must be kept apart)."]);
            }

            KeyRing keys;
            try
            {
                keys = KeySource.Load(parseResult.GetValue(keyFile));
            }
            catch (KeyRingException ex)
            {
                return Usage(ex.Message);
            }

            using var detector = new PiiDetector(new DetectorOptions());
            var redactor = new TextRedactor(detector, RedactionProfile.ReplaceAll);
            var explicitKeys = Set(parseResult.GetValue(keyColumns));
            var deletes = Set(parseResult.GetValue(deleteColumns));
            var keeps = Set(parseResult.GetValue(keepColumns));
            var freeTexts = Set(parseResult.GetValue(freeText));

            // Plan every table first: a bad column name stops the run before anything is written.
            var plans = new List<(string Path, TableReader Reader, PseudonymizationPlan Plan)>();
            try
            {
                var readers = inputs.Select(input => (Path: input, Reader: TableReader.Open(input))).ToList();
                var headers = readers.Select(r => r.Reader.ReadRows().First().Values).ToList();
                var unknown = explicitKeys.Concat(deletes).Concat(keeps).Concat(freeTexts).Where(c => !headers.Any(h => h.Contains(c))).Distinct().ToList();
                if (unknown.Count > 0)
                {
                    var known = string.Join(", ", headers.SelectMany(h => h).Distinct());
                    return Usage(text[$"列がありません: {string.Join(", ", unknown)}（列: {known}）", $"No column named {string.Join(", ", unknown)} (columns: {known})"]);
                }

                for (var i = 0; i < readers.Count; i++)
                {
                    var profile = await TableClassifier.ClassifyAsync(detector, readers[i].Path, cancellationToken).ConfigureAwait(false);
                    plans.Add((readers[i].Path, readers[i].Reader, Plan(headers[i], profile, explicitKeys, deletes, keeps, freeTexts)));
                }
            }
            catch (TableFileException ex)
            {
                return Usage(ex.Message);
            }

            var deleted = new DeletedInformation();
            var summary = new RedactionSummary();
            var written = new List<string>();
            try
            {
                foreach (var (input, reader, plan) in plans)
                {
                    var pseudonymizer = new Pseudonymizer(plan, keys, redactor);
                    using var writer = new TableWriter(Path.Combine(outDir, Path.GetFileName(input)), reader);
                    foreach (var row in reader.ReadRows())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        writer.WriteRow(row.Row == 0 ? pseudonymizer.OutputHeader : pseudonymizer.Transform(row.Values, deleted, summary));
                    }

                    writer.Commit();
                    written.Add(writer.Path);
                }

                deleted.Save(deletedPath, keys.ActiveKeyId, plans.ToDictionary(p => Path.GetFileName(p.Path), p => p.Plan));
            }
            catch (Exception ex) when (ex is TableFileException or IOException)
            {
                foreach (var file in written)
                {
                    File.Delete(file); // all or nothing: the tables only make sense together
                }

                stderr.WriteLine(text["エラー: ", "error: "] + ex.Message);
                stderr.WriteLine(text["何も書き出していません。", "Nothing was written."]);
                return 1;
            }

            Report(plans, summary, deleted, outDir, deletedPath, keys.ActiveKeyId, stdout, text);
            return 0;
        });
        return command;
    }

    private static PseudonymizationPlan Plan(string[] header, TableProfile profile, HashSet<string> keys, HashSet<string> deletes, HashSet<string> keeps, HashSet<string> freeTexts)
    {
        var subjectKeys = keys.Count > 0
            ? new HashSet<string>(header.Where(keys.Contains), StringComparer.Ordinal)
            : new HashSet<string>(header.Where(h => profile.ColumnTypes.GetValueOrDefault(h) == "MEMBER_ID" || s_subjectKeyHeaders.Contains(h.Trim().ToLowerInvariant())), StringComparer.Ordinal);
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        var free = new HashSet<string>(freeTexts, StringComparer.Ordinal);
        foreach (var column in header)
        {
            var type = profile.ColumnTypes.GetValueOrDefault(column);
            types[column] = type is "MEMBER_ID" or "GENDER" ? null : type;
            if ((type is null && profile.FindingsPerColumn.GetValueOrDefault(column) > 0) || s_freeTextHeaders.Contains(column.Trim().ToLowerInvariant()))
            {
                free.Add(column); // personal information inside free text, or in a column that is not personal as a whole
            }
        }

        var plan = PseudonymizationPlan.FromClassification(header, types, subjectKeys, free);
        return PseudonymizationPlan.Create([.. plan.Columns.Select(c =>
            deletes.Contains(c.Column) ? c with { Action = ColumnAction.Delete, Reason = "利用者の指定により削除" }
            : keeps.Contains(c.Column) ? c with { Action = ColumnAction.Keep, Reason = "利用者の指定により保持" }
            : c)]);
    }

    private static HashSet<string> Set(string[]? values) => new(DetectorSetup.SplitList(values), StringComparer.Ordinal);

    private static void Report(
        List<(string Path, TableReader Reader, PseudonymizationPlan Plan)> plans, RedactionSummary summary, DeletedInformation deleted,
        string outDir, string deletedPath, string keyId, TextWriter stdout, UiText text)
    {
        var console = Terminal.For(stdout);
        foreach (var (path, _, plan) in plans)
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(Path.GetFileName(path))) }
                .AddColumns(text["列", "Column"], text["処理", "Action"], text["種類", "Type"], text["理由", "Reason"]);
            foreach (var column in plan.Columns)
            {
                var action = column.Action switch
                {
                    ColumnAction.Delete => text["削除", "delete"],
                    ColumnAction.Pseudonymize => text["仮名 ID に置換", "pseudonym"],
                    ColumnAction.RedactText => text["記述中の個人情報を置換", "clean free text"],
                    _ => text["保持", "keep"],
                };
                table.AddRow(Markup.Escape(column.Column), action, Markup.Escape(column.EntityType ?? "-"), Markup.Escape(column.Reason));
            }

            console.Write(table);
        }

        console.WriteLine(text[
            $"出力: {outDir}。仮名 ID {deleted.Pseudonyms.Count.ToString(CultureInfo.InvariantCulture)} 件（鍵 ID {keyId}）、自由記述中の置換 {summary.Total.ToString(CultureInfo.InvariantCulture)} 件。",
            $"Output: {outDir}. {deleted.Pseudonyms.Count.ToString(CultureInfo.InvariantCulture)} pseudonyms (key id {keyId}), {summary.Total.ToString(CultureInfo.InvariantCulture)} values replaced in free text."]);
        console.WriteLine(text[
            $"削除情報等: {deletedPath}（権限 600）。仮名加工情報とは分けて、アクセスできる人を限定して保管してください（法第41条第2項）。",
            $"Deleted information: {deletedPath} (permissions 600). Keep it apart from the dataset, with access restricted (Art. 41(2))."]);
    }
}
