using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mamori.Server.Endpoints;

/// <summary>
/// <c>/api/v1/exports</c>: controlled exports in place of a USB ban. Every export has a purpose, a privacy officer's
/// approval when large, a log line, and a trace mark (a fictitious canary record unique to the export) in its CSV.
/// </summary>
internal static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Exports");
        exports.MapPost("/", RequestAsync).WithName("RequestExport")
            .WithSummary("Ask for an export of the subjects and items the declared purpose covers; large ones wait for a privacy officer.");
        exports.MapGet("/", ListAsync).WithName("ListExports")
            .WithSummary("Exports, newest first: everyone's for privacy officers and administrators, one's own for others; ?status=pending lists those waiting for approval.");
        exports.MapGet("/{id}", GetAsync).WithName("GetExport")
            .WithSummary("An export's status (its requester, privacy officers, administrators).").ProducesProblem(StatusCodes.Status404NotFound);
        exports.MapPost("/{id}/approve", ApproveAsync).WithName("ApproveExport")
            .WithSummary("Approve a pending export (privacy officers).").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        exports.MapPost("/{id}/reject", RejectAsync).WithName("RejectExport")
            .WithSummary("Reject a pending export (privacy officers).").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        exports.MapGet("/{id}/csv", DownloadAsync).WithName("DownloadExport")
            .WithSummary("Download an approved export as CSV (UTF-8 with BOM) with its trace mark; the export is then completed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Created<ExportResponse>> RequestAsync(
        [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var export = await platform.Exports.RequestAsync(caller, purpose, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/exports/{export.Id}", ExportResponse.Of(export, caller.Role == Role.PrivacyOfficer));
    }

    private static async Task<Ok<ExportListResponse>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken, string? status = null, int? limit = null)
    {
        var caller = http.Caller();
        if (status is not null && status is not ("pending" or "approved" or "rejected" or "completed"))
        {
            throw new PlatformException("invalid", $"Unknown export status '{status}': use pending, approved, rejected or completed.");
        }

        var everyone = AccessPolicy.MayAudit(caller.Role);
        var exports = await platform.Store.GetExportsAsync(everyone ? null : caller.UserId, status, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ExportListResponse([.. exports.Select(e => ExportResponse.Of(e, caller.Role == Role.PrivacyOfficer))]));
    }

    private static async Task<Ok<ExportResponse>> GetAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var export = await platform.Store.GetExportAsync(Guard.Id(id, "export"), cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no export '{id}'.");
        await Guard.RoleAsync(platform, caller, export.RequestedBy == caller.UserId || AccessPolicy.MayAudit(caller.Role), "read export " + export.Id,
            "Only the requester, privacy officers and administrators see an export.", cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ExportResponse.Of(export, caller.Role == Role.PrivacyOfficer));
    }

    private static async Task<Ok<ExportResponse>> ApproveAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var export = await platform.Exports.DecideAsync(http.Caller(), Guard.Id(id, "export"), approve: true, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ExportResponse.Of(export, showTraceMark: true));
    }

    private static async Task<Ok<ExportResponse>> RejectAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var export = await platform.Exports.DecideAsync(http.Caller(), Guard.Id(id, "export"), approve: false, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ExportResponse.Of(export, showTraceMark: true));
    }

    /// <summary>Streams the CSV; the response starts only with the first line, so a refusal before it is still a problem response.</summary>
    private static async Task DownloadAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var exportId = Guard.Id(id, "export");
        await using var writer = new CsvResponseWriter(http.Response, $"mamori-export-{exportId}.csv");
        await platform.Exports.WriteCsvAsync(http.Caller(), exportId, writer, cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
