using Mamori.Core.Incidents;
using Mamori.Detection;
using Xunit;
using static Mamori.Core.Tests.Incidents.IncidentSamples;

namespace Mamori.Core.Tests.Incidents;

public sealed class BreachDeadlineRulesTests
{
    [Fact]
    public void Compute_ReportableIncident_Day3Day5AndDay30CountingTheDayOfAwareness()
    {
        var incident = Plain(1, EntityTypes.CreditCard);

        var deadlines = BreachDeadlineRules.Compute(incident, BreachTriageRules.Triage(incident), Aware);

        Assert.True(deadlines.Applies);
        Assert.Equal(new DateOnly(2025, 4, 1), deadlines.AwareDate);
        Assert.Equal(new DateOnly(2025, 4, 3), deadlines.PreliminaryAim);
        Assert.Equal(new DateOnly(2025, 4, 5), deadlines.PreliminaryGuidance);
        Assert.Equal(new DateOnly(2025, 4, 30), deadlines.FinalDue);
        Assert.Null(deadlines.FinalMovedBecause);
        Assert.Equal(29, deadlines.FinalDaysLeft);
        Assert.Equal(4, deadlines.PreliminaryDaysLeft);
    }

    [Fact]
    public void Compute_UnlawfulActAwareBeforeGoldenWeek_SixtyDaysFromAwareness()
    {
        var incident = Plain(1) with { UnlawfulAct = UnlawfulAct.UnauthorizedAccess, AwareAt = new DateTimeOffset(2025, 3, 7, 9, 0, 0, TimeSpan.FromHours(9)) };

        var deadlines = BreachDeadlineRules.Compute(incident, BreachTriageRules.Triage(incident), incident.AwareAt);

        // Day 60 is 2025-05-05 (こどもの日), 05-06 is 振替休日: due Wednesday 2025-05-07.
        Assert.Equal(60, deadlines.FinalDays);
        Assert.Equal(new DateOnly(2025, 5, 5), deadlines.FinalLastDay);
        Assert.Equal(new DateOnly(2025, 5, 7), deadlines.FinalDue);
        Assert.Equal("こどもの日", deadlines.FinalMovedBecause);
    }

    [Fact]
    public void Compute_AwareLateEveningUtc_CountsFromTheJapaneseDate()
    {
        // 2025-11-29 16:30 UTC is 2025-11-30 01:30 in Japan: day 30 is 2025-12-29, in the year-end closure.
        var incident = Plain(2000) with { AwareAt = new DateTimeOffset(2025, 11, 29, 16, 30, 0, TimeSpan.Zero) };

        var deadlines = BreachDeadlineRules.Compute(incident, BreachTriageRules.Triage(incident), incident.AwareAt.AddDays(3));

        Assert.Equal(new DateOnly(2025, 11, 30), deadlines.AwareDate);
        Assert.Equal(new DateOnly(2026, 1, 5), deadlines.FinalDue);
        Assert.Equal("年末年始", deadlines.FinalMovedBecause);
        Assert.Equal(new DateOnly(2026, 1, 5).DayNumber - new DateOnly(2025, 12, 3).DayNumber, deadlines.FinalDaysLeft);
    }

    [Fact]
    public void Compute_PastTheDeadline_NegativeDaysLeft()
    {
        var incident = Plain(1, EntityTypes.SpecialCare);

        var deadlines = BreachDeadlineRules.Compute(incident, BreachTriageRules.Triage(incident), Aware.AddDays(40));

        Assert.True(deadlines.FinalDaysLeft < 0);
        Assert.True(deadlines.PreliminaryDaysLeft < 0);
    }

    [Fact]
    public void Compute_NotReportable_NoFinalDeadline()
    {
        var incident = Plain();

        var deadlines = BreachDeadlineRules.Compute(incident, BreachTriageRules.Triage(incident), Aware);

        Assert.False(deadlines.Applies);
        Assert.Null(deadlines.FinalDue);
    }

    [Fact]
    public void Compute_Contractor_PromptNoticeToTheEntrustingBusinessAndNoPpcDeadline()
    {
        var incident = Plain(1, EntityTypes.CreditCard) with { ActingAsContractor = true, EntrustingBusiness = "株式会社みどり商店" };

        var deadlines = BreachDeadlineRules.Compute(incident, BreachTriageRules.Triage(incident), Aware);

        Assert.True(deadlines.Applies);
        Assert.Null(deadlines.FinalDue);
        Assert.Equal(new DateOnly(2025, 4, 5), deadlines.PreliminaryGuidance);
    }
}
