using Mamori.Core.Access;
using Mamori.Core.Features;

namespace Mamori.Server.Demo;

/// <summary>What a new platform needs before anyone can call the API: an administrator with a token.</summary>
public static class ServerBootstrap
{
    /// <summary>The first administrator's name.</summary>
    public const string AdministratorName = "admin";

    /// <summary>Adds an administrator when the platform has no user at all, as the local operator who holds the key file.</summary>
    /// <param name="platform">The platform.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The administrator and its token (shown once), or null when users exist already.</returns>
    public static async Task<(PlatformUser User, string Token)?> EnsureAdministratorAsync(Platform platform, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if ((await platform.Store.GetUsersAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return null;
        }

        return await platform.Users.AddUserAsync(Caller.LocalOperator, AdministratorName, Role.Administrator, null, cancellationToken).ConfigureAwait(false);
    }
}
