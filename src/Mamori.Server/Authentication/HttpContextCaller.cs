using Mamori.Core.Features;

namespace Mamori.Server.Authentication;

/// <summary>The caller of a request, as the bearer-token handler signed it in.</summary>
internal static class HttpContextCaller
{
    public static Caller Caller(this HttpContext context) => BearerTokenHandler.CallerOf(context);
}
