using Mamori.Core.Incidents;
using Mamori.Detection;
using Xunit;
using static Mamori.Core.Tests.Incidents.IncidentSamples;

namespace Mamori.Core.Tests.Incidents;

public sealed class BreachDraftsTests
{
    private static BreachDraft DraftOf(DraftKind kind, BreachIncident incident)
    {
        var triage = BreachTriageRules.Triage(incident);
        return BreachDrafts.Draft(kind, incident, triage, BreachDeadlineRules.Compute(incident, triage, Aware));
    }

    [Fact]
    public void Draft_PpcReport_NineItemsInTheOrderOfRulesArticle8()
    {
        var draft = DraftOf(DraftKind.PpcReport, Plain(1200, EntityTypes.PersonName, EntityTypes.CreditCard));

        Assert.Equal(
            ["概要", "漏えい等が発生し、又は発生したおそれがある個人データの項目", "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数", "原因",
             "二次被害又はそのおそれの有無及びその内容", "本人への対応の実施状況", "公表の実施状況", "再発防止のための措置", "その他参考となる事項"],
            draft.Sections.Select(s => s.Heading));
        Assert.Equal(Enumerable.Range(1, 9), draft.Sections.Select(s => s.Number));
        Assert.Contains("1,200 人", draft.Sections[2].Body, StringComparison.Ordinal);
        Assert.Contains("クレジットカード番号", draft.Sections[1].Body, StringComparison.Ordinal);
        Assert.Contains("BCC", draft.Sections[3].Body, StringComparison.Ordinal);
        Assert.Contains("速報", draft.Title, StringComparison.Ordinal);
        Assert.Contains("2025年4月30日", draft.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_PpcReport_HeadingsAppearInOrderAndGapsAreMarked()
    {
        var draft = DraftOf(DraftKind.PpcReport, Plain(1, EntityTypes.SpecialCare));

        var markdown = draft.ToMarkdown();

        var positions = draft.Sections.Select(s => markdown.IndexOf($"## {s.Number}. {s.Heading}", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.True(draft.HasGaps);
        Assert.Contains(BreachDrafts.Gap + "（二次被害", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_AfterThePreliminaryReport_IsTheFinalReport()
    {
        var draft = DraftOf(DraftKind.PpcReport, Plain(1, EntityTypes.SpecialCare) with { Status = IncidentStatus.PreliminaryReported });

        Assert.Contains("確報", draft.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Notice_FiveItemsInOrderWithTheContactPoint()
    {
        var draft = DraftOf(DraftKind.Notice, Plain(1, EntityTypes.CreditCard) with { ContactPoint = "お客様相談室 0120-000-000" });

        Assert.Equal(["概要", "漏えい等が発生し、又は発生したおそれがある個人データの項目", "原因", "二次被害又はそのおそれの有無及びその内容", "その他参考となる事項"],
            draft.Sections.Select(s => s.Heading));
        Assert.Contains("お客様相談室", draft.Sections[4].Body, StringComparison.Ordinal);
        Assert.Equal("お客様各位", draft.Addressee);
    }

    [Fact]
    public void Draft_Announcement_SameFiveItemsAddressedToThePublic()
    {
        var draft = DraftOf(DraftKind.Announcement, Plain(1, EntityTypes.CreditCard) with { NoticeImpossible = true });

        Assert.Equal(5, draft.Sections.Count);
        Assert.Contains("公表", draft.Title, StringComparison.Ordinal);
        Assert.Contains("困難", draft.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_EntrustingBusinessNotice_AddressedToTheEntrustingBusinessWithTheNineItems()
    {
        var draft = DraftOf(DraftKind.EntrustingBusinessNotice, Plain(1, EntityTypes.SpecialCare) with { ActingAsContractor = true, EntrustingBusiness = "みどり薬局株式会社" });

        Assert.Equal("みどり薬局株式会社 御中", draft.Addressee);
        Assert.Equal(9, draft.Sections.Count);
        Assert.Contains("第26条第1項ただし書", draft.Preamble, StringComparison.Ordinal);
    }
}
