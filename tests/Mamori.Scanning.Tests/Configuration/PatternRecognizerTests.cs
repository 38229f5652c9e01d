using Mamori.Detection;
using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Scanning.Tests.Configuration;

public sealed class PatternRecognizerTests
{
    [Theory]
    [InlineData(PatternValidator.MyNumber, "番号 6214 9832 0257", true)]
    [InlineData(PatternValidator.MyNumber, "番号 6214 9832 0258", false)]
    [InlineData(PatternValidator.Luhn, "番号 4111 1111 1111 1111", true)]
    [InlineData(PatternValidator.Luhn, "番号 4111 1111 1111 1112", false)]
    public void Recognize_StrictValidator_DropsFailingMatches(PatternValidator validator, string text, bool found)
    {
        var recognizer = new PatternRecognizer("test", "TEST_ID", PiiCategory.IdentificationCode, "[0-9]{4}( [0-9]{4})+", validator: validator, score: 0.8);
        using var detector = new PiiDetector(new DetectorOptions(), [recognizer]);

        Assert.Equal(found, detector.Detect(text).Count == 1);
    }

    [Fact]
    public void Recognize_AdvisoryDriversLicenseFailure_LowersScore()
    {
        var recognizer = new PatternRecognizer("dl", EntityTypes.DriversLicense, PiiCategory.IdentificationCode, "[0-9]{12}", validator: PatternValidator.DriversLicense, score: 0.8);
        using var detector = new PiiDetector(new DetectorOptions { MinConfidence = 0 }, [recognizer]);

        var finding = Assert.Single(detector.Detect("123456789000"));

        Assert.True(finding.Confidence < 0.8);
    }

    [Fact]
    public void Recognize_FullWidthDigits_MatchOnFoldedTextAndMapBack()
    {
        var recognizer = new PatternRecognizer("emp", "EMPLOYEE_ID", PiiCategory.Personal, "EMP-[0-9]{4}", score: 0.9);
        using var detector = new PiiDetector(new DetectorOptions(), [recognizer]);

        var finding = Assert.Single(detector.Detect("社員：ＥＭＰ－１２３４"));

        Assert.Equal((3, 8), (finding.Start, finding.Length));
    }

    [Fact]
    public void Constructor_InvalidRegex_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new PatternRecognizer("bad", "X", PiiCategory.Personal, "("));
}
