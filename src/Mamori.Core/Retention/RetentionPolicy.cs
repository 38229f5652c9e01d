using Mamori.Core.Purposes;

namespace Mamori.Core.Retention;

/// <summary>
/// The retention rule (Art. 22: delete personal data once it is no longer needed), applied to one subject at a time.
/// <list type="number">
/// <item>The purposes that still cover an item are the purposes in effect (their latest version effective now) whose item
/// types include the item's type, and which — when they need consent — the person's latest consent record still gives.</item>
/// <item>An item no such purpose covers is due now (rule <see cref="RetentionRules.NoPurpose"/>): the purpose was narrowed
/// or the consent withdrawn, so there is no reason left to hold it.</item>
/// <item>Otherwise the item is kept for the longest retention period among those purposes, counted from the subject's last
/// activity — the latest of its registration, an item acquired, an event (a purchase, a visit, a cancellation) and a
/// consent given — which is the last use or, once the relationship ended, its end. Reads are not activity: looking at
/// data does not extend its life. Due when last activity + period ≤ now (rule <see cref="RetentionRules.Expired"/>).</item>
/// <item>When every item of a subject is due (or it holds none and no purpose in effect may use it any more), the whole
/// subject is due: it is erased by crypto-shredding, its events with it. Otherwise only the due items go.</item>
/// </list>
/// </summary>
public static class RetentionPolicy
{
    /// <summary>The purposes in effect at <paramref name="now"/>: per code, the latest version whose date has come.</summary>
    /// <param name="purposes">Every purpose version.</param>
    /// <param name="now">The current time.</param>
    public static IReadOnlyList<Purpose> InEffect(IReadOnlyList<Purpose> purposes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(purposes);
        return [.. purposes.Where(p => p.EffectiveFrom <= now).GroupBy(p => p.Code, StringComparer.Ordinal).Select(g => g.MaxBy(p => p.Version)!)];
    }

    /// <summary>What of a subject is due at <paramref name="now"/>: nothing, some items (grouped by rule), or the whole subject (one line).</summary>
    /// <param name="candidate">The subject.</param>
    /// <param name="inEffect">The purposes in effect (<see cref="InEffect"/>).</param>
    /// <param name="now">The current time.</param>
    public static IReadOnlyList<RetentionDeletion> Decide(RetentionCandidate candidate, IReadOnlyList<Purpose> inEffect, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(inEffect);
        var usable = inEffect.Where(p => !p.RequiresConsent || (candidate.Consents.TryGetValue(p.Code, out var given) && given)).ToList();
        var due = new List<(RetentionItem Item, string Rule, IReadOnlyList<string> Purposes, int? Days, DateTimeOffset? DueAt)>();
        foreach (var item in candidate.Items)
        {
            var covering = usable.Where(p => p.ItemTypes.Contains(item.Type, StringComparer.Ordinal)).ToList();
            if (covering.Count == 0)
            {
                due.Add((item, RetentionRules.NoPurpose, [], null, null));
                continue;
            }

            var days = covering.Max(p => p.RetentionDays);
            var dueAt = candidate.LastActivity.AddDays(days);
            if (dueAt <= now)
            {
                due.Add((item, RetentionRules.Expired, [.. covering.Where(p => p.RetentionDays == days).Select(p => p.Code).Order(StringComparer.Ordinal)], days, dueAt));
            }
        }

        if (candidate.Items.Count == 0)
        {
            // Nothing but the subject (and perhaps events) remains: it goes once no purpose may use it, or the longest of them ran out.
            var days = usable.Count == 0 ? (int?)null : usable.Max(p => p.RetentionDays);
            var dueAt = days is { } d ? candidate.LastActivity.AddDays(d) : (DateTimeOffset?)null;
            if (dueAt is null || dueAt <= now)
            {
                return [new RetentionDeletion(DeletionKind.Subject, candidate.SubjectId, [], 0, dueAt is null ? RetentionRules.NoPurpose : RetentionRules.Expired,
                    days is null ? [] : [.. usable.Where(p => p.RetentionDays == days).Select(p => p.Code).Order(StringComparer.Ordinal)], days, candidate.LastActivity, dueAt)];
            }

            return [];
        }

        if (due.Count == 0)
        {
            return [];
        }

        if (due.Count == candidate.Items.Count)
        {
            var expired = due.Where(d => d.Days is not null).ToList();
            var days = expired.Count == 0 ? (int?)null : expired.Max(d => d.Days!.Value);
            return [new RetentionDeletion(
                DeletionKind.Subject, candidate.SubjectId, Types(due.Select(d => d.Item)), due.Count,
                expired.Count == 0 ? RetentionRules.NoPurpose : RetentionRules.Expired,
                [.. expired.SelectMany(d => d.Purposes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                days, candidate.LastActivity, days is { } span ? candidate.LastActivity.AddDays(span) : null)];
        }

        return [.. due.GroupBy(d => (d.Rule, Key: string.Join(',', d.Purposes), d.Days))
            .Select(g => new RetentionDeletion(
                DeletionKind.Items, candidate.SubjectId, Types(g.Select(d => d.Item)), g.Count(), g.Key.Rule, g.First().Purposes,
                g.Key.Days, candidate.LastActivity, g.First().DueAt)
            {
                ItemIds = [.. g.Select(d => d.Item.Id)],
            })];
    }

    private static IReadOnlyList<string> Types(IEnumerable<RetentionItem> items) =>
        [.. items.Select(i => i.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
