using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/retention</c>: run the retention job (Art. 22) now, or read its deletion log (administrators and privacy officers).</summary>
internal static class RetentionEndpoints
{
    private const int DefaultPage = 100;
    private const int MaxPage = 1000;

    public static RouteGroupBuilder MapRetentionApi(this RouteGroupBuilder api)
    {
        var retention = api.MapGroup("/retention").WithTags("Retention");
        retention.MapPost("/run", RunAsync).WithName("RunRetention")
            .WithSummary("Delete what is due now (whole subjects crypto-shredded, single items deleted), or with dry_run list it and delete nothing.");
        retention.MapGet("/log", LogAsync).WithName("ReadDeletionLog")
            .WithSummary("The deletion log: run, time, subject, item types, rule, purposes, period; never a value.");
        return api;
    }

    private static async Task<Ok<RetentionReportResponse>> RunAsync(RunRetentionRequest? request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var report = await platform.Retention.RunAsync(http.Caller(), request?.DryRun ?? false, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(RetentionReportResponse.Of(report));
    }

    private static async Task<Ok<DeletionLogPage>> LogAsync(HttpContext http, Platform platform, CancellationToken cancellationToken, long? from = null, int? limit = null)
    {
        var size = Math.Clamp(limit ?? DefaultPage, 1, MaxPage);
        var lines = await platform.Retention.LogAsync(http.Caller(), from ?? 1, size, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new DeletionLogPage([.. lines.Select(DeletionRecordResponse.Of)], lines.Count == size ? lines[^1].Sequence + 1 : null));
    }
}
