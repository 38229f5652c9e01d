using Mamori.Core.Access;

namespace Mamori.Core.Features;

/// <summary>Who is asking: a signed-in user (with the entrustment that scopes a contractor), or the local operator of the CLI.</summary>
/// <param name="UserId">The user's id (<c>cli</c> for the local operator).</param>
/// <param name="Name">The user's name.</param>
/// <param name="Role">The role.</param>
/// <param name="Entrustment">For a contractor, its entrustment.</param>
public sealed record Caller(string UserId, string Name, Role Role, Entrustment? Entrustment = null)
{
    /// <summary>The operator at the machine's command line, who holds the key file: acts as administrator.</summary>
    public static Caller LocalOperator { get; } = new("cli", "cli", Role.Administrator);

    /// <summary>The caller of a user.</summary>
    /// <param name="user">The user.</param>
    /// <param name="entrustment">The user's entrustment, for contractors.</param>
    public static Caller Of(PlatformUser user, Entrustment? entrustment)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Caller(user.Id, user.Name, user.Role, entrustment);
    }
}
