using Mamori.Core.Audit;
using Mamori.Core.Features;

namespace Mamori.Server.Endpoints;

/// <summary>Request checks the endpoints share: required fields (400 with the field's name) and role checks Core leaves to the host (logged when refused).</summary>
internal static class Guard
{
    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new PlatformException("invalid", $"'{field}' is required.") : value;

    public static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw new PlatformException("invalid", $"'{field}' is required.");

    public static T Required<T>(T? value, string field)
        where T : struct =>
        value ?? throw new PlatformException("invalid", $"'{field}' is required.");

    /// <summary>Refuses (403, logged as a refused administrative action) unless <paramref name="allowed"/>.</summary>
    public static async Task RoleAsync(Platform platform, Caller caller, bool allowed, string what, string message, CancellationToken cancellationToken)
    {
        if (allowed)
        {
            return;
        }

        await platform.AccessLog.AppendAsync(caller, AccessAction.Admin, null, [], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
        throw new PlatformException("forbidden", message);
    }

    /// <summary>An id from the path, checked to be an id (letters and digits) so it can go into a header or a message safely.</summary>
    public static string Id(string id, string what) =>
        id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit) ? id : throw new PlatformException("not_found", $"There is no {what} '{Sanitized(id)}'.");

    private static string Sanitized(string id) => new([.. id.Take(64).Where(char.IsAsciiLetterOrDigit)]);
}
