using Mamori.Detection;

namespace Mamori.Scanning;

/// <summary>What every file of one scan shares: the detector, options, the worker limit and a temporary folder.</summary>
internal sealed class ScanSession : IDisposable
{
    private readonly object _gate = new();
    private string? _tempDirectory;

    public ScanSession(PiiDetector detector, ScanOptions options, EntityCatalog catalog, CancellationToken cancellation)
    {
        Detector = detector;
        Options = options;
        Catalog = catalog;
        Cancellation = cancellation;
        Workers = new SemaphoreSlim(Math.Max(1, options.MaxParallelism));
    }

    public PiiDetector Detector { get; }

    public ScanOptions Options { get; }

    public EntityCatalog Catalog { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>Limits CPU-bound work (a file's scan, or one chunk of a large text file) to the degree of parallelism.</summary>
    public SemaphoreSlim Workers { get; }

    /// <summary>A new, not yet existing path in the scan's private temporary folder.</summary>
    public string NewTempFile(string extension)
    {
        lock (_gate)
        {
            if (_tempDirectory is null)
            {
                var root = Options.TempDirectory ?? Path.GetTempPath();
                _tempDirectory = Path.Combine(root, "mamori-scan-" + Guid.NewGuid().ToString("N"));
                var directory = Directory.CreateDirectory(_tempDirectory);
                if (!OperatingSystem.IsWindows())
                {
                    directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
                }
            }

            return Path.Combine(_tempDirectory, Guid.NewGuid().ToString("N") + extension);
        }
    }

    public void Dispose()
    {
        Workers.Dispose();
        lock (_gate)
        {
            if (_tempDirectory is not null && Directory.Exists(_tempDirectory))
            {
                try
                {
                    Directory.Delete(_tempDirectory, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort: a file still open elsewhere; the system cleans its temporary folder.
                }
                catch (UnauthorizedAccessException)
                {
                    // Same.
                }
            }

            _tempDirectory = null;
        }
    }
}
