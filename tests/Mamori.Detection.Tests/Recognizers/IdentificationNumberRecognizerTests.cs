using Xunit;
using static Mamori.Detection.Tests.DetectorHarness;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class IdentificationNumberRecognizerTests
{
    [Theory]
    [InlineData("マイナンバー：621498320257", "621498320257")]
    [InlineData("個人番号は6214 9832 0257です", "6214 9832 0257")]
    [InlineData("番号6214-9832-0257を控える", "6214-9832-0257")]
    [InlineData("マイナンバー６２１４９８３２０２５７を提出", "６２１４９８３２０２５７")]
    [InlineData("my number: 123456789018", "123456789018")]
    public void MyNumber_ValidWithContextOrGrouping_IsFound(string text, string expected)
    {
        var found = Assert.Single(Find(text, EntityTypes.MyNumber));
        Assert.Equal((EntityTypes.MyNumber, expected), found);
    }

    [Theory]
    [InlineData("マイナンバー：621498320258")]        // wrong check digit
    [InlineData("注文番号 621498320257")]            // checksum alone, no context, ungrouped
    [InlineData("マイナンバー：6214983202571")]       // 13 digits
    [InlineData("ID A621498320257")]                 // part of a code
    [InlineData("免許証番号 621498320257")]            // licence context
    public void MyNumber_NearMisses_AreNotReported(string text) =>
        Assert.Empty(Find(text, EntityTypes.MyNumber));

    [Fact]
    public void MyNumber_ColumnHeaderAsContext_IsFound() =>
        Assert.Single(FindInField("621498320257", "個人番号", EntityTypes.MyNumber));

    [Fact]
    public void MyNumber_ConfidenceIsGraded_ChecksumAndContextAboveChecksumAboveContext()
    {
        var both = Findings("マイナンバー 621498320257", minConfidence: 0, types: EntityTypes.MyNumber).Single().Confidence;
        var checksumOnly = Findings("番号 621498320257", minConfidence: 0, types: EntityTypes.MyNumber).Single().Confidence;
        var contextOnly = Findings("マイナンバー 621498320258", minConfidence: 0, types: EntityTypes.MyNumber).Single().Confidence;

        Assert.True(both > checksumOnly, $"{both} <= {checksumOnly}");
        Assert.True(checksumOnly > contextOnly, $"{checksumOnly} <= {contextOnly}");
    }

    [Fact]
    public void CorporateNumber_Valid_IsReportedAsNotPersonalAndNeverAsMyNumber()
    {
        var findings = Findings("法人番号：5835678256246（株式会社サンプル）");

        var finding = Assert.Single(findings);
        Assert.Equal(EntityTypes.CorporateNumber, finding.Type);
        Assert.Equal(PiiCategory.NotPersonal, finding.Category);
    }

    [Fact]
    public void CorporateNumber_InvoiceNumber_IsNotReported() =>
        Assert.Empty(Find("登録番号 T5835678256246", EntityTypes.CorporateNumber, EntityTypes.MyNumber));

    [Theory]
    [InlineData("運転免許証番号：301212345610", "301212345610")]
    [InlineData("免許証 301212345620", "301212345620")] // unofficial check fails: still reported, with less confidence
    public void DriversLicense_WithContext_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.DriversLicense, expected), Assert.Single(Find(text, EntityTypes.DriversLicense)));

    [Fact]
    public void DriversLicense_CheckDigitRaisesConfidence()
    {
        var pass = Findings("免許証 301212345610", types: EntityTypes.DriversLicense).Single().Confidence;
        var fail = Findings("免許証 301212345620", types: EntityTypes.DriversLicense).Single().Confidence;
        Assert.True(pass > fail);
    }

    [Fact]
    public void DriversLicense_WithoutContext_IsNotReported() =>
        Assert.Empty(Find("伝票 301212345610", EntityTypes.DriversLicense));

    [Theory]
    [InlineData("パスポート番号はTK1234567です", "TK1234567")]
    [InlineData("旅券：ＴＫ１２３４５６７", "ＴＫ１２３４５６７")]
    public void Passport_WithContext_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.Passport, expected), Assert.Single(Find(text, EntityTypes.Passport)));

    [Theory]
    [InlineData("型番TK1234567の在庫")]
    [InlineData("パスポート XTK1234567")]
    [InlineData("パスポート TK12345678")]
    public void Passport_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.Passport));

    [Theory]
    [InlineData("在留カード番号：AB12345678CD", "AB12345678CD")]
    [InlineData("カードはAB12345678CDです", "AB12345678CD")]
    public void ResidenceCard_Shape_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.ResidenceCard, expected), Assert.Single(Find(text, EntityTypes.ResidenceCard)));

    [Fact]
    public void ResidenceCard_LongerCode_IsNotReported() => Assert.Empty(Find("ABC12345678CD", EntityTypes.ResidenceCard));

    [Fact]
    public void ResidentRecordCode_WithContext_IsFound() =>
        Assert.Equal((EntityTypes.ResidentRecordCode, "12345678901"), Assert.Single(Find("住民票コード12345678901", EntityTypes.ResidentRecordCode)));

    [Fact]
    public void ResidentRecordCode_WithoutContext_IsNotReported() =>
        Assert.Empty(Find("伝票番号 12345678901", EntityTypes.ResidentRecordCode));

    [Theory]
    [InlineData("基礎年金番号：1234-567890", "1234-567890")]
    [InlineData("年金手帳の番号は1234567890", "1234567890")]
    public void BasicPension_WithContext_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.BasicPensionNumber, expected), Assert.Single(Find(text, EntityTypes.BasicPensionNumber)));

    [Theory]
    [InlineData("品番 1234-567890")]
    [InlineData("ねんきん定期便の照会番号 1234-567890-12")]
    public void BasicPension_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.BasicPensionNumber));

    [Theory]
    [InlineData("保険者番号：33120015", "33120015")]
    [InlineData("保険証 記号 1234 番号 56", "1234 番号 56")]
    [InlineData("国民健康保険 保険者番号 138016", "138016")]
    public void HealthInsurance_WithContext_IsFound(string text, string expected) =>
        Assert.Equal((EntityTypes.HealthInsurance, expected), Assert.Single(Find(text, EntityTypes.HealthInsurance)));

    [Theory]
    [InlineData("保険者番号：33120016")]   // Luhn fails
    [InlineData("伝票 33120015")]          // no context
    [InlineData("ゆうちょ 記号 12345 番号 67890121 保険料")]
    public void HealthInsurance_NearMisses_AreNotReported(string text) => Assert.Empty(Find(text, EntityTypes.HealthInsurance));
}
