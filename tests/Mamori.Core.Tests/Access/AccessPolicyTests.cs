using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Xunit;

namespace Mamori.Core.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(9));
    private static readonly DataSubject s_subject = new("S1", s_now.AddDays(-10), SubjectStatus.Active);

    private static readonly Purpose s_fulfilment = new("order-fulfilment", 1, s_now.AddYears(-1), "注文の履行", "ご注文の商品をお届けするため",
        [EntityTypes.PersonName, EntityTypes.PhoneNumber, EntityTypes.Address], 365 * 3, RequiresConsent: false);

    private static readonly Purpose s_marketing = new("email-marketing", 1, s_now.AddYears(-1), "メールでのご案内", "新商品やキャンペーンをメールでご案内するため",
        [EntityTypes.PersonName, EntityTypes.EmailAddress], 365 * 2, RequiresConsent: true)
    { FullValueItemTypes = [EntityTypes.EmailAddress] };

    public static TheoryData<Role, AccessAction, bool> RoleMatrix => new()
    {
        { Role.Administrator, AccessAction.Read, true }, { Role.Administrator, AccessAction.Erase, false }, { Role.Administrator, AccessAction.Export, true },
        { Role.PrivacyOfficer, AccessAction.Read, true }, { Role.PrivacyOfficer, AccessAction.Erase, true }, { Role.PrivacyOfficer, AccessAction.Export, true },
        { Role.Marketer, AccessAction.Read, true }, { Role.Marketer, AccessAction.Write, false }, { Role.Marketer, AccessAction.Export, true }, { Role.Marketer, AccessAction.Erase, false },
        { Role.Staff, AccessAction.Write, true }, { Role.Staff, AccessAction.Export, false }, { Role.Staff, AccessAction.Erase, false },
        { Role.Contractor, AccessAction.Write, true }, { Role.Contractor, AccessAction.Export, false }, { Role.Contractor, AccessAction.Admin, false },
    };

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public void RolePermits_RoleAndAction_MatchesTheMatrix(Role role, AccessAction action, bool expected) =>
        Assert.Equal(expected, AccessPolicy.RolePermits(role, action));

    [Fact]
    public void Decide_NoPurpose_IsRefusedAsPurposeRequired()
    {
        var decision = AccessPolicy.Decide(Role.Staff, null, AccessAction.Read, null, null, s_subject, [], s_now);

        Assert.False(decision.Allowed);
        Assert.Equal("purpose_required", decision.Code);
    }

    [Fact]
    public void Decide_UnknownPurpose_IsRefused() =>
        Assert.Equal("purpose_not_allowed", AccessPolicy.Decide(Role.Staff, null, AccessAction.Read, "lottery", null, s_subject, [], s_now).Code);

    [Fact]
    public void Decide_PurposeNeedingConsent_FollowsTheLatestRecord()
    {
        ConsentRecord Consent(bool given, int day) => new("C" + day, "S1", "email-marketing", given, s_now.AddDays(-day), "web-form", null, null);

        Assert.Equal("no_consent", AccessPolicy.Decide(Role.Marketer, null, AccessAction.Read, "email-marketing", s_marketing, s_subject, [], s_now).Code);
        Assert.True(AccessPolicy.Decide(Role.Marketer, null, AccessAction.Read, "email-marketing", s_marketing, s_subject, [Consent(true, 5)], s_now).Allowed);
        Assert.Equal("no_consent", AccessPolicy.Decide(Role.Marketer, null, AccessAction.Read, "email-marketing", s_marketing, s_subject, [Consent(true, 5), Consent(false, 1)], s_now).Code);
    }

    [Fact]
    public void Decide_Marketer_SeesMaskedValuesExceptWhatThePurposeNeeds()
    {
        var consent = new ConsentRecord("C1", "S1", "email-marketing", true, s_now.AddDays(-1), "web-form", null, null);

        var decision = AccessPolicy.Decide(Role.Marketer, null, AccessAction.Read, "email-marketing", s_marketing, s_subject, [consent], s_now);
        var staff = AccessPolicy.Decide(Role.Staff, null, AccessAction.Read, "email-marketing", s_marketing, s_subject, [consent], s_now);

        Assert.Equal([EntityTypes.PersonName], decision.MaskedItemTypes.Order());
        Assert.Empty(staff.MaskedItemTypes);
    }

    [Fact]
    public void Decide_Contractor_OnlyWithinItsEntrustment()
    {
        var entrustment = new Entrustment("N1", "配送センター", [EntityTypes.PersonName, EntityTypes.Address], ["order-fulfilment"], s_now.AddMonths(6));

        var allowed = AccessPolicy.Decide(Role.Contractor, entrustment, AccessAction.Read, "order-fulfilment", s_fulfilment, s_subject, [], s_now);
        var otherPurpose = AccessPolicy.Decide(Role.Contractor, entrustment, AccessAction.Read, "email-marketing", s_marketing, s_subject, [], s_now);
        var expired = AccessPolicy.Decide(Role.Contractor, entrustment with { ValidUntil = s_now.AddDays(-1) }, AccessAction.Read, "order-fulfilment", s_fulfilment, s_subject, [], s_now);
        var unbound = AccessPolicy.Decide(Role.Contractor, null, AccessAction.Read, "order-fulfilment", s_fulfilment, s_subject, [], s_now);

        Assert.True(allowed.Allowed);
        Assert.Equal([EntityTypes.Address, EntityTypes.PersonName], allowed.VisibleItemTypes.Order());
        Assert.Equal("entrustment", otherPurpose.Code);
        Assert.Equal("entrustment", expired.Code);
        Assert.Equal("entrustment", unbound.Code);
    }

    [Fact]
    public void Decide_SuspendedSubject_IsUsedByNoOneButThePrivacyOfficer()
    {
        var suspended = s_subject with { Status = SubjectStatus.Suspended };

        Assert.Equal("suspended", AccessPolicy.Decide(Role.Staff, null, AccessAction.Read, "order-fulfilment", s_fulfilment, suspended, [], s_now).Code);
        Assert.True(AccessPolicy.Decide(Role.PrivacyOfficer, null, AccessAction.Read, "order-fulfilment", s_fulfilment, suspended, [], s_now).Allowed);
    }
}
