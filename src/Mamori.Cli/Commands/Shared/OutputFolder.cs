namespace Mamori.Cli.Commands.Shared;

/// <summary>Checks an --out folder: it may not exist yet or be empty, and must not lie inside an input (outputs are never written over inputs or old outputs).</summary>
internal static class OutputFolder
{
    public static string? Problem(string folder, IEnumerable<string> inputs, Localization.UiText text)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            return text[$"--out {folder} はファイルです。出力先のフォルダーを指定してください。", $"--out {folder} is a file; give a folder."];
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            return text[$"出力先 {folder} は空ではありません。既存のファイルは上書きしません。空のフォルダーか新しいパスを指定してください。",
                $"The output folder {folder} is not empty; Mamori never overwrites files. Give an empty or new folder."];
        }

        foreach (var input in inputs.Select(Path.GetFullPath))
        {
            if (Directory.Exists(input) && (full + Path.DirectorySeparatorChar).StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return text[$"出力先 {folder} が入力フォルダー {input} の中にあります。外の場所を指定してください。",
                    $"The output folder {folder} lies inside the input folder {input}; choose a place outside it."];
            }
        }

        return null;
    }
}
