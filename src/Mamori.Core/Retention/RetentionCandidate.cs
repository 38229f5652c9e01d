namespace Mamori.Core.Retention;

/// <summary>
/// What the retention rule needs to know of a subject, without a value: its items' ids and types, its last activity and
/// its latest own-use consent per purpose.
/// </summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="LastActivity">The latest of its registration, an item acquired, an event and a consent given.</param>
/// <param name="Items">Its items (id and type).</param>
/// <param name="Consents">Per purpose code, whether its latest own-use consent record is a given consent.</param>
public sealed record RetentionCandidate(string SubjectId, DateTimeOffset LastActivity, IReadOnlyList<RetentionItem> Items, IReadOnlyDictionary<string, bool> Consents);
