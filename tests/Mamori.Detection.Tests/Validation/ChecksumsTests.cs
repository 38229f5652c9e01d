using Mamori.Detection.Validation;
using Xunit;

namespace Mamori.Detection.Tests.Validation;

public sealed class ChecksumsTests
{
    [Theory]
    [InlineData("621498320257", true)]
    [InlineData("123456789018", true)]
    [InlineData("621498320258", false)]
    [InlineData("62149832025", false)]
    [InlineData("62149832025a", false)]
    public void IsValidMyNumber_KnownValues_MatchesCheckDigit(string digits, bool expected) =>
        Assert.Equal(expected, Checksums.IsValidMyNumber(digits));

    [Theory]
    [InlineData("5835678256246", true)]
    [InlineData("2010401000001", true)]
    [InlineData("4835678256246", false)]
    public void IsValidCorporateNumber_KnownValues_MatchesCheckDigit(string digits, bool expected) =>
        Assert.Equal(expected, Checksums.IsValidCorporateNumber(digits));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("33120015", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("1", false)]
    public void IsValidLuhn_KnownValues_MatchesCheckDigit(string digits, bool expected) =>
        Assert.Equal(expected, Checksums.IsValidLuhn(digits));

    [Theory]
    [InlineData("301212345610", true)]
    [InlineData("301212345620", false)]
    public void PassesDriversLicenseCheck_KnownValues_MatchesUnofficialCheck(string digits, bool expected) =>
        Assert.Equal(expected, Checksums.PassesDriversLicenseCheck(digits));
}
