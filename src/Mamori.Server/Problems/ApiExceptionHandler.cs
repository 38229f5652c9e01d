using System.Text.Json;
using Mamori.Core.Features;
using Mamori.Server.Logging;
using Mamori.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mamori.Server.Problems;

/// <summary>
/// Turns every exception into problem details: platform refusals keep their code (403, 404, 409, 400), malformed
/// requests are 400 with where the body went wrong, storage failures 503, anything else 500. Logs say which endpoint and
/// what kind of failure, never a value from the request.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.DisplayName ?? "(no endpoint)";
        ProblemDetails problem;
        switch (exception)
        {
            case PlatformException refused:
                problem = ApiProblems.From(refused);
                ServerLog.Refused(logger, problem.Status ?? 0, refused.Code, endpoint);
                break;
            case BadHttpRequestException bad:
                problem = ApiProblems.Create(bad.StatusCode, "invalid", Explain(bad));
                ServerLog.BadRequest(logger, endpoint, bad.StatusCode);
                break;
            case StorageConflictException:
                problem = ApiProblems.Create(StatusCodes.Status409Conflict, "conflict", "The request conflicts with data already stored; nothing was written.");
                ServerLog.Refused(logger, StatusCodes.Status409Conflict, "conflict", endpoint);
                break;
            case StorageException storage:
                problem = ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "storage_unavailable", "The database could not complete the request. Try again; the server log says why.");
                ServerLog.StorageFailed(logger, endpoint, httpContext.TraceIdentifier, storage.Message);
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true; // the client went away: nobody to answer
            default:
                problem = ApiProblems.Create(StatusCodes.Status500InternalServerError, "internal", "The server failed unexpectedly. The server log has the trace id.");
                ServerLog.Unexpected(logger, exception.GetType().FullName ?? "?", endpoint, httpContext.TraceIdentifier, exception.StackTrace ?? string.Empty);
                break;
        }

        await ApiProblems.WriteAsync(httpContext, problem).ConfigureAwait(false);
        return true;
    }

    /// <summary>A reason for a malformed request that names the place (a JSON path), never the value.</summary>
    private static string Explain(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return json.Path is { Length: > 0 } path
                ? $"The request body is not valid JSON for this endpoint (at {path}): check the field's type."
                : "The request body is not valid JSON for this endpoint.";
        }

        // The framework's messages name parameters and headers, not their values.
        return exception.Message;
    }
}
