using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/purposes</c>: the register of purposes of use, every version kept (Art. 17).</summary>
internal static class PurposeEndpoints
{
    public static RouteGroupBuilder MapPurposeApi(this RouteGroupBuilder api)
    {
        var purposes = api.MapGroup("/purposes").WithTags("Purposes");
        purposes.MapPost("/", DefineAsync).WithName("DefinePurpose")
            .WithSummary("Define a purpose or its next version (administrators and privacy officers).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        purposes.MapGet("/", ListAsync).WithName("ListPurposes").WithSummary("Every purpose version, with its items, retention and whether it needs consent.");
        return api;
    }

    private static async Task<Created<PurposeResponse>> DefineAsync(DefinePurposeRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var purpose = new Purpose(
            Guard.Required(request.Code, "code"),
            request.Version ?? 0,
            request.EffectiveFrom ?? platform.Time.GetUtcNow(),
            Guard.Required(request.Title, "title"),
            Guard.Required(request.PublishedText, "published_text"),
            Guard.Required(request.ItemTypes, "item_types"),
            Guard.Required(request.RetentionDays, "retention_days"),
            Guard.Required(request.RequiresConsent, "requires_consent"))
        {
            FullValueItemTypes = request.FullValueItemTypes ?? [],
            DirectContact = request.DirectContact ?? false,
        };
        var stored = await platform.Purposes.DefineAsync(http.Caller(), purpose, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/purposes", PurposeResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<PurposeResponse>>> ListAsync(Platform platform, CancellationToken cancellationToken)
    {
        var purposes = await platform.Purposes.AllAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<PurposeResponse>>([.. purposes.OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Version).Select(PurposeResponse.Of)]);
    }
}
