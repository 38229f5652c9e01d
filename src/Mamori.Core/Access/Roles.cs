namespace Mamori.Core.Access;

/// <summary>Role names as written on the command line and in the API (<c>privacy-officer</c>…), and back.</summary>
public static class Roles
{
    /// <summary>The machine name of a role.</summary>
    /// <param name="role">The role.</param>
    public static string Name(Role role) => role switch
    {
        Role.Administrator => "administrator",
        Role.PrivacyOfficer => "privacy-officer",
        Role.Marketer => "marketer",
        Role.Staff => "staff",
        Role.Contractor => "contractor",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Parses a role name (also accepts <c>privacy_officer</c> and any case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="role">The role.</param>
    public static bool TryParse(string name, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(Name(candidate), name?.Replace('_', '-'), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Every role name.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<Role>().Select(Name)];
}
