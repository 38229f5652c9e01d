using System.Text;

namespace Mamori.Scanning.Text;

/// <summary>The result of sniffing a file's first bytes.</summary>
/// <param name="Encoding">The encoding to decode with (invalid bytes become U+FFFD, never an exception); null for binary data.</param>
/// <param name="Name">A stable name: <c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>shift_jis</c>, <c>euc-jp</c>, or <c>binary</c>.</param>
/// <param name="PreambleLength">Bytes of byte-order mark to skip before decoding.</param>
public sealed record DetectedEncoding(Encoding? Encoding, string Name, int PreambleLength)
{
    /// <summary>True when the bytes are not text.</summary>
    public bool IsBinary => Encoding is null;
}
