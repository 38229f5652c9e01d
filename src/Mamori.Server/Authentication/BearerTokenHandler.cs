using System.Security.Claims;
using System.Text.Encodings.Web;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Features;
using Mamori.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Mamori.Server.Authentication;

/// <summary>
/// Signs callers in with <c>Authorization: Bearer mamori_…</c> through <see cref="UserAdministration.AuthenticateAsync"/>
/// (which caches resolved tokens briefly and logs failed attempts). A call to a protected endpoint without a token is
/// logged as a failed sign-in too, and answered 401 with <c>WWW-Authenticate: Bearer</c> and problem details.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Platform platform)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string CallerKey = "mamori.caller";
    private const string Prefix = "Bearer ";

    /// <summary>The signed-in caller of a request that passed authorization.</summary>
    public static Caller CallerOf(HttpContext context) =>
        context.Items.TryGetValue(CallerKey, out var caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException("The endpoint requires authorization but no caller was signed in.");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await platform.AccessLog.AppendAsync(null, AccessAction.SignInFailed, null, [], null, false, "not a bearer token", Context.RequestAborted).ConfigureAwait(false);
            return AuthenticateResult.Fail("The Authorization header is not a bearer token.");
        }

        var caller = await platform.Users.AuthenticateAsync(header[Prefix.Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The token is unknown or revoked.");
        }

        Context.Items[CallerKey] = caller;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, caller.UserId),
                new Claim(ClaimTypes.Name, caller.Name),
                new Claim(ClaimTypes.Role, Roles.Name(caller.Role)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var presented = !string.IsNullOrEmpty(Request.Headers.Authorization);
        if (!presented)
        {
            await platform.AccessLog.AppendAsync(null, AccessAction.SignInFailed, null, [], null, false, "no token", Context.RequestAborted).ConfigureAwait(false);
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = presented && result.Failure is not null
            ? "Bearer realm=\"mamori\", error=\"invalid_token\""
            : "Bearer realm=\"mamori\"";
        await ApiProblems.WriteAsync(Context, ApiProblems.Create(
            StatusCodes.Status401Unauthorized,
            "unauthenticated",
            presented
                ? "The bearer token is unknown or revoked. Ask an administrator for a new one (mamori users token NAME, or POST /api/v1/users/{name}/tokens)."
                : "Send Authorization: Bearer <token>. Tokens come from 'mamori users add NAME --role ROLE' or POST /api/v1/users.")).ConfigureAwait(false);
    }
}
