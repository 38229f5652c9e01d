namespace Mamori.Core.Audit;

/// <summary>
/// One line of the access log: who (user, role), when, what (action, subject, item types), why (purpose),
/// and whether it was allowed. Entries are chained by hash: each carries the hash of the one before, so a
/// changed, removed or reordered entry breaks the chain. No personal value is ever written here.
/// </summary>
/// <param name="Sequence">1, 2, 3… without gaps.</param>
/// <param name="At">When.</param>
/// <param name="UserId">Who (null for a failed sign-in).</param>
/// <param name="Role">The role acted in.</param>
/// <param name="Action">What.</param>
/// <param name="SubjectId">Whose data, when one subject is concerned.</param>
/// <param name="ItemTypes">Which item types.</param>
/// <param name="Purpose">The declared purpose.</param>
/// <param name="Allowed">False for a refused attempt.</param>
/// <param name="Detail">A short description without personal values (a reason, a count, an export id).</param>
public sealed record AccessLogEntry(
    long Sequence, DateTimeOffset At, string? UserId, string? Role, AccessAction Action, string? SubjectId,
    IReadOnlyList<string> ItemTypes, string? Purpose, bool Allowed, string? Detail)
{
    /// <summary>The previous entry's hash (64 zeros for the first).</summary>
    public string PreviousHash { get; init; } = AccessLogChain.Genesis;

    /// <summary>SHA-256 over <see cref="PreviousHash"/> and this entry's fields, hex.</summary>
    public string Hash { get; init; } = string.Empty;
}
