using Xunit;
using static Mamori.Detection.Tests.DetectorHarness;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class FinancialRecognizerTests
{
    [Theory]
    [InlineData("カード番号：4111 1111 1111 1111", "4111 1111 1111 1111")]
    [InlineData("お支払いは4111-1111-1111-1111で", "4111-1111-1111-1111")]
    [InlineData("5555555555554444", "5555555555554444")]
    [InlineData("AMEX 3782 822463 10005", "3782 822463 10005")]
    [InlineData("JCBカード３５３０１１１３３３３０００００", "３５３０１１１３３３３０００００")]
    public void CreditCard_LuhnValidKnownIssuer_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.CreditCard, expected), Assert.Single(Find(text, EntityTypes.CreditCard)));

    [Theory]
    [InlineData("カード番号：4111 1111 1111 1112")]   // Luhn fails
    [InlineData("JANコード 4901234567894")]          // 13-digit product code
    [InlineData("4111 11111 111 1111")]              // not a card grouping
    [InlineData("追跡番号 9111111111111111")]         // Luhn-valid but no issuer, no context
    public void CreditCard_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.CreditCard));

    [Theory]
    [InlineData("振込先：三菱UFJ銀行 渋谷支店 普通 1234567", "1234567")]
    [InlineData("当座預金口座番号：7654321", "7654321")]
    [InlineData("口座番号は1234567です", "1234567")]
    [InlineData("ゆうちょ銀行 記号12340 番号12345671", "12340 番号12345671")]
    [InlineData("ゆうちょ口座 12340-12345671", "12340-12345671")]
    public void BankAccount_WithTypeOrContext_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.BankAccount, expected), Assert.Single(Find(text, EntityTypes.BankAccount)));

    [Theory]
    [InlineData("注文番号 1234567")]
    [InlineData("普通 12345678")]
    [InlineData("ゆうちょ 12340-12345672")]
    public void BankAccount_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.BankAccount));
}
