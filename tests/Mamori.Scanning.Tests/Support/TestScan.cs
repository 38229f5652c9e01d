using Mamori.Detection;
using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Scanning.Tests.Support;

/// <summary>Runs a scan with the test recognizers and returns what it recorded.</summary>
internal static class TestScan
{
    public static IRecognizer[] Recognizers { get; } = [TestRecognizer.Email, TestRecognizer.Mobile, TestRecognizer.Name, TestRecognizer.MyNumber];

    public static PiiDetector Detector(DetectorOptions? options = null, params IRecognizer[] extra) =>
        new(options ?? new DetectorOptions { EnablePersonNames = false }, [.. Recognizers, .. extra]);

    public static async Task<RecordingWriter> RunAsync(ScanOptions? options, params string[] paths)
    {
        using var detector = Detector();
        var writer = new RecordingWriter();
        await new Scanner(detector, options ?? new ScanOptions()).ScanAsync(paths, writer, TestContext.Current.CancellationToken);
        return writer;
    }

    public static Task<RecordingWriter> RunAsync(params string[] paths) => RunAsync(null, paths);
}
