namespace Mamori.Core.Access;

/// <summary>A bearer token of a user. Only its SHA-256 hash is stored; the token itself is shown once.</summary>
/// <param name="Id">The token's id (shown in lists, used to revoke).</param>
/// <param name="UserId">Whose token.</param>
/// <param name="Hash">SHA-256 of the token, hex.</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record ApiToken(string Id, string UserId, string Hash, DateTimeOffset CreatedAt)
{
    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>When it last signed someone in (recorded at most once per token-cache period), if ever.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }
}
