using System.Text;

namespace Mamori.Platform.Tests.Harness;

/// <summary>Searches files byte for byte, as someone holding a copy of the database files would.</summary>
public static class RawBytes
{
    /// <summary>The offset of the first occurrence of <paramref name="needle"/> in the file, or -1.</summary>
    public static long Find(string path, ReadOnlySpan<byte> needle)
    {
        var haystack = File.ReadAllBytes(path);
        return haystack.AsSpan().IndexOf(needle);
    }

    /// <summary>The offset of the first occurrence of the UTF-8 text in the file, or -1.</summary>
    public static long Find(string path, string text) => Find(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Where in <paramref name="files"/> the bytes, or their hex text (as in a SQL dump), occur: "file@offset" for each hit.</summary>
    public static IReadOnlyList<string> Locate(IEnumerable<string> files, byte[] bytes)
    {
        var hits = new List<string>();
        foreach (var file in files)
        {
            foreach (var needle in new[] { bytes, Encoding.UTF8.GetBytes(Convert.ToHexStringLower(bytes)) })
            {
                var at = Find(file, needle);
                if (at >= 0)
                {
                    hits.Add($"{Path.GetFileName(file)}@{at}");
                }
            }
        }

        return hits;
    }
}
