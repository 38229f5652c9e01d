namespace Mamori.Benchmarks;

/// <summary>The benchmarks' display names and the throughput each must reach (MB/s of UTF-8 input per core).</summary>
public static class BenchmarkTargets
{
    /// <summary>(a) all recognizers except person names.</summary>
    public const string WithoutPersonNames = "detect, all but names";

    /// <summary>(b) all recognizers.</summary>
    public const string FullSet = "detect, full set";

    /// <summary>(c) normalisation alone.</summary>
    public const string NormalisationOnly = "normalise only";

    /// <summary>(d) text redaction with names on.</summary>
    public const string RedactWithNames = "redact text, names on";

    /// <summary>Minimum MB/s per benchmark method; benchmarks without an entry only report.</summary>
    public static IReadOnlyDictionary<string, double> MinMegabytesPerSecond { get; } = new Dictionary<string, double>
    {
        [nameof(DetectorBenchmarks.DetectWithoutPersonNames)] = 150,
        [nameof(DetectorBenchmarks.DetectFullSet)] = 15,
        [nameof(RedactionBenchmarks.RedactText)] = 10,
    };
}
