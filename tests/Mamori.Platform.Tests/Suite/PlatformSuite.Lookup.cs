using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Theory]
    [InlineData(EntityTypes.EmailAddress, "as-registered")]
    [InlineData(EntityTypes.EmailAddress, "upper-case")]
    [InlineData(EntityTypes.EmailAddress, "full-width")]
    [InlineData(EntityTypes.EmailAddress, "padded")]
    [InlineData(EntityTypes.PhoneNumber, "as-registered")]
    [InlineData(EntityTypes.PhoneNumber, "digits-only")]
    [InlineData(EntityTypes.PhoneNumber, "full-width")]
    [InlineData(EntityTypes.PhoneNumber, "other-hyphens")]
    [InlineData(EntityTypes.PhoneNumber, "international")]
    [InlineData(EntityTypes.PhoneNumber, "parentheses")]
    [InlineData(ItemTypes.MemberId, "as-registered")]
    [InlineData(ItemTypes.MemberId, "lower-case")]
    [InlineData(ItemTypes.MemberId, "full-width")]
    public async Task SearchAsync_ValueWrittenDifferently_FindsTheSubjectThroughTheBlindIndex(string type, string form)
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);
        await World.RegisterAsync(World.NextPerson());
        var value = person.ValueOf(type);
        var written = form switch
        {
            "as-registered" => value,
            "upper-case" => value.ToUpperInvariant(),
            "lower-case" => value.ToLowerInvariant(),
            "full-width" => Fold(value),
            "padded" => "  " + value + "\u3000",
            "digits-only" => value.Replace("-", string.Empty, StringComparison.Ordinal),
            // U+2010 hyphen and U+2212 minus sign, as pasted from documents
            "other-hyphens" => value[..3] + "\u2010" + value[4..8] + "\u2212" + value[9..],
            "international" => "+81 " + value[1..],
            "parentheses" => "(" + value[..3] + ") " + value[4..],
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };

        var found = await Platform.Subjects.SearchAsync(World.Staff, type, written, PlatformSetup.Support, Ct);

        Assert.Equal([subjectId], found);
        Assert.True(form == "as-registered" || written != value, "the variant is the value as registered");
    }

    [Fact]
    public async Task SearchAsync_ValueNobodyHas_FindsNothing()
    {
        var person = World.NextPerson();
        await World.RegisterAsync(person);

        var found = await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, "x" + person.Email, PlatformSetup.Support, Ct);

        Assert.Empty(found);
    }

    [Fact]
    public async Task SearchAsync_BlindIndexInTheDatabase_IsNotTheValueOrItsPlainHash()
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);

        var stored = (await Platform.Store.GetItemsAsync(subjectId, Ct)).Single(i => i.Type == EntityTypes.EmailAddress);

        Assert.NotNull(stored.BlindIndex);
        Assert.Equal(32, stored.BlindIndex!.Length);
        var plain = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(person.Email)));
        Assert.DoesNotContain(stored.BlindIndex, plain, StringComparison.Ordinal);
        Assert.Null((await Platform.Store.GetItemsAsync(subjectId, Ct)).Single(i => i.Type == EntityTypes.PersonName).BlindIndex);
    }
}
