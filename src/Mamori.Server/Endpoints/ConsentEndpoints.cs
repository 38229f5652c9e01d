using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/subjects/{id}/consents</c>: consents given or withdrawn, never edited; the latest per purpose decides.</summary>
internal static class ConsentEndpoints
{
    public static RouteGroupBuilder MapConsentApi(this RouteGroupBuilder api)
    {
        var consents = api.MapGroup("/subjects/{id}/consents").WithTags("Consents").ProducesProblem(StatusCodes.Status404NotFound);
        consents.MapPost("/", RecordAsync).WithName("RecordConsent")
            .WithSummary("Record a consent given or withdrawn for a purpose (the body's purpose, else the purpose header).");
        consents.MapGet("/", ListAsync).WithName("ListConsents").WithSummary("A subject's consent records, oldest first.");
        return api;
    }

    private static async Task<Created<ConsentResponse>> RecordAsync(
        string id, ConsentInput request, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var consent = new NewConsent(
            Guard.Required(request.Purpose ?? purpose, "purpose"), Guard.Required(request.Given, "given"), request.Channel ?? "api", request.NoticeId, request.Evidence) { RecipientId = request.RecipientId };
        var record = await platform.Consents.RecordAsync(http.Caller(), id, consent, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/subjects/{id}/consents", ConsentResponse.Of(record));
    }

    private static async Task<Ok<IReadOnlyList<ConsentResponse>>> ListAsync(
        string id, [FromHeader(Name = MamoriApi.PurposeHeader)] string? purpose, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var records = await platform.Consents.ListAsync(http.Caller(), id, purpose, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ConsentResponse>>([.. records.Select(ConsentResponse.Of)]);
    }
}
