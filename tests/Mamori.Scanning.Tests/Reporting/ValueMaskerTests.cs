using Mamori.Detection;
using Mamori.Scanning.Reporting;
using Xunit;

namespace Mamori.Scanning.Tests.Reporting;

public sealed class ValueMaskerTests
{
    [Theory]
    [InlineData("090-1234-5678", PiiCategory.Personal, "090-****-5678")]
    [InlineData("1234 5678 9012", PiiCategory.IdentificationCode, "**** **** 9012")]
    [InlineData("taro@example.com", PiiCategory.Personal, "t***@example.com")]
    [InlineData("山田", PiiCategory.Personal, "山*")]
    [InlineData("山田太郎", PiiCategory.Personal, "山***")]
    [InlineData("X", PiiCategory.Personal, "*")]
    public void Mask_Value_HidesMostCharacters(string value, PiiCategory category, string expected) =>
        Assert.Equal(expected, ValueMasker.Mask(value, category));
}
