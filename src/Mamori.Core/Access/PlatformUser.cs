namespace Mamori.Core.Access;

/// <summary>Someone who uses the platform.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Name">A login name.</param>
/// <param name="Role">The role.</param>
/// <param name="CreatedAt">When the user was added.</param>
public sealed record PlatformUser(string Id, string Name, Role Role, DateTimeOffset CreatedAt)
{
    /// <summary>For a contractor, the entrustment that scopes its access.</summary>
    public string? EntrustmentId { get; init; }

    /// <summary>True when the user can no longer sign in.</summary>
    public bool Disabled { get; init; }

    /// <summary>Creates a user id.</summary>
    public static string NewId() => "U" + Guid.CreateVersion7().ToString("N");
}
