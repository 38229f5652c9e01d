using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    private static readonly Role[] s_everyone = Enum.GetValues<Role>();
    private static readonly Role[] s_writers = [Role.Administrator, Role.PrivacyOfficer, Role.Staff, Role.Contractor];
    private static readonly Role[] s_governors = [Role.Administrator, Role.PrivacyOfficer];

    /// <summary>Who may do what (issue 5): every use case × role, allowed or refused.</summary>
    private static readonly Dictionary<UseCase, Role[]> s_allowed = new()
    {
        [UseCase.Register] = s_writers,
        [UseCase.Get] = s_everyone,
        [UseCase.Search] = s_everyone,
        [UseCase.AddItems] = s_writers,
        [UseCase.AddEvents] = s_writers,
        [UseCase.Erase] = [Role.PrivacyOfficer],
        [UseCase.Suspend] = [Role.PrivacyOfficer],
        [UseCase.RecordConsent] = s_writers,
        [UseCase.ListConsents] = s_everyone,
        [UseCase.DefinePurpose] = s_governors,
        [UseCase.PublishNotice] = s_governors,
        [UseCase.AddUser] = [Role.Administrator],
        [UseCase.ListUsers] = [Role.Administrator],
        [UseCase.CreateEntrustment] = s_governors,
        [UseCase.ListEntrustments] = s_governors,
        [UseCase.RequestExport] = [Role.Administrator, Role.PrivacyOfficer, Role.Marketer],
        [UseCase.ReadAccessLog] = s_governors,
    };

    /// <summary>Listings of the platform's own registers; the rest touch personal data or change something and are logged when allowed too.</summary>
    private static readonly HashSet<UseCase> s_unloggedWhenAllowed = [UseCase.ListUsers, UseCase.ListEntrustments, UseCase.ReadAccessLog];

    public static TheoryData<Role, UseCase, bool> RoleMatrix
    {
        get
        {
            var data = new TheoryData<Role, UseCase, bool>();
            foreach (var useCase in Enum.GetValues<UseCase>())
            {
                foreach (var role in s_everyone)
                {
                    data.Add(role, useCase, s_allowed[useCase].Contains(role));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task UseCase_ByRole_AllowedOrRefusedAndLogged(Role role, UseCase useCase, bool allowed)
    {
        var person = World.NextPerson();
        var subjectId = await World.RegisterAsync(person);
        var caller = World.Callers[role];
        var before = await World.LogHeadAsync();

        var exception = await Record.ExceptionAsync(() => RunAsync(useCase, caller, person, subjectId));

        var entries = (await World.LogSinceAsync(before)).Where(e => e.UserId == caller.UserId).ToList();
        if (allowed)
        {
            Assert.True(exception is null, $"{Roles.Name(role)} {useCase}: refused ({(exception as PlatformException)?.Code ?? exception?.GetType().Name})");
            if (!s_unloggedWhenAllowed.Contains(useCase))
            {
                Assert.Contains(entries, e => e.Allowed && e.Role == Roles.Name(role));
            }
        }
        else
        {
            var refusal = Assert.IsType<PlatformException>(exception, exactMatch: false);
            Assert.True(refusal.IsForbidden, $"{Roles.Name(role)} {useCase}: refused with code {refusal.Code}, not an access refusal");
            Assert.Contains(entries, e => !e.Allowed && e.Role == Roles.Name(role));
            Assert.DoesNotContain(entries, e => e.Allowed);
            var subject = await Platform.Store.GetSubjectAsync(subjectId, Ct);
            Assert.Equal(SubjectStatus.Active, subject!.Status);
        }
    }

    private async Task RunAsync(UseCase useCase, Caller caller, SyntheticPerson person, string subjectId)
    {
        var now = World.Clock.GetUtcNow();
        var unique = Guid.NewGuid().ToString("N")[..10];
        switch (useCase)
        {
            case UseCase.Register:
                await Platform.Subjects.RegisterAsync(caller, PlatformSetup.Support, World.NextPerson().Items(PlatformSetup.CallCentreItems), [], Ct);
                break;
            case UseCase.Get:
                await Platform.Subjects.GetAsync(caller, subjectId, PlatformSetup.Support, Ct);
                break;
            case UseCase.Search:
                Assert.Equal([subjectId], await Platform.Subjects.SearchAsync(caller, EntityTypes.PhoneNumber, person.Phone, PlatformSetup.Support, Ct));
                break;
            case UseCase.AddItems:
                await Platform.Subjects.AddItemsAsync(caller, subjectId, PlatformSetup.Support, World.NextPerson().Items(EntityTypes.PhoneNumber), Ct);
                break;
            case UseCase.AddEvents:
                await Platform.Subjects.AddEventsAsync(caller, subjectId, PlatformSetup.Support,
                    [("call", now, new Dictionary<string, string> { ["topic"] = "返品" })], Ct);
                break;
            case UseCase.Erase:
                await Platform.Subjects.EraseAsync(caller, subjectId, "request R-" + unique, Ct);
                break;
            case UseCase.Suspend:
                await Platform.Subjects.SetSuspendedAsync(caller, subjectId, true, Ct);
                break;
            case UseCase.RecordConsent:
                await Platform.Consents.RecordAsync(caller, subjectId, new NewConsent(PlatformSetup.Support, true, "phone"), Ct);
                break;
            case UseCase.ListConsents:
                await Platform.Consents.ListAsync(caller, subjectId, PlatformSetup.Support, Ct);
                break;
            case UseCase.DefinePurpose:
                await Platform.Purposes.DefineAsync(caller, new Purpose("matrix-" + unique, 0, now, "アンケート", "アンケートのお願いのため", [EntityTypes.EmailAddress], 90, true), Ct);
                break;
            case UseCase.PublishNotice:
                await Platform.Purposes.PublishNoticeAsync(caller, new Notice(string.Empty, "store-counter", unique, "店頭掲示", now, [PlatformSetup.Support]), Ct);
                break;
            case UseCase.AddUser:
                await Platform.Users.AddUserAsync(caller, "user-" + unique, Role.Staff, null, Ct);
                break;
            case UseCase.ListUsers:
                await Platform.Users.ListUsersAsync(caller, Ct);
                break;
            case UseCase.CreateEntrustment:
                await Platform.Entrustments.CreateAsync(caller, new Entrustment(string.Empty, "配送株式会社", [EntityTypes.PersonName, EntityTypes.Address], [PlatformSetup.Support], now.AddDays(30)), Ct);
                break;
            case UseCase.ListEntrustments:
                await Platform.Entrustments.ListAsync(caller, Ct);
                break;
            case UseCase.RequestExport:
                await Platform.Exports.RequestAsync(caller, PlatformSetup.Support, Ct);
                break;
            case UseCase.ReadAccessLog:
                await Platform.AccessLog.ReadAsync(caller, 1, 10, Ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(useCase), useCase, null);
        }
    }
}
