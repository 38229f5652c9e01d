using Mamori.Core.Incidents;
using Mamori.Detection;

namespace Mamori.Core.Tests.Incidents;

/// <summary>Incidents for the rule tests: a plain mis-sent e-mail list, varied one property at a time.</summary>
internal static class IncidentSamples
{
    public static readonly DateTimeOffset Aware = new(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(9));

    public static LeakedItem Item(string type, long people = 10) =>
        new(type, type == EntityTypes.SpecialCare ? PiiCategory.SpecialCare : PiiCategory.Personal, people);

    public static BreachIncident Plain(long people = 10, params string[] types) => new("B1", "メール誤送信", BreachKind.Leak, Aware)
    {
        Scope = LeakScope.Manual,
        People = people,
        Items = [.. (types.Length == 0 ? [EntityTypes.PersonName, EntityTypes.EmailAddress] : types).Select(t => Item(t, people))],
        Summary = "会員向けメールを宛先を表示したまま一斉送信した。",
        Cause = "BCC ではなく TO に宛先を入れて送信した。",
    };
}
