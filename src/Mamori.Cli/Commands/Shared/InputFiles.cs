namespace Mamori.Cli.Commands.Shared;

/// <summary>The files named on a command line: files as given, folders walked recursively in sorted order.</summary>
internal static class InputFiles
{
    private static readonly string[] s_skipped = [".git", ".hg", ".svn"];

    /// <summary>Each file with its path relative to the root it was found under (a file's own folder for a file).</summary>
    public static List<(string FullPath, string RelativePath)> Enumerate(IEnumerable<string> paths)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                files.Add((full, Path.GetFileName(full)));
                continue;
            }

            Walk(full, full, files);
        }

        return files;
    }

    private static void Walk(string root, string folder, List<(string, string)> files)
    {
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            files.Add((file, Path.GetRelativePath(root, file)));
        }

        foreach (var sub in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!s_skipped.Contains(Path.GetFileName(sub)))
            {
                Walk(root, sub, files);
            }
        }
    }
}
