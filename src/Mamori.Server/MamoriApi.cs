using System.Text.Json;
using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Endpoints;
using Mamori.Server.Json;
using Mamori.Server.Problems;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Authentication;

namespace Mamori.Server;

/// <summary>The API's services, middleware and routes, for hosts that compose their own application.</summary>
public static class MamoriApi
{
    /// <summary>The route prefix of version 1.</summary>
    public const string BasePath = "/api/v1";

    /// <summary>The header every call touching personal data declares its purpose of use in (Art. 18).</summary>
    public const string PurposeHeader = "X-Mamori-Purpose";

    /// <summary>Registers the platform, bearer-token sign-in, problem details, JSON (snake_case, source-generated) and OpenAPI.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="platform">The opened platform the API serves.</param>
    public static IServiceCollection AddMamoriApi(this IServiceCollection services, Platform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        services.AddSingleton(platform);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, configureOptions: null);
        services.AddAuthorization();
        // Sign-in needs no cookies: keep data-protection keys in memory instead of writing them to the home folder.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new InMemoryXmlRepository());
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, MamoriJsonContext.Default);
        });
        // Malformed bodies and parameters become exceptions, answered as problem details with a reason.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", OpenApiSetup.Configure);
        return services;
    }

    /// <summary>Problem details for every error (exceptions and bare status codes), then sign-in.</summary>
    /// <param name="app">The application.</param>
    public static IApplicationBuilder UseMamoriApi(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Maps <c>/api/v1</c> (bearer token required except for <c>/api/v1/health</c>) and <c>/openapi/v1.json</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    public static IEndpointRouteBuilder MapMamoriApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(MamoriServer.OpenApiPath.Replace("v1", "{documentName}", StringComparison.Ordinal)).AllowAnonymous();
        var root = endpoints.MapGroup(BasePath);
        root.MapHealthApi();

        var api = root.MapGroup(string.Empty)
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapSubjectApi();
        api.MapConsentApi();
        api.MapPurposeApi();
        api.MapNoticeApi();
        api.MapUserApi();
        api.MapEntrustmentApi();
        api.MapExportApi();
        api.MapAccessLogApi();
        api.MapIncidentApi();
        api.MapContractorApi();
        api.MapRetentionApi();
        api.MapProvisionApi();
        api.MapRequestApi();
        api.MapStatementApi();
        return endpoints;
    }
}
