using System.Reflection;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/health</c>: answers without a token, for load balancers and scripts waiting for the server.</summary>
internal static class HealthEndpoints
{
    private static readonly string s_version =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder root)
    {
        root.MapGet("/health", Health).WithName("Health").WithTags("Health").WithSummary("The server is up (no token needed).").AllowAnonymous();
        return root;
    }

    private static Ok<HealthResponse> Health() => TypedResults.Ok(new HealthResponse("ok", s_version));
}
