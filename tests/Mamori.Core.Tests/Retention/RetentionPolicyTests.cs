using Mamori.Core.Purposes;
using Mamori.Core.Retention;
using Mamori.Detection;
using Xunit;

namespace Mamori.Core.Tests.Retention;

public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset s_start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Purpose s_orders = new("orders", 1, s_start, "注文", "注文の履行", [EntityTypes.PersonName, EntityTypes.Address], 365, false);
    private static readonly Purpose s_news = new("news", 1, s_start, "お知らせ", "ご案内", [EntityTypes.PersonName, EntityTypes.EmailAddress], 730, true);

    [Fact]
    public void InEffect_NewerVersionNotYetEffective_OlderVersionApplies()
    {
        var v2 = s_orders with { Version = 2, EffectiveFrom = s_start.AddDays(30), RetentionDays = 30 };

        Assert.Equal(365, Assert.Single(RetentionPolicy.InEffect([s_orders, v2], s_start.AddDays(10))).RetentionDays);
        Assert.Equal(30, Assert.Single(RetentionPolicy.InEffect([s_orders, v2], s_start.AddDays(31))).RetentionDays);
    }

    [Fact]
    public void Decide_LongestCoveringPeriod_ExactlyAtTheDueTimeIsDue()
    {
        var person = Candidate(consentToNews: true, EntityTypes.PersonName, EntityTypes.Address, EntityTypes.EmailAddress);

        Assert.Empty(RetentionPolicy.Decide(person, [s_orders, s_news], s_start.AddDays(365).AddTicks(-1)));
        var atYear = Assert.Single(RetentionPolicy.Decide(person, [s_orders, s_news], s_start.AddDays(365)));
        Assert.Equal((DeletionKind.Items, 1, "orders"), (atYear.Kind, atYear.Count, atYear.PurposeCodes.Single()));
        Assert.Equal([EntityTypes.Address], atYear.ItemTypes);
        var atTwoYears = Assert.Single(RetentionPolicy.Decide(person, [s_orders, s_news], s_start.AddDays(730)));
        Assert.Equal((DeletionKind.Subject, 730), (atTwoYears.Kind, atTwoYears.RetentionDays));
    }

    [Fact]
    public void Decide_NoConsentForTheOnlyCoveringPurpose_ItemDueAtOnce()
    {
        var person = Candidate(consentToNews: false, EntityTypes.PersonName, EntityTypes.EmailAddress);

        var due = Assert.Single(RetentionPolicy.Decide(person, [s_orders, s_news], s_start));

        Assert.Equal((DeletionKind.Items, RetentionRules.NoPurpose, (DateTimeOffset?)null), (due.Kind, due.Rule, due.DueAt));
        Assert.Equal([EntityTypes.EmailAddress], due.ItemTypes);
    }

    [Fact]
    public void Decide_NoItemsAndNoUsablePurpose_WholeSubjectDue()
    {
        var empty = Candidate(consentToNews: false);

        Assert.Equal(DeletionKind.Subject, Assert.Single(RetentionPolicy.Decide(empty, [s_news], s_start)).Kind);
        Assert.Empty(RetentionPolicy.Decide(empty, [s_orders], s_start.AddDays(100)));
    }

    private static RetentionCandidate Candidate(bool consentToNews, params string[] types) =>
        new("S1", s_start, [.. types.Select((t, i) => new RetentionItem("I" + i, t))], new Dictionary<string, bool> { ["news"] = consentToNews });
}
