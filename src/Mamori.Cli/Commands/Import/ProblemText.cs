using System.Text.RegularExpressions;
using Mamori.Cli.Localization;
using Mamori.Core.Features;

namespace Mamori.Cli.Commands.Import;

/// <summary>An import problem as a line for people: where (line, column) and what, in Japanese or English — never the value.</summary>
internal static partial class ProblemText
{
    public static string Format(ImportProblem problem, UiText text)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var message = text.Language == UiLanguage.English ? problem.Message : Japanese(problem.Message);
        var where = (problem.Line, problem.Column) switch
        {
            (> 0, { } column) => text[$"{problem.Line} 行目（{column}）", $"line {problem.Line} ({column})"],
            (> 0, null) => text[$"{problem.Line} 行目", $"line {problem.Line}"],
            (_, { } column) => text[$"列 {column}", $"column {column}"],
            _ => null,
        };
        return where is null ? message : $"{where}: {message}";
    }

    private static string Japanese(string message)
    {
        if (message.StartsWith("not a date", StringComparison.Ordinal))
        {
            return "日付ではありません（1985-04-01、1985/4/1、1985年4月1日、昭和60年4月1日…）";
        }

        if (message.StartsWith("not a phone number", StringComparison.Ordinal))
        {
            return "電話番号ではありません（0 で始まる 10〜11 桁、または +81…）";
        }

        switch (message)
        {
            case "not an e-mail address":
                return "メールアドレスではありません";
            case "not a postal code (NNN-NNNN)":
                return "郵便番号ではありません（NNN-NNNN）";
            case "longer than 10,000 characters":
                return "10,000 文字を超えています";
            case "the row holds no mapped value":
                return "取り込む列がすべて空です";
        }

        if (Duplicate().Match(message) is { Success: true } duplicate)
        {
            return $"{duplicate.Groups["line"].Value} 行目と同じ {duplicate.Groups["column"].Value} です（会員の重複）";
        }

        if (Existing().Match(message) is { Success: true } existing)
        {
            return $"この {existing.Groups["column"].Value} の本人はすでに登録されています（--on-duplicate skip でその行を除いて取り込めます）";
        }

        if (message.StartsWith("Special care-required information", StringComparison.Ordinal))
        {
            return "要配慮個人情報は、それを含む利用目的への本人の事前の同意がなければ取り込めません（第20条第2項）。同意を得ている場合は --consent と --notice を指定してください。";
        }

        return message;
    }

    [GeneratedRegex(@"^the same (?<column>.+) as line (?<line>\d+) \(duplicate member\)$")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"^a subject with this (?<column>.+) is already on the platform")]
    private static partial Regex Existing();
}
