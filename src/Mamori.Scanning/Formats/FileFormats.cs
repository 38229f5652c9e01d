namespace Mamori.Scanning.Formats;

/// <summary>Stable machine names of <see cref="FileFormat"/>.</summary>
public static class FileFormats
{
    /// <summary>The machine name, e.g. <c>csv</c>, <c>fingerprint_record</c>.</summary>
    /// <param name="format">The format.</param>
    public static string ToJsonName(this FileFormat format) => format switch
    {
        FileFormat.FingerprintRecord => "fingerprint_record",
        _ => format.ToString().ToLowerInvariant(),
    };
}
