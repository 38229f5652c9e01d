using Mamori.Core.Incidents;
using Mamori.Detection;
using Xunit;
using static Mamori.Core.Tests.Incidents.IncidentSamples;

namespace Mamori.Core.Tests.Incidents;

public sealed class BreachTriageRulesTests
{
    [Fact]
    public void Triage_NoTriggerMet_NoDutyAndEveryReasonGiven()
    {
        var triage = BreachTriageRules.Triage(Plain());

        Assert.Equal(BreachDuty.None, triage.Duty);
        Assert.False(triage.NoticeRequired);
        Assert.Empty(triage.Met);
        Assert.Equal([1, 2, 3, 4], triage.Triggers.Select(t => t.Number));
        Assert.All(triage.Triggers, t => Assert.False(string.IsNullOrWhiteSpace(t.Reason) || string.IsNullOrWhiteSpace(t.ReasonEn)));
        Assert.Contains("該当しません", triage.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_OnePersonsSpecialCareData_Trigger1AndReport()
    {
        var triage = BreachTriageRules.Triage(Plain(1, EntityTypes.PersonName, EntityTypes.SpecialCare));

        Assert.Equal([1], triage.Met);
        Assert.Equal(BreachDuty.ReportToPpc, triage.Duty);
        Assert.True(triage.NoticeRequired);
        Assert.Equal(30, triage.FinalReportDays);
        Assert.Contains("要配慮個人情報", triage.Triggers[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_StronglyEncryptedSpecialCareData_NotReportableWithTheExclusionAsReason()
    {
        var triage = BreachTriageRules.Triage(Plain(5000, EntityTypes.SpecialCare) with { Protection = LeakedDataProtection.StrongEncryption });

        Assert.Empty(triage.Met);
        Assert.Equal(BreachDuty.None, triage.Duty);
        Assert.Contains("高度な暗号化", triage.Triggers[0].Reason, StringComparison.Ordinal);
        Assert.Contains("strongly encrypted", triage.Triggers[3].ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_WeaklyEncryptedSpecialCareData_StillTrigger1()
    {
        var triage = BreachTriageRules.Triage(Plain(3, EntityTypes.SpecialCare) with { Protection = LeakedDataProtection.Encrypted });

        Assert.Equal([1], triage.Met);
    }

    [Fact]
    public void Triage_PseudonymisedData_NoTriggerEvenWithAnIntrusion()
    {
        var triage = BreachTriageRules.Triage(Plain(2000, EntityTypes.SpecialCare, EntityTypes.CreditCard) with
        {
            Protection = LeakedDataProtection.Pseudonymised,
            UnlawfulAct = UnlawfulAct.UnauthorizedAccess,
        });

        Assert.Empty(triage.Met);
        Assert.All(triage.Triggers, t => Assert.Contains("仮名加工情報", t.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EntityTypes.CreditCard)]
    [InlineData(EntityTypes.BankAccount)]
    public void Triage_OneCardOrAccount_Trigger2(string type)
    {
        var triage = BreachTriageRules.Triage(Plain(1, EntityTypes.PersonName, type));

        Assert.Equal([2], triage.Met);
        Assert.Contains(type, triage.Triggers[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_CredentialsJudgedFinancialRisk_Trigger2()
    {
        var triage = BreachTriageRules.Triage(Plain() with { FinancialRisk = true });

        Assert.Equal([2], triage.Met);
    }

    [Theory]
    [InlineData(UnlawfulAct.UnauthorizedAccess)]
    [InlineData(UnlawfulAct.Ransomware)]
    [InlineData(UnlawfulAct.InsiderTheft)]
    [InlineData(UnlawfulAct.FormSkimming)]
    public void Triage_UnlawfulAct_Trigger3WithSixtyDays(UnlawfulAct act)
    {
        var triage = BreachTriageRules.Triage(Plain(1) with { UnlawfulAct = act });

        Assert.Equal([3], triage.Met);
        Assert.Equal(60, triage.FinalReportDays);
    }

    [Fact]
    public void Triage_SkimmedFormData_Trigger3CitesThe2024Amendment()
    {
        var triage = BreachTriageRules.Triage(Plain(1) with { UnlawfulAct = UnlawfulAct.FormSkimming, DataBeingCollected = true });

        Assert.Contains("2024年4月1日", triage.Triggers[2].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public void Triage_PeopleAroundTheThreshold_Trigger4OnlyAboveOneThousand(long people, bool met)
    {
        var triage = BreachTriageRules.Triage(Plain(people));

        Assert.Equal(met, triage.Triggers[3].Met);
        Assert.Equal(met ? BreachDuty.ReportToPpc : BreachDuty.None, triage.Duty);
    }

    [Fact]
    public void Triage_AllFourTriggers_ListsEachAndSixtyDays()
    {
        var triage = BreachTriageRules.Triage(Plain(1500, EntityTypes.SpecialCare, EntityTypes.CreditCard) with { UnlawfulAct = UnlawfulAct.Ransomware });

        Assert.Equal([1, 2, 3, 4], triage.Met);
        Assert.Equal(60, triage.FinalReportDays);
        Assert.Contains("1, 2, 3, 4", triage.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_CardsForManyPeopleByMistake_Triggers2And4ThirtyDays()
    {
        var triage = BreachTriageRules.Triage(Plain(1200, EntityTypes.CreditCard));

        Assert.Equal([2, 4], triage.Met);
        Assert.Equal(30, triage.FinalReportDays);
    }

    [Fact]
    public void Triage_ContractorWithAReportableIncident_NotifiesTheEntrustingBusinessInstead()
    {
        var triage = BreachTriageRules.Triage(Plain(1, EntityTypes.SpecialCare) with { ActingAsContractor = true, EntrustingBusiness = "みどり薬局株式会社" });

        Assert.Equal(BreachDuty.NotifyEntrustingBusiness, triage.Duty);
        Assert.False(triage.NoticeRequired);
        Assert.Contains("みどり薬局株式会社", triage.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_NoticeImpossible_PublicAnnouncementInstead()
    {
        var triage = BreachTriageRules.Triage(Plain(1, EntityTypes.CreditCard) with { NoticeImpossible = true });

        Assert.True(triage.PublicAnnouncementInstead);
        Assert.Contains("公表", triage.Conclusion, StringComparison.Ordinal);
    }
}
