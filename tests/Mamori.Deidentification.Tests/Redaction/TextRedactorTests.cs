using Mamori.Deidentification.Redaction;
using Mamori.Detection;
using Xunit;

namespace Mamori.Deidentification.Tests.Redaction;

public sealed class TextRedactorTests : IDisposable
{
    private readonly PiiDetector _detector = new(new DetectorOptions());

    public void Dispose() => _detector.Dispose();

    [Fact]
    public void Redact_ReplaceProfile_TagsEachFindingAndKeepsTheRest()
    {
        var redactor = new TextRedactor(_detector, RedactionProfile.ReplaceAll);
        var summary = new RedactionSummary();

        var output = redactor.Redact("連絡先: 090-1234-5678 / taro@example.com まで。", summary: summary);

        Assert.Equal("連絡先: <電話番号> / <メールアドレス> まで。", output);
        Assert.Equal(2, summary.Total);
    }

    [Fact]
    public void Redact_CorporateNumber_IsNotPersonalAndStays()
    {
        var redactor = new TextRedactor(_detector, RedactionProfile.ReplaceAll);
        const string text = "法人番号 8700110005901 の取引先";

        Assert.Equal(text, redactor.Redact(text));
    }

    [Theory]
    [InlineData("清水様は以前から乳がんで他院に通院中とのこと。", "以前から<要配慮個人情報>中とのこと。")]
    [InlineData("山田さんはキリスト教を信仰しており、配慮を希望。", "<要配慮個人情報>しており、配慮を希望。")]
    public void Redact_SpecialCareWithTreatmentWords_RemovesTheWholeStatement(string text, string expectedEnd)
    {
        var redactor = new TextRedactor(_detector, RedactionProfile.ReplaceAll);

        var output = redactor.Redact(text);

        Assert.EndsWith(expectedEnd, output, StringComparison.Ordinal);
        Assert.DoesNotContain(_detector.Detect(output), f => f.Type == EntityTypes.SpecialCare);
    }
}
