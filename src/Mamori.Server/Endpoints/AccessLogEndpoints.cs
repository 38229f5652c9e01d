using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/access-log</c>: the tamper-evident log of every access, allowed or refused (privacy officers and administrators).</summary>
internal static class AccessLogEndpoints
{
    private const int DefaultPage = 100;
    private const int MaxPage = 1000;

    public static RouteGroupBuilder MapAccessLogApi(this RouteGroupBuilder api)
    {
        var log = api.MapGroup("/access-log").WithTags("Access log");
        log.MapGet("/", ReadAsync).WithName("ReadAccessLog")
            .WithSummary("Entries from a sequence number on: who, role, when, action, subject, item types, purpose, allowed, and the hash chain.");
        log.MapGet("/verify", VerifyAsync).WithName("VerifyAccessLog")
            .WithSummary("Check the whole chain and its separately kept head: any changed, removed or reordered entry is found.");
        return api;
    }

    private static async Task<Ok<AccessLogPage>> ReadAsync(HttpContext http, Platform platform, CancellationToken cancellationToken, long? from = null, int? limit = null)
    {
        var size = Math.Clamp(limit ?? DefaultPage, 1, MaxPage);
        var entries = await platform.AccessLog.ReadAsync(http.Caller(), from ?? 1, size, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AccessLogPage([.. entries.Select(AccessLogEntryResponse.Of)], entries.Count == size ? entries[^1].Sequence + 1 : null));
    }

    private static async Task<Ok<VerificationResponse>> VerifyAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        await Guard.RoleAsync(platform, caller, AccessPolicy.MayAudit(caller.Role), "verify access log",
            "Only privacy officers and administrators verify the access log.", cancellationToken).ConfigureAwait(false);
        var verification = await platform.AccessLog.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(VerificationResponse.Of(verification));
    }
}
