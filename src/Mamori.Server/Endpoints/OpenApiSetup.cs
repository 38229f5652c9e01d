using Mamori.Server.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mamori.Server.Endpoints;

/// <summary>The OpenAPI document: title, the bearer scheme every <c>/api/v1</c> operation but health requires, and the purpose header.</summary>
internal static class OpenApiSetup
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Mamori API",
                Version = "v1",
                Description =
                    "Mamori（守り）customer data platform under Japan's APPI. Authenticate with 'Authorization: Bearer mamori_…'. "
                    + $"Every call that touches personal data declares its purpose of use in '{MamoriApi.PurposeHeader}' (Art. 18): "
                    + "only the items that purpose covers are returned, masked by role, and only for people whose consent it needs. "
                    + "Errors are RFC 9457 problem details with a stable 'code'.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerTokenHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "mamori_…",
                Description = "A token from 'mamori users add NAME --role ROLE' or POST /api/v1/users.",
            };
            var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerTokenHandler.SchemeName, document)] = [] };
            foreach (var (path, item) in document.Paths)
            {
                if (path.EndsWith("/health", StringComparison.Ordinal) || item.Operations is null)
                {
                    continue;
                }

                foreach (var operation in item.Operations.Values)
                {
                    operation.Security ??= [];
                    operation.Security.Add(requirement);
                }
            }

            return Task.CompletedTask;
        });
    }
}
