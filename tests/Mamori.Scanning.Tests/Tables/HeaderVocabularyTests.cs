using Mamori.Detection;
using Mamori.Scanning.Tables;
using Xunit;

namespace Mamori.Scanning.Tests.Tables;

public sealed class HeaderVocabularyTests
{
    [Theory]
    [InlineData("氏名", EntityTypes.PersonName)]
    [InlineData("お名前（カナ）", EntityTypes.PersonName)]
    [InlineData("フリガナ", EntityTypes.PersonName)]
    [InlineData("姓", EntityTypes.PersonName)]
    [InlineData("customer_name", EntityTypes.PersonName)]
    [InlineData("lastName", EntityTypes.PersonName)]
    [InlineData("住所", EntityTypes.Address)]
    [InlineData("電話番号", EntityTypes.PhoneNumber)]
    [InlineData("ＴＥＬ", EntityTypes.PhoneNumber)]
    [InlineData("メールアドレス", EntityTypes.EmailAddress)]
    [InlineData("email_address", EntityTypes.EmailAddress)]
    [InlineData("生年月日", EntityTypes.DateOfBirth)]
    [InlineData("birthday", EntityTypes.DateOfBirth)]
    [InlineData("郵便番号", EntityTypes.PostalCode)]
    [InlineData("zip", EntityTypes.PostalCode)]
    [InlineData("マイナンバー", EntityTypes.MyNumber)]
    [InlineData("cookie_id", EntityTypes.OnlineIdentifier)]
    [InlineData("IDFA", EntityTypes.OnlineIdentifier)]
    [InlineData("ip_address", EntityTypes.IpAddress)]
    [InlineData("顔特徴量", EntityTypes.Biometric)]
    [InlineData("face_embedding", EntityTypes.Biometric)]
    [InlineData("性別", ColumnTypes.Gender)]
    [InlineData("会員番号", ColumnTypes.MemberId)]
    [InlineData("病名", EntityTypes.SpecialCare)]
    public void Match_KnownHeader_ReturnsType(string header, string expected) =>
        Assert.Equal(expected, HeaderVocabulary.Match(header));

    [Theory]
    [InlineData("file_name")]
    [InlineData("productName")]
    [InlineData("hostname")]
    [InlineData("商品名")]
    [InlineData("price")]
    [InlineData("zipper_size")]
    [InlineData("")]
    public void Match_OtherHeader_ReturnsNull(string header) => Assert.Null(HeaderVocabulary.Match(header));

    [Fact]
    public void LooksLikeVector_FloatList_True()
    {
        var vector = "[" + string.Join(", ", Enumerable.Range(0, 128).Select(i => (i / 100.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))) + "]";

        Assert.True(ColumnStats.LooksLikeVector(vector));
        Assert.False(ColumnStats.LooksLikeVector("1, 2, 3"));
    }
}
