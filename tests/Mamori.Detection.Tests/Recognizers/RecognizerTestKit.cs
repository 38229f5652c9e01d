using Mamori.Detection.Recognizers;

namespace Mamori.Detection.Tests.Recognizers;

/// <summary>Runs a detector limited to some entity types and shows findings as the text a user would see.</summary>
internal static class RecognizerTestKit
{
    /// <summary>The prose every recognizer must leave alone: an article about the APPI, no personal data.</summary>
    public const string AppiArticle =
        "個人情報保護法は2005年4月に全面施行され、マイナンバーや指紋などの情報を扱う事業者は、" +
        "5,000人の要件が撤廃された後すべて対象となった。監督は個人情報保護委員会が行い、" +
        "東京都の人口や大阪で開かれた会議の話題とは関係がない。様々な事業者が同様の対応を求められている。";

    public static PiiDetector Detector(params string[] types) =>
        new(new DetectorOptions { Entities = new HashSet<string>(types) });

    /// <summary>The matched text of each finding (offsets point into <paramref name="text"/>).</summary>
    public static string[] Spans(this PiiDetector detector, string text, string? field = null) =>
        [.. detector.Detect(text, field).Select(f => text.Substring(f.Start, f.Length))];

    /// <summary>Runs one recognizer on already folded text, outside the detector (no threshold, no overlap resolution).</summary>
    public static List<Finding> Recognize(IRecognizer recognizer, string foldedText, string? field = null)
    {
        var findings = new List<Finding>();
        var context = new ContextCatalog(BuiltInContextWords.Create(), 40, 20);
        recognizer.Recognize(RecognitionInput.Create(foldedText, field, context), findings);
        return findings;
    }
}
