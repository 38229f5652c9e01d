using System.Globalization;
using System.Text;
using Mamori.Evaluation.Generation;

namespace Mamori.Benchmarks;

/// <summary>
/// The benchmark text: about 10 MB (or <c>MAMORI_BENCH_MB</c>) of mixed Japanese documents with sparse
/// personal data, from a fixed seed. Deterministic, so the host process (which computes MB/s) and
/// the benchmark process see the same bytes.
/// </summary>
public static class BenchmarkInput
{
    /// <summary>The seed of the text.</summary>
    public const int Seed = 7;

    private static readonly Lazy<List<string>> s_documents = new(() => MixedText.Documents(Seed, SizeMb * 1_000_000L));

    /// <summary>Target size in MB (10^6 bytes): <c>MAMORI_BENCH_MB</c>, default 10.</summary>
    public static int SizeMb { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("MAMORI_BENCH_MB"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb) && mb > 0 ? mb : 10;

    /// <summary>The documents, each given to the detector as one text (as a scan of a file's records would).</summary>
    public static IReadOnlyList<string> Documents => s_documents.Value;

    /// <summary>UTF-8 bytes of all documents: the input size that MB/s is computed from.</summary>
    public static long Utf8Bytes { get; } = Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
}
