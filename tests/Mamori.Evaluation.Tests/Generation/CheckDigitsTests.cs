using Bogus;
using Mamori.Detection.Validation;
using Mamori.Evaluation.Generation;
using Xunit;

namespace Mamori.Evaluation.Tests.Generation;

public sealed class CheckDigitsTests
{
    [Fact]
    public void MyNumber_PublishedExample_GivesItsCheckDigit() =>
        Assert.Equal(7, CheckDigits.MyNumber("62149832025")); // 621498320257 (DETECTORS.md)

    [Fact]
    public void CorporateNumber_PublishedExample_GivesItsLeadingCheckDigit() =>
        Assert.Equal(5, CheckDigits.CorporateNumber("835678256246")); // 5835678256246 (DETECTORS.md)

    [Fact]
    public void Luhn_HealthInsurerExample_GivesItsCheckDigit() =>
        Assert.Equal(5, CheckDigits.Luhn("3312001")); // 33120015 (DETECTORS.md)

    [Fact]
    public void Ean13_KnownJanCode_IsValid()
    {
        Assert.True(CheckDigits.IsValidEan13("4901234567894"));
        Assert.False(CheckDigits.IsValidEan13("4901234567895"));
    }

    [Fact]
    public void Factory_ManyValues_PassTheDetectorsChecksums()
    {
        var ids = new IdentifierFactory(new Randomizer(11));
        for (var i = 0; i < 2000; i++)
        {
            Assert.True(Checksums.IsValidMyNumber(Digits(ids.MyNumber())), $"My Number #{i} fails its check");
            Assert.True(Checksums.IsValidCorporateNumber(ids.CorporateNumber()), $"corporate number #{i} fails its check");
            Assert.True(Checksums.IsValidLuhn(Digits(ids.CreditCard())), $"card #{i} fails Luhn");
            Assert.True(Checksums.IsValidLuhn(ids.HealthInsurer()), $"insurer number #{i} fails Luhn");
            Assert.True(Checksums.PassesDriversLicenseCheck(ids.DriversLicense()), $"licence #{i} fails the unofficial check");
            Assert.True(CheckDigits.IsValidEan13(ids.JanCode()), $"JAN #{i} fails EAN-13");
        }
    }

    [Fact]
    public void Factory_ChangedCheckDigit_FailsTheDetectorsChecksums()
    {
        var ids = new IdentifierFactory(new Randomizer(12));
        for (var i = 0; i < 500; i++)
        {
            var myNumber = Digits(ids.MyNumber());
            Assert.False(Checksums.IsValidMyNumber(myNumber[..11] + Bump(myNumber[11])), $"altered My Number #{i} still passes");
            var corporate = ids.CorporateNumber();
            Assert.False(Checksums.IsValidCorporateNumber(Bump(corporate[0]) + corporate[1..]), $"altered corporate number #{i} still passes");
            var card = Digits(ids.CreditCard());
            Assert.False(Checksums.IsValidLuhn(card[..^1] + Bump(card[^1])), $"altered card #{i} still passes");
        }
    }

    [Fact]
    public void Factory_Formats_HaveTheDocumentedShapes()
    {
        var ids = new IdentifierFactory(new Randomizer(13));
        for (var i = 0; i < 300; i++)
        {
            Assert.Matches("^[A-Z]{2}[0-9]{7}$", ids.Passport());
            Assert.Matches("^[A-Z]{2}[0-9]{8}[A-Z]{2}$", ids.ResidenceCard());
            Assert.Matches("^[0-9]{11}$", ids.ResidentRecordCode());
            Assert.Matches("^[1-9][0-9]{3}-?[0-9]{6}$", ids.BasicPensionNumber());
            Assert.Matches("^1[0-9]{3}0-[0-9]{7}1$", ids.JapanPostAccount());
            Assert.Matches("^0(70|80|90)-[1-9][0-9]{3}-[0-9]{4}$", ids.MobilePhone());
            Assert.Equal(10, Digits(ids.FixedPhone()).Length);
            Assert.Matches("^(0120-[1-9][0-9]{2}-[0-9]{3}|0800-[1-9][0-9]{2}-[0-9]{4}|0570-[1-9][0-9]{2}-[0-9]{3})$", ids.ServicePhone());
            Assert.Matches("^[0-9]{3}-[0-9]{4}$", ids.PostalCode());
            Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$", ids.Uuid(upper: true));
            var tracking = Digits(ids.TrackingNumber());
            Assert.Equal(long.Parse(tracking[..11], System.Globalization.CultureInfo.InvariantCulture) % 7, tracking[11] - '0');
        }
    }

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    private static string Bump(char digit) => ((char)('0' + ((digit - '0' + 1) % 10))).ToString();
}
