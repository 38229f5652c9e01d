using System.Diagnostics;
using Mamori.Core.Features;
using Microsoft.AspNetCore.Mvc;

namespace Mamori.Server.Problems;

/// <summary>
/// RFC 9457 problem details for every error: <c>type</c> <c>urn:mamori:problem:CODE</c>, a title, the status, a detail
/// that says what to do (never a personal value, never a stack trace), the stable <c>code</c> and a <c>traceId</c>.
/// </summary>
internal static class ApiProblems
{
    public const string TypePrefix = "urn:mamori:problem:";

    /// <summary>The HTTP status of a platform refusal code.</summary>
    public static int StatusOf(string code) => code switch
    {
        "forbidden" or "purpose_required" or "purpose_not_allowed" or "no_consent" or "suspended" or "entrustment" or "do_not_contact" => StatusCodes.Status403Forbidden,
        "not_found" => StatusCodes.Status404NotFound,
        "conflict" or "approval_required" => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails From(PlatformException exception)
    {
        var status = exception.IsForbidden ? StatusCodes.Status403Forbidden : StatusOf(exception.Code);
        return Create(status, exception.Code, exception.Message);
    }

    public static ProblemDetails Create(int status, string code, string detail) => new()
    {
        Type = TypePrefix + code,
        Title = TitleOf(code),
        Status = status,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    /// <summary>Adds the request path and a stable code to every problem, ours and the framework's (which adds the trace id).</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        if (!context.ProblemDetails.Extensions.ContainsKey("code") && context.ProblemDetails.Status is { } status)
        {
            context.ProblemDetails.Extensions["code"] = status switch
            {
                StatusCodes.Status404NotFound => "not_found",
                StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
                StatusCodes.Status401Unauthorized => "unauthenticated",
                StatusCodes.Status403Forbidden => "forbidden",
                _ => status >= 500 ? "internal" : "invalid",
            };
        }
    }

    /// <summary>Writes a problem as <c>application/problem+json</c>, whatever the client said it accepts.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false))
        {
            // The Accept header ruled out JSON (a CSV download, say): answer in JSON all the same.
            Customize(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            problem.Extensions.TryAdd("trace_id", Activity.Current?.Id ?? context.TraceIdentifier);
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string TitleOf(string code) => code switch
    {
        "unauthenticated" => "Sign-in required",
        "forbidden" => "Not allowed for this role",
        "purpose_required" => "Purpose of use required",
        "purpose_not_allowed" => "Purpose does not cover this use",
        "no_consent" => "No consent for this purpose",
        "suspended" => "Use suspended at the person's request",
        "entrustment" => "Outside the contractor's entrustment",
        "not_found" => "Not found",
        "conflict" => "Conflict",
        "approval_required" => "Approval required",
        "storage_unavailable" => "Storage unavailable",
        "internal" => "Internal error",
        _ => "Invalid request",
    };
}
