using System.Security.Cryptography;
using Mamori.Deidentification.Dates;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Operators;
using Mamori.Deidentification.Surrogates;
using Mamori.Detection;
using Mamori.Detection.Validation;
using Xunit;

namespace Mamori.Deidentification.Tests.Operators;

public sealed class OperatorTests
{
    private static readonly KeyRing s_keys = KeyRing.FromKey("test", Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly OperatorContext s_phone = new(EntityTypes.PhoneNumber);
    private static readonly OperatorContext s_name = new(EntityTypes.PersonName);

    [Fact]
    public void Replace_Default_WritesTypedJapaneseTag()
    {
        Assert.Equal("<氏名>", new ReplaceOperator().Apply("山田太郎", s_name));
        Assert.Equal("[削除]", new ReplaceOperator("[削除]").Apply("山田太郎", s_name));
    }

    [Fact]
    public void Redact_AnyValue_IsRemoved() => Assert.Equal(string.Empty, new RedactOperator().Apply("山田太郎", s_name));

    [Theory]
    [InlineData("090-1234-5678", 0, 4, "***-****-5678")]
    [InlineData("０９０－１２３４－５６７８", 0, 4, "＊＊＊－＊＊＊＊－５６７８")]
    [InlineData("山田太郎", 1, 0, "山＊＊＊")]
    [InlineData("taro@example.jp", 1, 0, "t***@*******.**")]
    [InlineData("4111 1111 1111 1111", 0, 4, "**** **** **** 1111")]
    public void Mask_KeepsAskedCharactersAndSeparators(string value, int first, int last, string expected) =>
        Assert.Equal(expected, new MaskOperator(first, last).Apply(value, s_phone));

    [Fact]
    public void KeyedHash_SameValueAnyWidth_GivesSamePseudonym()
    {
        var hash = new KeyedHashOperator(s_keys);

        var half = hash.Apply("090-1234-5678", s_phone);
        var full = hash.Apply("０９０－１２３４－５６７８ ", s_phone);

        Assert.Equal(half, full);
        Assert.Matches("^[0-9a-f]{24}$", half);
        Assert.NotEqual(half, hash.Apply("090-1234-5679", s_phone));
    }

    [Fact]
    public void KeyedHash_OtherTypeOrKey_GivesOtherPseudonym()
    {
        var hash = new KeyedHashOperator(s_keys);
        var otherKey = new KeyedHashOperator(KeyRing.Generate());

        Assert.NotEqual(hash.Apply("12345", s_phone), hash.Apply("12345", s_name));
        Assert.NotEqual(hash.Apply("12345", s_phone), otherKey.Apply("12345", s_phone));
    }

    [Fact]
    public void DeterministicEncryption_RoundTripsAndIsDeterministic()
    {
        using var encrypt = new DeterministicEncryptionOperator(s_keys);

        var token = encrypt.Apply("山田太郎", s_name);

        Assert.Equal(token, encrypt.Apply("山田太郎", s_name));
        Assert.StartsWith("ENC(test:", token, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", token, StringComparison.Ordinal);
        Assert.Equal("山田太郎", encrypt.Restore(token, s_name));
    }

    [Fact]
    public void DeterministicEncryption_WrongKeyOrAlteredToken_RefusesToRestore()
    {
        using var encrypt = new DeterministicEncryptionOperator(s_keys);
        using var otherKey = new DeterministicEncryptionOperator(KeyRing.FromKey("test", new byte[32]));
        var token = encrypt.Apply("山田太郎", s_name);

        Assert.Throws<CryptographicException>(() => otherKey.Restore(token, s_name));
        Assert.Throws<CryptographicException>(() => encrypt.Restore(token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..], s_name));
        Assert.Throws<KeyRingException>(() => new DeterministicEncryptionOperator(KeyRing.Generate()).Restore(token, s_name));
    }

    [Theory]
    [InlineData("090-1234-5678")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("６２１４９８３２０２５７")]
    public void FormatPreserving_KeepsShapeAndRoundTrips(string value)
    {
        var fpe = new FormatPreservingEncryptionOperator(s_keys);

        var encrypted = fpe.Apply(value, s_phone);

        Assert.NotEqual(value, encrypted);
        Assert.Equal(value.Length, encrypted.Length);
        Assert.Equal(value.Select(char.IsDigit), encrypted.Select(char.IsDigit));
        Assert.Equal(value.Where(c => !char.IsDigit(c)), encrypted.Where(c => !char.IsDigit(c)));
        Assert.Equal(value, fpe.Restore(encrypted, s_phone));
    }

    [Fact]
    public void FormatPreserving_FewerThanSixDigits_IsMasked() =>
        Assert.Equal("〒***-**", new FormatPreservingEncryptionOperator(s_keys).Apply("〒123-45", s_phone));

    [Fact]
    public void DateShift_SameSubject_MovesEveryDateByTheSameAmount()
    {
        var shift = new DateShiftOperator(s_keys, maxDays: 30);
        var subject = new OperatorContext(EntityTypes.DateOfBirth) { SubjectKey = "M0001" };

        var first = shift.Apply("2024-01-10", subject);
        var second = shift.Apply("2024-02-10", subject);

        Assert.True(JapaneseDate.TryParse(first, out var a));
        Assert.True(JapaneseDate.TryParse(second, out var b));
        var moved = a!.Date.DayNumber - new DateOnly(2024, 1, 10).DayNumber;
        Assert.InRange(Math.Abs(moved), 1, 30);
        Assert.Equal(moved, b!.Date.DayNumber - new DateOnly(2024, 2, 10).DayNumber);
        Assert.Equal("不明", shift.Apply("不明", subject));
    }

    [Theory]
    [InlineData(DateGranularity.Month, "1985-04")]
    [InlineData(DateGranularity.Year, "1985")]
    [InlineData(DateGranularity.Decade, "1980年代")]
    public void DateGeneralize_EraDate_GivesCoarserGregorianValue(DateGranularity granularity, string expected) =>
        Assert.Equal(expected, new DateGeneralizeOperator(granularity).Apply("昭和60年4月1日", s_name));

    [Fact]
    public void Surrogate_SameInput_SameRealisticSurrogate()
    {
        var surrogate = new SurrogateOperator(s_keys);

        var name = surrogate.Apply("山田 太郎", s_name);

        Assert.Equal(name, surrogate.Apply("山田 太郎", s_name));
        Assert.Contains(' ', name);
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+ [\p{IsCJKUnifiedIdeographs}\p{IsHiragana}]+$", name);
        Assert.Matches("^[ァ-ヺ]+$", surrogate.Apply("ヤマダタロウ", s_name));
    }

    [Fact]
    public void Surrogate_IdentificationNumbers_AreChecksumValidAndShaped()
    {
        var surrogate = new SurrogateOperator(s_keys);

        var myNumber = surrogate.Apply("621498320257", new OperatorContext(EntityTypes.MyNumber));
        var card = surrogate.Apply("5555555555554444", new OperatorContext(EntityTypes.CreditCard));
        var phone = surrogate.Apply("03-1234-5678", s_phone);

        Assert.True(Checksums.IsValidMyNumber(myNumber));
        Assert.NotEqual("621498320257", myNumber);
        Assert.True(Checksums.IsValidLuhn(card.Replace("-", string.Empty, StringComparison.Ordinal)));
        Assert.Matches("^0[789]0-[0-9]{4}-[0-9]{4}$", phone);
        Assert.EndsWith("@example.jp", surrogate.Apply("taro@example.com", new OperatorContext(EntityTypes.EmailAddress)), StringComparison.Ordinal);
    }
}
