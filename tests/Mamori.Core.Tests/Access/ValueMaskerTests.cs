using Mamori.Core.Access;
using Mamori.Detection;
using Xunit;

namespace Mamori.Core.Tests.Access;

public sealed class ValueMaskerTests
{
    [Theory]
    [InlineData(EntityTypes.PersonName, "山田 太郎", "山田 *")]
    [InlineData(EntityTypes.PersonName, "山田太郎", "山田 *")]
    [InlineData(EntityTypes.PhoneNumber, "090-1234-5678", "090-****-5678")]
    [InlineData(EntityTypes.EmailAddress, "taro@example.jp", "t***@example.jp")]
    [InlineData(EntityTypes.Address, "東京都千代田区永田町1-6-1", "東京都＊＊＊")]
    [InlineData(EntityTypes.DateOfBirth, "1985-04-01", "1985-**-**")]
    [InlineData(EntityTypes.MyNumber, "621498320257", "************")]
    public void Mask_KnownTypes_GiveTheMarketerView(string type, string value, string expected) =>
        Assert.Equal(expected, ValueMasker.Mask(type, value));
}
