namespace Mamori.Scanning.Formats;

/// <summary>Opens files for scanning: read-only, sharing with writers (logs being written), sequential.</summary>
internal static class FileStreams
{
    public static FileStream OpenRead(string path, int bufferSize = 64 * 1024) =>
        new(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = bufferSize,
            Options = FileOptions.SequentialScan,
        });
}
