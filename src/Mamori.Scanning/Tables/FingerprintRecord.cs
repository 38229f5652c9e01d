namespace Mamori.Scanning.Tables;

/// <summary>ISO/IEC 19794-2 finger minutiae records begin with the format identifier <c>FMR\0</c>.</summary>
internal static class FingerprintRecord
{
    public static ReadOnlySpan<byte> Magic => "FMR\0"u8;

    public static bool IsMatch(ReadOnlySpan<byte> data) => data.StartsWith(Magic);
}
