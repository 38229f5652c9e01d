using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary><c>/api/v1/statement</c>: the Art. 32 public statement generated from the business profile and the registers, and the profile itself.</summary>
internal static class StatementEndpoints
{
    public static RouteGroupBuilder MapStatementApi(this RouteGroupBuilder api)
    {
        var statement = api.MapGroup("/statement").WithTags("Statement");
        statement.MapGet("/", GetAsync).WithName("GetStatement")
            .WithSummary("The public statement (公表事項, Art. 32): format=json (default), markdown or html, in Japanese.")
            .Produces<StatementResponse>(StatusCodes.Status200OK).Produces(StatusCodes.Status200OK, contentType: "text/markdown");
        statement.MapGet("/profile", ProfileAsync).WithName("GetBusinessProfile")
            .WithSummary("The business profile the statement is generated from.");
        statement.MapPut("/profile", SetProfileAsync).WithName("SetBusinessProfile")
            .WithSummary("Replace the business profile: name, address, representative, complaint contact, procedure, fees, security measures (administrators and privacy officers).");
        return api;
    }

    private static async Task<IResult> GetAsync(Platform platform, CancellationToken cancellationToken, string? format = null)
    {
        var statement = await platform.Statement.BuildAsync(cancellationToken).ConfigureAwait(false);
        return (format ?? "json") switch
        {
            "json" => TypedResults.Ok(StatementResponse.Of(statement)),
            "markdown" or "md" => TypedResults.Text(PublicStatement.ToMarkdown(statement), "text/markdown; charset=utf-8"),
            "html" => TypedResults.Text(PublicStatement.ToHtml(statement), "text/html; charset=utf-8"),
            _ => throw new PlatformException("invalid", "'format' must be json, markdown or html."),
        };
    }

    private static async Task<Ok<BusinessProfileBody>> ProfileAsync(Platform platform, CancellationToken cancellationToken) =>
        TypedResults.Ok(BusinessProfileBody.Of(await platform.Statement.ProfileAsync(cancellationToken).ConfigureAwait(false)));

    private static async Task<Ok<BusinessProfileBody>> SetProfileAsync(BusinessProfileBody body, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var stored = await platform.Statement.SetProfileAsync(http.Caller(), body.ToProfile(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(BusinessProfileBody.Of(stored));
    }
}
