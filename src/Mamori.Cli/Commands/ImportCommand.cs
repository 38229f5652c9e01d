using System.CommandLine;
using Mamori.Cli.Commands.Import;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;

namespace Mamori.Cli.Commands;

/// <summary>
/// <c>mamori import customers FILE --purpose P --source S</c>: imports a customer export (CSV/TSV in UTF-8,
/// UTF-8 with BOM or Shift_JIS/CP932, or XLSX) into the platform, all or nothing, encrypted, resumable.
/// Exit codes: 0 imported (or checked with --dry-run), 2 bad input (file, options, mapping, purpose, consent,
/// any row), 130 interrupted (run again to continue).
/// </summary>
internal static class ImportCommand
{
    private static readonly string[] s_onDuplicate = ["refuse", "skip"];

    public static Command Create(UiText text)
    {
        var command = new Command("import", text[
            "顧客データをプラットフォームに取り込みます",
            "Import data into the platform"]);
        command.Subcommands.Add(Customers(text));
        return command;
    }

    private static Command Customers(UiText text)
    {
        var file = new Argument<string>("file")
        {
            Description = text[
                "EC サイトなどから書き出した顧客ファイル（.csv・.tsv は UTF-8・BOM 付き UTF-8・Shift_JIS を自動判別、.xlsx は最初のシート）",
                "A customer export (.csv or .tsv in UTF-8, UTF-8 with BOM or Shift_JIS, detected; .xlsx: the first sheet)"],
            HelpName = "FILE",
        };
        var purpose = new Option<string>("--purpose") { Description = text["取得したときの利用目的（登録済みのコード、mamori purposes list）", "The purpose the data was collected for (a registered code, see mamori purposes list)"], Required = true, HelpName = "P" };
        var source = new Option<string>("--source") { Description = text["取得元（例: makeshop-2025-04）。各項目の来歴として残ります（第20条）", "Where it came from (e.g. makeshop-2025-04), kept as each item's provenance (Art. 20)"], Required = true, HelpName = "S" };
        var map = new Option<string[]>("--map")
        {
            Description = text[
                "列の対応を指定（繰り返し可）: 列=種類（例: 連絡先=EMAIL_ADDRESS）、列=ignore で取り込まない",
                "Map a column (repeatable): COLUMN=TYPE (e.g. 連絡先=EMAIL_ADDRESS), COLUMN=ignore to leave it out"],
            HelpName = "COL=TYPE",
        };
        var notice = new Option<string?>("--notice") { Description = text["取得時に示したプライバシーポリシーの ID（mamori purposes notice）", "The privacy notice the people were shown (its id, see mamori purposes notice)"], HelpName = "ID" };
        var acquiredAt = new Option<string?>("--acquired-at") { Description = text["取得した日（既定: 今日）", "When the data was acquired (default: today)"], HelpName = "DATE" };
        var consent = new Option<bool>("--consent")
        {
            Description = text[
                "全員が利用目的に事前に同意している（--notice のポリシーで）: 一人ずつ同意を記録します。要配慮個人情報の列に必要（第20条第2項）",
                "Everyone consented to the purpose beforehand (under the --notice notice): a consent is recorded per person; required for special care-required columns (Art. 20(2))"],
        };
        var onDuplicate = new Option<string>("--on-duplicate")
        {
            Description = text["会員 ID（なければメール）がすでに登録済みの行: refuse（既定、取り込まない）または skip（その行を除く）", "Rows whose member id (else e-mail) is already on the platform: refuse (default) or skip them"],
            DefaultValueFactory = _ => "refuse",
            HelpName = "refuse|skip",
        };
        onDuplicate.AcceptOnlyFromAmong(s_onDuplicate);
        var receivedFrom = new Option<string?>("--received-from")
        {
            Description = text["第三者から受け取ったデータ: 受領前の確認の ID（mamori receipts confirm、第30条）。確認がなければ取り込みません", "Data received from a third party: the receipt confirmation id (mamori receipts confirm, Art. 30); refused without one"],
            HelpName = "ID",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = text["列の対応と検証結果を表示するだけで、何も取り込みません", "Show the mapping and the check only; import nothing"] };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = text["1 回に確定する行数（既定 20,000）。中断したら、確定済みの次の行から再開します", "Rows committed at a time (default 20,000); an interrupted import resumes after the last committed batch"],
            DefaultValueFactory = _ => 20_000,
            HelpName = "N",
        };

        var command = new Command("customers", text[
            """
            顧客（会員）ファイルを取り込みます。列は --map、見出し（氏名/お名前・姓/名・フリガナ・メールアドレス・電話番号・郵便番号・住所/都道府県/市区町村/番地・
            生年月日・会員ID/会員番号・性別…、Shopify・MakeShop・futureshop・BASE などの書き出し）、見本の値（検出器）の順に対応させ、表で示します。
            すべてか無しか: まず全行を検証し（メール・日付・電話・郵便番号の形、同意のない要配慮個人情報の列、ファイル内と登録済みの会員 ID の重複）、
            問題があれば行番号と列名（値は出しません）を示して何も取り込みません。値はすべて暗号化して保存し、取り込みはアクセスログに残ります。
            大きなファイルは --batch-size 行ずつ確定し、中断しても同じコマンドで続きから再開します。
            終了コード: 0 取り込み完了（--dry-run は検証のみ）、2 入力の誤り（ファイル・オプション・列・利用目的・同意・行の問題）、130 中断（再実行で再開）。
            """ + PlatformCommand.TrustNote(text),
            """
            Import a customer (member) file. Columns are mapped by --map, then by their header (氏名/お名前, 姓/名, フリガナ, メールアドレス, 電話番号, 郵便番号,
            住所/都道府県/市区町村/番地, 生年月日, 会員ID/会員番号, 性別… as Shopify, MakeShop, futureshop, BASE and others export them), then by the detector on
            sampled values, and shown as a table. All or nothing: every row is checked first (e-mail, date, phone and postal code forms; special
            care-required columns without consent; member ids twice in the file or already on the platform) and any problem is reported by line and
            column, never by value, with nothing imported. Values are stored encrypted; the import is in the access log. Large files are committed
            --batch-size rows at a time: an interrupted import continues where it stopped when the same command runs again.
            Exit codes: 0 imported (--dry-run: checked), 2 bad input (file, options, mapping, purpose, consent, any row), 130 interrupted (run again to resume).
            """ + PlatformCommand.TrustNote(text)])
        {
            file, purpose, source, map, notice, acquiredAt, consent, onDuplicate, dryRun, batchSize, receivedFrom,
        };
        var connection = PlatformConnection.AddTo(command, text);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new ImportRequest
            {
                File = parseResult.GetValue(file)!,
                Purpose = parseResult.GetValue(purpose)!,
                Source = parseResult.GetValue(source)!,
                Maps = parseResult.GetValue(map) ?? [],
                Notice = parseResult.GetValue(notice),
                AcquiredAt = parseResult.GetValue(acquiredAt),
                Consent = parseResult.GetValue(consent),
                SkipExisting = parseResult.GetValue(onDuplicate) == "skip",
                DryRun = parseResult.GetValue(dryRun),
                BatchSize = parseResult.GetValue(batchSize),
                ReceivedFrom = parseResult.GetValue(receivedFrom),
            };
            var configuration = parseResult.InvocationConfiguration;
            return new ImportRun(text, request, configuration.Output, configuration.Error).RunAsync(parseResult, connection, cancellationToken);
        });
        return command;
    }
}
