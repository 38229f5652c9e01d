using Mamori.Scanning.Records;

namespace Mamori.Scanning;

/// <summary>Expands the paths given into files: folders recursively, entries sorted ordinally, symbolic-link folders not followed.</summary>
internal static class ScanTargets
{
    public static IEnumerable<ScanTarget> Enumerate(IEnumerable<string> paths, IEnumerable<string> postgres, ScanOptions options)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new ScanTarget.File(path, path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var target in Walk(path, options))
                {
                    yield return target;
                }
            }
            else
            {
                yield return new ScanTarget.Failure(path, ScanErrorCode.NotFound, "no such file or folder");
            }
        }

        foreach (var connectionString in postgres)
        {
            yield return new ScanTarget.Postgres(connectionString);
        }
    }

    private static IEnumerable<ScanTarget> Walk(string root, ScanOptions options)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                entries = [];
            }

            if (entries.Length == 0 && !CanList(directory))
            {
                yield return new ScanTarget.Failure(directory, ScanErrorCode.Unreadable, "the folder could not be listed");
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                FileAttributes attributes;
                try
                {
                    attributes = File.GetAttributes(entry);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                if ((attributes & FileAttributes.Directory) != 0)
                {
                    if ((attributes & FileAttributes.ReparsePoint) == 0 && !options.SkipDirectories.Contains(Path.GetFileName(entry)))
                    {
                        subdirectories.Add(entry);
                    }
                }
                else
                {
                    yield return new ScanTarget.File(entry, entry);
                }
            }

            // Depth-first, in sorted order: push in reverse so the first subfolder is walked first.
            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    private static bool CanList(string directory)
    {
        try
        {
            using var enumerator = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
            _ = enumerator.MoveNext();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
