using Mamori.Deidentification.Keys;
using Xunit;

namespace Mamori.Deidentification.Tests.Keys;

public sealed class KeyRingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mamori-keys-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Save_NewFile_IsOwnerOnlyAndLoadsBackTheSameKeys()
    {
        var path = Path.Combine(_folder, "keys.json");
        var ring = KeyRing.Generate();

        ring.Save(path);
        var loaded = KeyRing.Load(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(ring.ActiveKeyId, loaded.ActiveKeyId);
        Assert.Equal(ring.Derive(KeyPurpose.KeyedHash), loaded.Derive(KeyPurpose.KeyedHash));
    }

    [Fact]
    public void Save_ExistingFile_IsNeverOverwritten()
    {
        var path = Path.Combine(_folder, "keys.json");
        KeyRing.Generate().Save(path);
        var before = File.ReadAllText(path);

        Assert.Throws<KeyRingException>(() => KeyRing.Generate().Save(path));
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"keys\":[]}")]
    [InlineData("{\"active\":\"a\",\"keys\":[{\"id\":\"a\",\"material\":\"AAAA\"}]}")]
    [InlineData("{\"active\":\"b\",\"keys\":[{\"id\":\"a\",\"material\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}")]
    public void Load_MalformedFile_ThrowsKeyRingException(string content)
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, content);

        var ex = Assert.Throws<KeyRingException>(() => KeyRing.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysHowToCreateOne()
    {
        var ex = Assert.Throws<KeyRingException>(() => KeyRing.Load(Path.Combine(_folder, "none.json")));

        Assert.Contains("mamori keys create", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_DifferentPurposes_GiveDifferentKeys()
    {
        var ring = KeyRing.Generate();

        Assert.NotEqual(ring.Derive(KeyPurpose.KeyedHash), ring.Derive(KeyPurpose.Surrogate));
        Assert.Equal(64, ring.Derive(KeyPurpose.DeterministicEncryption).Length);
        Assert.Throws<KeyRingException>(() => ring.Derive(KeyPurpose.KeyedHash, "unknown"));
    }
}
