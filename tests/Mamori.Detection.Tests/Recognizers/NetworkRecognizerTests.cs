using Xunit;
using static Mamori.Detection.Tests.DetectorHarness;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class NetworkRecognizerTests
{
    [Theory]
    [InlineData("接続元IP 203.0.113.45 からログイン", "203.0.113.45")]
    [InlineData("remote=198.51.100.7;", "198.51.100.7")]
    [InlineData("アクセス元は２０３．０．１１３．４５", "２０３．０．１１３．４５")]
    [InlineData("client 2001:db8::8a2e:370:7334 connected", "2001:db8::8a2e:370:7334")]
    [InlineData("from fe80:0000:0000:0000:0202:b3ff:fe1e:8329 host", null)]
    public void IpAddress_Valid_IsFound(string text, string? expected)
    {
        var found = Find(text, EntityTypes.IpAddress);
        if (expected is null)
        {
            Assert.Empty(found); // link-local addresses identify no one outside the link
        }
        else
        {
            Assert.Equal((EntityTypes.IpAddress, expected), Assert.Single(found));
        }
    }

    [Theory]
    [InlineData("version v1.2.3.4")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("10:30:00 に開始")]
    [InlineData("127.0.0.1")]
    [InlineData("2024.03.15")]
    public void IpAddress_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.IpAddress));

    [Theory]
    [InlineData("広告ID（IDFA）: 6D92078A-8246-4BA4-AE5B-76104861E7DC", "6D92078A-8246-4BA4-AE5B-76104861E7DC")]
    [InlineData("_ga=GA1.2.1234567890.1609459200", "GA1.2.1234567890.1609459200")]
    [InlineData("_fbp=fb.1.1596403881668.1116446470", "fb.1.1596403881668.1116446470")]
    public void OnlineIdentifier_AdIdsAndCookies_AreFound(string text, string expected) =>
        Assert.Equal((EntityTypes.OnlineIdentifier, expected), Assert.Single(Find(text, EntityTypes.OnlineIdentifier)));

    [Theory]
    [InlineData("ログ：時刻：10:30 {\"session_id\":\"a8f5f167f44f4964e6c998dee827110c\"}", "a8f5f167f44f4964e6c998dee827110c")]
    [InlineData("GET /p?x=1&sid=9f86d081884c7d659a2feaa0c55ad015 HTTP/1.1", "9f86d081884c7d659a2feaa0c55ad015")]
    public void OnlineIdentifier_TokenUnderAnIdentifierKey_IsFoundAmongOtherColonsAndEquals(string text, string expected) =>
        Assert.Equal((EntityTypes.OnlineIdentifier, expected), Assert.Single(Find(text, EntityTypes.OnlineIdentifier)));

    [Fact]
    public void OnlineIdentifier_BareUuid_IsNotReported() =>
        Assert.Empty(Find("注文 6d92078a-8246-4ba4-ae5b-76104861e7dc を出荷", EntityTypes.OnlineIdentifier));

    [Fact]
    public void OnlineIdentifier_OpaqueTokenInCookieColumn_IsFound() =>
        Assert.Single(FindInField("a8f5f167f44f4964e6c998dee827110c", "cookie_id", EntityTypes.OnlineIdentifier));

    [Fact]
    public void Biometric_FaceEmbeddingInNamedField_IsFound()
    {
        var vector = "[" + string.Join(", ", Enumerable.Range(0, 128).Select(i => (i % 7 * 0.013 - 0.04).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))) + "]";

        var findings = Findings(vector, "顔特徴量", types: EntityTypes.Biometric);

        var finding = Assert.Single(findings);
        Assert.Equal(PiiCategory.IdentificationCode, finding.Category);
        Assert.Equal(vector.Length, finding.Length);
    }

    [Fact]
    public void Biometric_ShortVectorOrNoContext_IsNotReported()
    {
        var shortVector = "[0.1, 0.2, 0.3]";
        var longVector = string.Join(",", Enumerable.Repeat("0.5", 128));

        Assert.Empty(FindInField(shortVector, "embedding", EntityTypes.Biometric));
        Assert.Empty(FindInField(longVector, "score", EntityTypes.Biometric));
    }

    [Fact]
    public void Biometric_FingerprintRecordHeader_IsFound() =>
        Assert.Single(Find("FMR\0 20\0\0\0", EntityTypes.Biometric));
}
