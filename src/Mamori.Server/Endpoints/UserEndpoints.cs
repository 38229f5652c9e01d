using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/users</c> and <c>/api/v1/tokens</c> (administrators): users with roles, bearer tokens shown once, revocation.</summary>
internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUserApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapPost("/", AddAsync).WithName("AddUser")
            .WithSummary("Add a user with a role; the response holds its first token, shown this once.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        users.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Every user.");
        users.MapPost("/{name}/tokens", IssueAsync).WithName("IssueToken")
            .WithSummary("Issue another token to a user, shown this once.").ProducesProblem(StatusCodes.Status404NotFound);

        var tokens = api.MapGroup("/tokens").WithTags("Users");
        tokens.MapGet("/", ListTokensAsync).WithName("ListTokens").WithSummary("Token ids, owners and dates (never the tokens).");
        tokens.MapDelete("/{id}", RevokeAsync).WithName("RevokeToken")
            .WithSummary("Revoke a token: calls with it are refused (401) from now on.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Created<TokenIssuedResponse>> AddAsync(AddUserRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var roleName = Guard.Required(request.Role, "role");
        if (!Roles.TryParse(roleName, out var role))
        {
            throw new PlatformException("invalid", $"'role' must be one of {string.Join(", ", Roles.All)}.");
        }

        var (user, token) = await platform.Users.AddUserAsync(http.Caller(), Guard.Required(request.Name, "name"), role, request.EntrustmentId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/users", new TokenIssuedResponse(UserResponse.Of(user), token));
    }

    private static async Task<Ok<IReadOnlyList<UserResponse>>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var users = await platform.Users.ListUsersAsync(http.Caller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<UserResponse>>([.. users.Select(UserResponse.Of)]);
    }

    private static async Task<Created<TokenIssuedResponse>> IssueAsync(string name, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var token = await platform.Users.IssueTokenAsync(caller, name, cancellationToken).ConfigureAwait(false);
        var user = await platform.Store.GetUserByNameAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", "The user was removed while its token was issued.");
        return TypedResults.Created($"{MamoriApi.BasePath}/tokens", new TokenIssuedResponse(UserResponse.Of(user), token));
    }

    private static async Task<Ok<IReadOnlyList<TokenResponse>>> ListTokensAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var tokens = await platform.Users.ListTokensAsync(http.Caller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<TokenResponse>>([.. tokens.Select(TokenResponse.Of)]);
    }

    private static async Task<NoContent> RevokeAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        await platform.Users.RevokeTokenAsync(http.Caller(), id, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
