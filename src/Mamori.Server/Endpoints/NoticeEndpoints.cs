using Mamori.Core.Features;
using Mamori.Core.Purposes;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/notices</c>: privacy notice versions per collection point and the purposes they state (Art. 21).</summary>
internal static class NoticeEndpoints
{
    public static RouteGroupBuilder MapNoticeApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");
        notices.MapPost("/", PublishAsync).WithName("PublishNotice").WithSummary("Publish a notice version (administrators and privacy officers).");
        notices.MapGet("/", ListAsync).WithName("ListNotices").WithSummary("Every notice version.");
        return api;
    }

    private static async Task<Created<NoticeResponse>> PublishAsync(PublishNoticeRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var notice = new Notice(
            string.Empty,
            Guard.Required(request.CollectionPoint, "collection_point"),
            Guard.Required(request.Version, "version"),
            Guard.Required(request.Text, "text"),
            platform.Time.GetUtcNow(),
            Guard.Required(request.PurposeCodes, "purpose_codes"));
        var stored = await platform.Purposes.PublishNoticeAsync(http.Caller(), notice, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/notices", NoticeResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<NoticeResponse>>> ListAsync(Platform platform, CancellationToken cancellationToken)
    {
        var notices = await platform.Purposes.NoticesAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<NoticeResponse>>([.. notices.Select(NoticeResponse.Of)]);
    }
}
