using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/entrustments</c>: what each contractor may handle, for which purposes, until when (Art. 25).</summary>
internal static class EntrustmentEndpoints
{
    public static RouteGroupBuilder MapEntrustmentApi(this RouteGroupBuilder api)
    {
        var entrustments = api.MapGroup("/entrustments").WithTags("Entrustments");
        entrustments.MapPost("/", CreateAsync).WithName("CreateEntrustment")
            .WithSummary("Register an entrustment to a contractor (administrators and privacy officers).");
        entrustments.MapGet("/", ListAsync).WithName("ListEntrustments")
            .WithSummary("Entrustments: all of them for administrators and privacy officers, its own for a contractor.");
        return api;
    }

    private static async Task<Created<EntrustmentResponse>> CreateAsync(CreateEntrustmentRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var entrustment = new Entrustment(
            string.Empty,
            Guard.Required(request.Contractor, "contractor"),
            Guard.Required(request.ItemTypes, "item_types"),
            Guard.Required(request.PurposeCodes, "purpose_codes"),
            Guard.Required(request.ValidUntil, "valid_until"))
        {
            Country = string.IsNullOrWhiteSpace(request.Country) ? "JP" : request.Country,
        };
        var stored = await platform.Entrustments.CreateAsync(http.Caller(), entrustment, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/entrustments", EntrustmentResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<EntrustmentResponse>>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        if (caller.Role == Role.Contractor)
        {
            return TypedResults.Ok<IReadOnlyList<EntrustmentResponse>>(caller.Entrustment is { } own ? [EntrustmentResponse.Of(own)] : []);
        }

        await Guard.RoleAsync(platform, caller, AccessPolicy.RolePermits(caller.Role, Core.Audit.AccessAction.Admin), "list entrustments",
            "Only administrators and privacy officers see the contractor register.", cancellationToken).ConfigureAwait(false);
        var all = await platform.Entrustments.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<EntrustmentResponse>>([.. all.Select(EntrustmentResponse.Of)]);
    }
}
