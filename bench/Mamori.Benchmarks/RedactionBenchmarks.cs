using BenchmarkDotNet.Attributes;
using Mamori.Deidentification.Redaction;
using Mamori.Detection;

namespace Mamori.Benchmarks;

/// <summary>
/// Text redaction (detection with every recognizer, names included, plus rewriting with typed tags)
/// over the same ~10 MB of mixed Japanese text, on one thread. Target: ≥ 10 MB/s per core.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class RedactionBenchmarks
{
    private PiiDetector _detector = null!;
    private TextRedactor _redactor = null!;
    private IReadOnlyList<string> _documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInput.Documents;
        _detector = new PiiDetector();
        _redactor = new TextRedactor(_detector, RedactionProfile.ReplaceAll);
    }

    [GlobalCleanup]
    public void Cleanup() => _detector.Dispose();

    /// <summary>Redaction with names on (the yardstick).</summary>
    [Benchmark(Description = BenchmarkTargets.RedactWithNames)]
    public int RedactText()
    {
        var length = 0;
        foreach (var document in _documents)
        {
            length += _redactor.Redact(document).Length;
        }

        return length;
    }
}
