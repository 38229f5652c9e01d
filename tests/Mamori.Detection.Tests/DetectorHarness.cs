namespace Mamori.Detection.Tests;

/// <summary>Runs a detector limited to some entity types and returns what a user would see: type and matched text.</summary>
internal static class DetectorHarness
{
    public static List<(string Type, string Text)> Find(string text, params string[] types) => FindInField(text, null, types);

    public static List<(string Type, string Text)> FindInField(string text, string? field, params string[] types)
    {
        using var detector = new PiiDetector(new DetectorOptions { Entities = new HashSet<string>(types), EnablePersonNames = false });
        return [.. detector.Detect(text, field).Select(f => (f.Type, text.Substring(f.Start, f.Length)))];
    }

    public static List<Finding> Findings(string text, string? field = null, double minConfidence = DetectorOptions.DefaultMinConfidence, params string[] types)
    {
        using var detector = new PiiDetector(new DetectorOptions
        {
            Entities = types.Length == 0 ? null : new HashSet<string>(types),
            EnablePersonNames = false,
            MinConfidence = minConfidence,
        });
        return detector.Detect(text, field);
    }
}
