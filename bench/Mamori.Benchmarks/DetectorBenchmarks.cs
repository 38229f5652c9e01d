using BenchmarkDotNet.Attributes;
using Mamori.Detection;
using Mamori.Detection.Text;

namespace Mamori.Benchmarks;

/// <summary>
/// The detector over ~10 MB of mixed Japanese text with sparse personal data, one document per
/// call, on one thread (so MB/s is per core). Targets: all recognizers but person names ≥ 150 MB/s,
/// the full set ≥ 15 MB/s.
/// </summary>
/// <remarks>
/// Warm-up is left to BenchmarkDotNet (at least six iterations, more until they are stable): one
/// iteration is a whole 10 MB pass, and with two fixed warm-up iterations the measured ones still
/// included tiered compilation (they fell from ~500 to ~95 ms in one run on a two-core machine).
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, iterationCount: 8)]
public class DetectorBenchmarks
{
    private readonly List<Finding> _findings = new(1024);
    private PiiDetector _withoutNames = null!;
    private PiiDetector _full = null!;
    private IReadOnlyList<string> _documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInput.Documents;
        _withoutNames = new PiiDetector(new DetectorOptions { EnablePersonNames = false });
        _full = new PiiDetector();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _withoutNames.Dispose();
        _full.Dispose();
    }

    /// <summary>(a) every built-in recognizer except person names (MeCab).</summary>
    [Benchmark(Description = BenchmarkTargets.WithoutPersonNames)]
    public int DetectWithoutPersonNames() => Detect(_withoutNames);

    /// <summary>(b) every built-in recognizer.</summary>
    [Benchmark(Description = BenchmarkTargets.FullSet)]
    public int DetectFullSet() => Detect(_full);

    /// <summary>(c) folding alone (full-width, half-width kana, dashes), the floor under every recognizer.</summary>
    [Benchmark(Description = BenchmarkTargets.NormalisationOnly)]
    public int Normalise()
    {
        var length = 0;
        foreach (var document in _documents)
        {
            length += JapaneseTextNormalizer.Normalize(document).Text.Length;
        }

        return length;
    }

    private int Detect(PiiDetector detector)
    {
        var count = 0;
        foreach (var document in _documents)
        {
            _findings.Clear();
            detector.Detect(document, null, _findings);
            count += _findings.Count;
        }

        return count;
    }
}
