using Xunit;
using static Mamori.Detection.Tests.DetectorHarness;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class ContactRecognizerTests
{
    [Theory]
    [InlineData("携帯は090-1234-5678です", "090-1234-5678")]
    [InlineData("TEL:03-1234-5678", "03-1234-5678")]
    [InlineData("電話09012345678まで", "09012345678")]
    [InlineData("０９０－１２３４－５６７８", "０９０－１２３４－５６７８")]
    [InlineData("代表03(1234)5678", "03(1234)5678")]
    [InlineData("窓口(03)1234-5678", "(03)1234-5678")]
    [InlineData("Call +81-90-1234-5678 now", "+81-90-1234-5678")]
    [InlineData("+81 3 1234 5678", "+81 3 1234 5678")]
    [InlineData("フリーダイヤル0120-123-456", "0120-123-456")]
    [InlineData("IP電話 050-1234-5678", "050-1234-5678")]
    [InlineData("大阪06-6123-4567", "06-6123-4567")]
    [InlineData("TEL0312345678", "0312345678")]
    public void Phone_JapaneseNumberingPlan_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.PhoneNumber, expected), Assert.Single(Find(text, EntityTypes.PhoneNumber)));

    [Theory]
    [InlineData("注文番号 ORD-090-1234-5678")]
    [InlineData("金額 1234567890円")]
    [InlineData("ver 090.1234.5678")]
    [InlineData("001-1234-5678")]
    [InlineData("2024-03-15 10:30")]
    public void Phone_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.PhoneNumber));

    [Fact]
    public void Phone_PhoneIsNotAlsoPostalCodeOrBankAccount()
    {
        var findings = Findings("〒なし 口座 普通 連絡先 090-1234-5678");

        var finding = Assert.Single(findings);
        Assert.Equal(EntityTypes.PhoneNumber, finding.Type);
    }

    [Theory]
    [InlineData("連絡はtaro.yamada@example.co.jpまで", "taro.yamada@example.co.jp")]
    [InlineData("mail: a+b@ex-ample.com.", "a+b@ex-ample.com")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]
    public void Email_InJapaneseText_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.EmailAddress, expected), Assert.Single(Find(text, EntityTypes.EmailAddress)));

    [Theory]
    [InlineData("user@localhost")]
    [InlineData("@example.com")]
    [InlineData("a@b.c")]
    [InlineData("価格@100円")]
    public void Email_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.EmailAddress));

    [Theory]
    [InlineData("〒100-8914 東京都千代田区永田町1-6-1", "100-8914")]
    [InlineData("郵便番号：1008914", null)]
    [InlineData("〒1008914", "1008914")]
    [InlineData("郵便番号 100-8914", "100-8914")]
    [InlineData("〒１００－８９１４", "１００－８９１４")]
    [InlineData("100-8914 千代田区永田町", "100-8914")]
    public void PostalCode_WithMarkContextOrAddress_IsFound(string text, string? expected)
    {
        var found = Find(text, EntityTypes.PostalCode);
        if (expected is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Equal((EntityTypes.PostalCode, expected), Assert.Single(found));
        }
    }

    [Theory]
    [InlineData("携帯 090-1234-5678")]
    [InlineData("部品 100-8914 を 3 個")]
    [InlineData("〒100-89145")]
    public void PostalCode_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.PostalCode));
}
