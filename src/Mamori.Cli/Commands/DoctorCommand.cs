using System.CommandLine;
using System.Globalization;
using System.Text;
using Mamori.Cli.Localization;
using Mamori.Detection.Morphology;
using Spectre.Console;

namespace Mamori.Cli.Commands;

/// <summary><c>mamori doctor</c>: checks that the parts Mamori needs on this machine work.</summary>
internal static class DoctorCommand
{
    public static Command Create(UiText text)
    {
        var command = new Command("doctor", text[
            "この環境で Mamori に必要な部品（ICU の正規化、MeCab と IPADIC 辞書）が動くか確認します",
            "Check that the parts Mamori needs here work (ICU normalisation, MeCab with IPADIC)"]);
        command.SetAction(parseResult => Run(text, parseResult.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(UiText text, TextWriter output)
    {
        var checks = new List<(string Name, bool Ok, string Detail)>
        {
            CheckRuntime(text),
            CheckNormalisation(text),
            CheckMeCab(text),
        };

        var console = Terminal.For(output);
        var table = new Table().AddColumns(text["項目", "Check"], text["結果", "Result"], text["詳細", "Detail"]);
        foreach (var (name, ok, detail) in checks)
        {
            table.AddRow(
                Markup.Escape(name),
                ok ? "[green]OK[/]" : "[red]NG[/]",
                Markup.Escape(detail));
        }

        console.Write(table);
        var failed = checks.Count(c => !c.Ok);
        console.WriteLine(failed == 0
            ? text["すべての確認に合格しました。", "All checks passed."]
            : text[$"{failed} 件の確認に失敗しました。詳細の指示に従ってください。", $"{failed} check(s) failed; follow the detail column."]);
        return failed == 0 ? 0 : 1;
    }

    private static (string, bool, string) CheckRuntime(UiText text) =>
        (text[".NET ランタイム", ".NET runtime"], true, Environment.Version.ToString());

    private static (string, bool, string) CheckNormalisation(UiText text)
    {
        // NFKC must fold full-width digits; with InvariantGlobalization it silently does nothing.
        var folded = "０９０ｱｲｳ".Normalize(NormalizationForm.FormKC);
        var ok = folded == "090アイウ";
        return (text["Unicode 正規化 (NFKC/ICU)", "Unicode normalisation (NFKC/ICU)"], ok,
            ok ? CultureInfo.GetCultureInfo("ja-JP").DisplayName
               : text["全角数字が正規化されません。libicu をインストールしてください。", "Full-width digits are not folded; install libicu."]);
    }

    private static (string, bool, string) CheckMeCab(UiText text)
    {
        var name = text["MeCab + IPADIC 辞書", "MeCab + IPADIC dictionary"];
        try
        {
            using var tagger = MeCabTagger.Create();
            var tokens = tagger.Tokenize("山田太郎");
            var ok = tokens.Count > 0 && tokens[0].IsPersonName;
            return (name, ok, ok
                ? "libmecab " + MeCabTagger.LibraryVersion
                : text["辞書が人名を認識しません（IPADIC 以外の辞書？）", "The dictionary does not tag person names (not IPADIC?)"]);
        }
        catch (MeCabUnavailableException ex)
        {
            return (name, false, ex.Message);
        }
    }
}
