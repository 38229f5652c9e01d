using System.CommandLine;
using Mamori.Cli.Commands.Anonymize;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Anonymization;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori anonymize TABLE --k N --out DIR</c>: makes anonymously processed information
/// (匿名加工情報, Rules Art. 34) from a CSV, TSV or XLSX table with the anonymisation engine, and
/// writes the anonymised table, a risk and utility report and the items to publish (Act Art. 43(3)).
/// Exit codes: 0 done; 1 the data cannot be anonymised as asked (malformed rows, k above the row count,
/// no solution within the suppression limit, a value outside a user hierarchy…); 2 the command line
/// is wrong (missing option, unknown column, k below 2, missing or malformed hierarchy file, an output
/// that already exists). Nothing is written unless the run succeeds.
/// </summary>
internal static class AnonymizeCommand
{
    /// <summary>Exit code when the data cannot be anonymised as asked (the command line itself was fine).</summary>
    public const int DataError = 1;

    private static readonly string[] s_formats = ["table", "json"];
    private static readonly string[] s_suppression = ["remove", "mask"];

    public static Command Create(UiText text)
    {
        var table = new Argument<string>("table")
        {
            Description = text["匿名加工する表（.csv・.tsv・.xlsx。CSV/TSV は文字コードを自動判別）", "The table to anonymise (.csv, .tsv, .xlsx; CSV/TSV encoding detected)"],
            HelpName = "TABLE",
        };
        var output = new Option<string?>("--out")
        {
            Description = text[
                "出力フォルダー（必須）。TABLE と同じ名前・形式・文字コードの表、NAME.anonymization-report.json、NAME.published-items.md を書く。既存のファイルは上書きしない",
                "Output folder (required): the table under its own name, format and encoding, NAME.anonymization-report.json and NAME.published-items.md; existing files are never overwritten"],
            HelpName = "DIR",
        };
        var k = new Option<int?>("--k")
        {
            Description = text["k（必須、2 以上）: 準識別子の値の組み合わせごとに最低 k 行", "k (required, at least 2): every combination of quasi-identifier values occurs at least k times"],
            HelpName = "N",
        };
        var quasi = new Option<string[]>("--quasi")
        {
            Description = text[
                "準識別子の列（カンマ区切り）。省略時は生年月日・住所・郵便番号・性別・年齢の列を自動で選ぶ。指定時、これらの候補で指定のない列は削除",
                "Quasi-identifier columns (comma-separated). Default: date of birth, address, postal code, gender and age columns, found automatically; when given, such columns not listed are removed"],
            HelpName = "COL,COL",
        };
        var hierarchy = new Option<string[]>("--hierarchy")
        {
            Description = text[
                "列の一般化階層を CSV で与える（ARX 形式: 値;段階1;段階2…、繰り返し可）",
                "A user hierarchy for a column, as CSV (ARX's format: value;level1;level2…); repeatable"],
            HelpName = "COL=FILE",
        };
        var maxLevel = new Option<string[]>("--max-level")
        {
            Description = text[
                "準識別子を一般化してよい上限の段階（番号またはキー、例: 住所=prefecture。繰り返し可）",
                "The coarsest level a quasi-identifier may reach (number or key, e.g. address=prefecture); repeatable"],
            HelpName = "COL=LEVEL",
        };
        var l = new Option<int?>("--l")
        {
            Description = text["l 多様性: 各組み合わせに --sensitive の最初の列の異なる値が l 個以上", "l-diversity: every combination holds at least l distinct values of the first --sensitive column"],
            HelpName = "M",
        };
        var sensitive = new Option<string[]>("--sensitive")
        {
            Description = text["機微属性の列（そのまま残す。--l はこの最初の列に適用）", "Sensitive columns (kept as is; --l applies to the first)"],
            HelpName = "COL",
        };
        var identifiers = new Option<string[]>("--identifiers")
        {
            Description = text["削除する識別子・連結符号の列（カンマ区切り）", "Identifier and linking-code columns to remove (comma-separated)"],
            HelpName = "COL,COL",
        };
        var keep = new Option<string[]>("--keep")
        {
            Description = text["そのまま残す列（カンマ区切り。自動分類より優先）", "Columns kept as they are (comma-separated; overrides the classification)"],
            HelpName = "COL,COL",
        };
        var maxSuppression = new Option<double>("--max-suppression")
        {
            Description = text[
                "k（と l）を満たさず秘匿できる行の割合の上限（0 以上 1 未満）",
                "The largest share of rows that may be suppressed (0 to below 1)"],
            DefaultValueFactory = _ => AnonymizationOptions.DefaultMaxSuppressionRate,
            HelpName = "RATE",
        };
        var suppression = new Option<string>("--suppression")
        {
            Description = text["秘匿する行の扱い: remove（既定、削除）または mask（準識別子をすべて * に）", "Suppressed rows: remove (default) or mask (every quasi-identifier *)"],
            DefaultValueFactory = _ => "remove",
            HelpName = "remove|mask",
        };
        suppression.AcceptOnlyFromAmong(s_suppression);
        var seed = new Option<int?>("--seed")
        {
            Description = text["出力行の並べ替えの乱数シード（再現可能なテスト用）", "Seed of the output row shuffle (reproducible tests)"],
            HelpName = "N",
        };
        var format = new Option<string>("--format")
        {
            Description = text["標準出力の形式: table（既定）または json", "Standard output format: table (default) or json"],
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong(s_formats);

        var command = new Command("anonymize", text[
            """
            匿名加工情報（個人情報保護法第43条、施行規則第34条）を作成します。識別子・個人識別符号・連結符号を削除し、準識別子を一般化して、
            どの組み合わせも k 行以上（--l で l 多様性）になる情報損失最小の加工を探します（秘匿できる行は --max-suppression まで）。
            役割を指定しない列は検出器が分類します: 氏名・電話・メール・個人識別符号・カード・口座・会員番号などの ID → 削除、
            要配慮個人情報 → 機微属性（k 件未満の値は「その他（少数）」）、生年月日・住所・郵便番号・性別・年齢 → 準識別子、番号/コードの見出しで値がほぼ一意 → 連結符号として削除、
            セルに氏名などが見つかった列 → 削除、それ以外 → そのまま。階層: 年齢 → 5/10/20歳階級（90以上）、生年月日 → 年月/年/5年/10年、
            住所 → 市区町村/都道府県/地方（番地は出さない）、郵便番号 → 上5/3/1桁、数値 → 区間（上下端をコーディング）、その他 → 値か *。
            終了コード: 0 成功、1 データの問題（不正な行、k が行数を超える、秘匿上限内で解がない等）、2 引数の誤り（未知の列、k < 2、階層ファイルなし、出力が既に存在）。
            失敗時は何も出力しません。
            """,
            """
            Create anonymously processed information (Act Art. 43, Rules Art. 34): remove identifiers, identification codes and linking codes,
            and generalise the quasi-identifiers with the least information loss so that every combination occurs at least k times (l distinct
            sensitive values with --l), suppressing at most --max-suppression of the rows. Columns without a role are classified by the detector:
            names, phone numbers, e-mail addresses, identification codes, card and account numbers, member and other ids → removed; special
            care-required → sensitive (values held by fewer than k rows → その他（少数）); date of birth, address, postal code, gender, age → quasi-identifiers; number/code headers with mostly
            distinct values → removed as linking codes; columns whose cells hold names and the like → removed; the rest → kept. Hierarchies: age →
            5/10/20-year bands (90+); date of birth → month/year/5/10 years; address → municipality/prefecture/region (never the street);
            postal code → first 5/3/1 digits; numbers → intervals (top/bottom-coded); other → the value or *.
            Exit codes: 0 done; 1 data problem (malformed row, k above the row count, no solution within the suppression limit…);
            2 usage error (unknown column, k < 2, missing hierarchy file, an output that already exists). Nothing is written on failure.
            """])
        {
            table, output, k, quasi, hierarchy, maxLevel, l, sensitive, identifiers, keep, maxSuppression, suppression, seed, format,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new AnonymizeRequest
            {
                Table = parseResult.GetValue(table)!,
                OutputFolder = parseResult.GetValue(output),
                K = parseResult.GetValue(k),
                L = parseResult.GetValue(l),
                Quasi = SplitList(parseResult.GetValue(quasi)),
                Identifiers = SplitList(parseResult.GetValue(identifiers)),
                Keep = SplitList(parseResult.GetValue(keep)),
                Sensitive = SplitList(parseResult.GetValue(sensitive)),
                Hierarchies = parseResult.GetValue(hierarchy) ?? [],
                MaxLevels = parseResult.GetValue(maxLevel) ?? [],
                MaxSuppression = parseResult.GetValue(maxSuppression),
                Suppression = parseResult.GetValue(suppression) == "mask" ? SuppressionMode.Mask : SuppressionMode.Remove,
                Seed = parseResult.GetValue(seed),
                Json = parseResult.GetValue(format) == "json",
            };
            var configuration = parseResult.InvocationConfiguration;
            return new AnonymizeRun(text, request, configuration.Output, configuration.Error).RunAsync(cancellationToken);
        });
        return command;
    }

    private static List<string> SplitList(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
