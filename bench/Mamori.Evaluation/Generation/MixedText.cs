using System.Text;

namespace Mamori.Evaluation.Generation;

/// <summary>
/// Large mixed Japanese text with sparse personal data, for benchmarks and throughput runs:
/// documents of the <see cref="CorpusProfile.Sparse"/> profile (mostly prose, some forms, logs and
/// notes), separated by blank lines. A pool of documents is generated once and drawn from at
/// random, so gigabytes are written at disk speed; the same seed gives the same bytes.
/// </summary>
public static class MixedText
{
    private const int PoolSize = 4000;

    /// <summary>Documents whose UTF-8 size adds up to at least <paramref name="bytes"/> (with a newline after each).</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="bytes">Target size in UTF-8 bytes.</param>
    public static List<string> Documents(int seed, long bytes)
    {
        var pool = Pool(seed);
        var random = new Bogus.Randomizer(seed + 1);
        var documents = new List<string>();
        long written = 0;
        while (written < bytes)
        {
            var document = pool[random.Number(0, pool.Length - 1)];
            documents.Add(document);
            written += Encoding.UTF8.GetByteCount(document) + 1;
        }

        return documents;
    }

    /// <summary>Streams at least <paramref name="bytes"/> UTF-8 bytes of documents to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write (not closed).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="bytes">Target size in bytes.</param>
    /// <returns>Bytes written.</returns>
    public static long Write(Stream output, int seed, long bytes)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pool = Pool(seed).Select(d => Encoding.UTF8.GetBytes(d + "\n")).ToArray();
        var random = new Bogus.Randomizer(seed + 1);
        long written = 0;
        while (written < bytes)
        {
            var document = pool[random.Number(0, pool.Length - 1)];
            output.Write(document);
            written += document.Length;
        }

        output.Flush();
        return written;
    }

    private static string[] Pool(int seed) =>
        [.. CorpusGenerator.Generate(seed, CorpusProfile.Sparse, PoolSize).Select(d => d.Text.TrimEnd('\n') + "\n")];
}
