namespace Mamori.Deidentification.Files;

/// <summary>
/// A file written under a temporary name beside its target and moved into place only on
/// <see cref="Commit"/>, so a failure never leaves a partial output. Disposing without committing
/// deletes the temporary file. An existing target is never overwritten.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private bool _committed;

    /// <summary>Starts writing <paramref name="path"/>.</summary>
    /// <param name="path">The final path; its folder is created when missing.</param>
    /// <param name="ownerOnly">Create the file readable only by its owner (permissions 600).</param>
    /// <exception cref="TableFileException">The target already exists.</exception>
    public AtomicFile(string path, bool ownerOnly = false)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (File.Exists(Path))
        {
            throw new TableFileException($"'{Path}' already exists; Mamori never overwrites an output. Choose another --out folder or remove it.");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        TemporaryPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "." + System.IO.Path.GetFileName(Path) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (ownerOnly && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        Stream = new FileStream(TemporaryPath, options);
    }

    /// <summary>The final path.</summary>
    public string Path { get; }

    /// <summary>Where the bytes go until <see cref="Commit"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write to.</summary>
    public FileStream Stream { get; }

    /// <summary>Fills the file with a copy of <paramref name="source"/> and rewinds, for formats edited in place (XLSX, DOCX).</summary>
    /// <param name="source">The file to copy.</param>
    public void CopyFrom(string source)
    {
        using (var input = File.OpenRead(source))
        {
            input.CopyTo(Stream);
        }

        Stream.Position = 0;
    }

    /// <summary>Flushes and moves the file into place.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(TemporaryPath, Path, overwrite: false);
        _committed = true;
    }

    /// <summary>Deletes the temporary file unless committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && File.Exists(TemporaryPath))
        {
            File.Delete(TemporaryPath);
        }
    }
}
