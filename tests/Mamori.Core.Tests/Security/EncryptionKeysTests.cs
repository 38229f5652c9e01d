using System.Security.Cryptography;
using Mamori.Core.Security;
using Mamori.Deidentification.Keys;
using Mamori.Detection;
using Xunit;

namespace Mamori.Core.Tests.Security;

public sealed class EncryptionKeysTests
{
    private static readonly KeyRing s_ring = KeyRing.FromKey("k1", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Values_SealedUnderADataKey_OpenOnlyForTheirSubjectAndType()
    {
        var dataKey = EncryptionKeys.NewDataKey();

        var blob = EncryptionKeys.EncryptValue(dataKey, "S1", EntityTypes.EmailAddress, "taro@example.jp");

        Assert.Equal("taro@example.jp", EncryptionKeys.DecryptValue(dataKey, "S1", EntityTypes.EmailAddress, blob));
        Assert.ThrowsAny<CryptographicException>(() => EncryptionKeys.DecryptValue(dataKey, "S2", EntityTypes.EmailAddress, blob));
        Assert.ThrowsAny<CryptographicException>(() => EncryptionKeys.DecryptValue(dataKey, "S1", EntityTypes.PhoneNumber, blob));
        Assert.Equal(-1, blob.AsSpan().IndexOf("taro"u8));
    }

    [Fact]
    public void EncryptValue_OneCipherForManyValues_OpensLikeTheKeyOverload()
    {
        var dataKey = EncryptionKeys.NewDataKey();
        using var cipher = EncryptionKeys.Cipher(dataKey);
        var longValue = new string('東', 600); // beyond the stack buffer

        var blobs = new[] { "taro@example.jp", "山田 太郎", string.Empty, longValue }.Select(v => EncryptionKeys.EncryptValue(cipher, "S1", EntityTypes.PersonName, v)).ToList();

        Assert.Equal(["taro@example.jp", "山田 太郎", string.Empty, longValue], blobs.Select(b => EncryptionKeys.DecryptValue(dataKey, "S1", EntityTypes.PersonName, b)));
        Assert.ThrowsAny<CryptographicException>(() => EncryptionKeys.DecryptValue(dataKey, "S1", EntityTypes.EmailAddress, blobs[0]));
        Assert.NotEqual(blobs[0].AsSpan(0, 12).ToArray(), EncryptionKeys.EncryptValue(cipher, "S1", EntityTypes.PersonName, "taro@example.jp").AsSpan(0, 12).ToArray());
    }

    [Fact]
    public void Rewrap_AfterRotation_UnwrapsWithTheNewKeyOnly()
    {
        var keys = new EncryptionKeys(s_ring, "k1");
        var dataKey = EncryptionKeys.NewDataKey();
        var wrapped = keys.Wrap("S1", dataKey);
        var rotatedRing = s_ring.WithNewActiveKey();
        var rotated = new EncryptionKeys(rotatedRing, "k1");

        var rewrapped = rotated.Rewrap("S1", wrapped);

        Assert.NotEqual("k1", rewrapped.MasterKeyId);
        Assert.Equal(dataKey, rotated.Unwrap("S1", rewrapped));
        Assert.Throws<KeyRingException>(() => keys.Unwrap("S1", rewrapped));
    }

    [Theory]
    [InlineData(EntityTypes.EmailAddress, "Taro@Example.JP ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]
    [InlineData(EntityTypes.PhoneNumber, "090-1234-5678", "+81 90 1234 5678")]
    [InlineData(EntityTypes.PhoneNumber, "０９０－１２３４－５６７８", "09012345678")]
    public void BlindIndex_SameValueWrittenDifferently_MatchesAndIsKeyed(string type, string a, string b)
    {
        var keys = new EncryptionKeys(s_ring, "k1");
        var otherKeys = new EncryptionKeys(KeyRing.FromKey("k1", new byte[32]), "k1");

        Assert.Equal(keys.BlindIndex(type, a), keys.BlindIndex(type, b));
        Assert.NotEqual(keys.BlindIndex(type, a), otherKeys.BlindIndex(type, a));
    }
}
