using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;

namespace Mamori.Core.Features;

/// <summary>
/// Users, their bearer tokens (shown once; only a SHA-256 hash is stored) and sign-in. A contractor
/// user must be bound to an entrustment.
/// </summary>
public sealed class UserAdministration
{
    private const string TokenPrefix = "mamori_";

    private readonly IPlatformStore _store;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private readonly PlatformOptions _options;
    private readonly ConcurrentDictionary<string, (Caller? Caller, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    internal UserAdministration(IPlatformStore store, AccessLog log, TimeProvider time, PlatformOptions options)
    {
        _store = store;
        _log = log;
        _time = time;
        _options = options;
    }

    /// <summary>Adds a user and issues its first token.</summary>
    /// <param name="caller">Who adds it (administrators; the local CLI operator).</param>
    /// <param name="name">A unique login name.</param>
    /// <param name="role">The role.</param>
    /// <param name="entrustmentId">For a contractor, its entrustment.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The user and the token in clear — the only time it is ever shown.</returns>
    public async Task<(PlatformUser User, string Token)> AddUserAsync(Caller caller, string name, Role role, string? entrustmentId, CancellationToken cancellationToken = default)
    {
        await RequireUserAdminAsync(caller, "add user", cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || name.Any(char.IsControl))
        {
            throw new PlatformException("invalid", "A user name is 1-100 printable characters.");
        }

        if (await _store.GetUserByNameAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new PlatformException("conflict", $"A user named '{name}' exists already.");
        }

        if (role == Role.Contractor)
        {
            if (entrustmentId is null || await _store.GetEntrustmentAsync(entrustmentId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new PlatformException("invalid", "A contractor must be bound to an existing entrustment (--entrustment ID): it sees nothing else (Art. 25).");
            }
        }
        else if (entrustmentId is not null)
        {
            throw new PlatformException("invalid", "Only contractors are bound to an entrustment.");
        }

        var user = new PlatformUser(PlatformUser.NewId(), name, role, _time.GetUtcNow()) { EntrustmentId = entrustmentId };
        await _store.InsertUserAsync(user, cancellationToken).ConfigureAwait(false);
        var token = await IssueAsync(user, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"user {user.Id} added as {Roles.Name(role)}", cancellationToken).ConfigureAwait(false);
        return (user, token);
    }

    /// <summary>Issues another token for a user.</summary>
    /// <param name="caller">Who asks (administrators).</param>
    /// <param name="userName">The user's name.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<string> IssueTokenAsync(Caller caller, string userName, CancellationToken cancellationToken = default)
    {
        await RequireUserAdminAsync(caller, "issue token", cancellationToken).ConfigureAwait(false);
        var user = await _store.GetUserByNameAsync(userName, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no user named '{userName}'.");
        var token = await IssueAsync(user, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"token issued to {user.Id}", cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>Revokes a token by id.</summary>
    /// <param name="caller">Who asks (administrators).</param>
    /// <param name="tokenId">The token id as listed.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task RevokeTokenAsync(Caller caller, string tokenId, CancellationToken cancellationToken = default)
    {
        await RequireUserAdminAsync(caller, "revoke token", cancellationToken).ConfigureAwait(false);
        if (!await _store.RevokeTokenAsync(tokenId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            throw new PlatformException("not_found", $"There is no token '{tokenId}'.");
        }

        _cache.Clear();
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"token {tokenId} revoked", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Users (administrators).</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<PlatformUser>> ListUsersAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await RequireUserAdminAsync(caller, "list users", cancellationToken).ConfigureAwait(false);
        return await _store.GetUsersAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tokens (ids, owners, dates; never the tokens).</summary>
    /// <param name="caller">Who asks (administrators).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await RequireUserAdminAsync(caller, "list tokens", cancellationToken).ConfigureAwait(false);
        return await _store.GetTokensAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resolves a bearer token to its caller; a failed attempt is logged (without the token).</summary>
    /// <param name="token">The token as presented.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The caller, or null for an unknown, revoked or disabled token.</returns>
    public async Task<Caller?> AuthenticateAsync(string? token, CancellationToken cancellationToken = default)
    {
        var hash = token is null ? string.Empty : Hash(token);
        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(hash, out var cached) && cached.Until > now && cached.Caller is not null)
        {
            return cached.Caller;
        }

        Caller? caller = null;
        if (!string.IsNullOrEmpty(token) && await _store.GetTokenByHashAsync(hash, cancellationToken).ConfigureAwait(false) is { RevokedAt: null } stored
            && await _store.GetUserAsync(stored.UserId, cancellationToken).ConfigureAwait(false) is { Disabled: false } user)
        {
            var entrustment = user.EntrustmentId is null ? null : await _store.GetEntrustmentAsync(user.EntrustmentId, cancellationToken).ConfigureAwait(false);
            caller = Caller.Of(user, entrustment);

            // Looked up, not served from the cache: at most one write per token and cache period.
            await _store.TouchTokenAsync(stored.Id, now, cancellationToken).ConfigureAwait(false);
        }

        if (caller is null)
        {
            await _log.AppendAsync(null, AccessAction.SignInFailed, null, [], null, false, token is null ? "no token" : "unknown or revoked token", cancellationToken).ConfigureAwait(false);
            return null;
        }

        _cache[hash] = (caller, now + _options.TokenCacheTime);
        return caller;
    }

    /// <summary>Drops every cached sign-in, so that the next request looks the user and its entrustment up again (an entrustment ended or suspended).</summary>
    internal void ForgetSignIns() => _cache.Clear();

    // 64 random bits: the first 16 hex digits of a version-7 GUID are 48 bits of clock and only 12 random, so two
    // tokens issued in the same millisecond collided one time in 4,096.
    private static string NewTokenId() => "K" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private async Task<string> IssueAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await _store.InsertTokenAsync(new ApiToken(NewTokenId(), user.Id, Hash(token), _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return token;
    }

    private async Task RequireUserAdminAsync(Caller caller, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.MayManageUsers(caller.Role))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators manage users and tokens.");
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
