using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task GetAsync_Marketer_SeesNameAndPhoneMasked()
    {
        var subjectId = await World.RegisterAsync(SyntheticPerson.Create(0));

        var view = await Platform.Subjects.GetAsync(World.Marketer, subjectId, PlatformSetup.Support, Ct);

        Assert.Equal("山田 *", Value(view, EntityTypes.PersonName));
        Assert.Equal("090-****-5678", Value(view, EntityTypes.PhoneNumber));
        Assert.All(view.Items, i => Assert.True(i.Masked, i.Type));
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.PrivacyOfficer)]
    [InlineData(Role.Staff)]
    public async Task GetAsync_RolesThatNeedValues_SeeThemInFull(Role role)
    {
        var person = SyntheticPerson.Create(0);
        var subjectId = await World.RegisterAsync(person);

        var view = await Platform.Subjects.GetAsync(World.Callers[role], subjectId, PlatformSetup.Support, Ct);

        Assert.Equal(PlatformSetup.SupportItems.Order(), view.Items.Select(i => i.Type).Order());
        Assert.All(view.Items, i => Assert.Equal(person.ValueOf(i.Type), i.Value));
        Assert.All(view.Items, i => Assert.False(i.Masked, i.Type));
    }

    [Fact]
    public async Task GetAsync_MarketerForAPurposeNeedingTheFullEmail_SeesTheEmailOnly()
    {
        var person = SyntheticPerson.Create(0);
        var subjectId = await World.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));

        var view = await Platform.Subjects.GetAsync(World.Marketer, subjectId, PlatformSetup.EmailMarketing, Ct);

        Assert.Equal(person.Email, Value(view, EntityTypes.EmailAddress));
        Assert.Equal("山田 *", Value(view, EntityTypes.PersonName));
        Assert.Equal("090-****-5678", Value(view, EntityTypes.PhoneNumber));
        Assert.Equal([PlatformSetup.EmailMarketing], (await Platform.Purposes.AllAsync(Ct)).Where(p => p.FullValueItemTypes.Count > 0).Select(p => p.Code));
    }

    [Fact]
    public async Task WriteCsvAsync_MarketerExport_MaskedExceptWhatThePurposeNeeds()
    {
        var person = SyntheticPerson.Create(0);
        var subjectId = await World.RegisterAsync(person, null, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"));
        var unconsented = await World.RegisterAsync(World.NextPerson());
        var export = await Platform.Exports.RequestAsync(World.Marketer, PlatformSetup.EmailMarketing, Ct);
        var csv = new StringWriter();

        var completed = await Platform.Exports.WriteCsvAsync(World.Marketer, export.Id, csv, Ct);

        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var row = Assert.Single(lines, l => l.StartsWith(subjectId + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(person.Email, row[Array.IndexOf(header, EntityTypes.EmailAddress)]);
        Assert.Equal("山田 *", row[Array.IndexOf(header, EntityTypes.PersonName)]);
        Assert.Equal("090-****-5678", row[Array.IndexOf(header, EntityTypes.PhoneNumber)]);
        Assert.DoesNotContain(lines, l => l.StartsWith(unconsented + ",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(completed.TraceMark!, StringComparison.Ordinal));
        Assert.Equal(completed.Id, (await Platform.Exports.TraceAsync(csv.ToString(), Ct))?.Id);
    }

    private static string Value(SubjectView view, string type) => Assert.Single(view.Items, i => i.Type == type).Value;
}
