using Mamori.Core.Audit;
using Mamori.Core.Subjects;

namespace Mamori.Server.Contracts;

/// <summary>Enum values as the API writes and reads them: lower-case snake_case.</summary>
internal static class Names
{
    public static string Of(SubjectStatus status) => status switch
    {
        SubjectStatus.Active => "active",
        SubjectStatus.Suspended => "suspended",
        _ => "erased",
    };

    public static string Of(AcquisitionMethod method) => method switch
    {
        AcquisitionMethod.Direct => "direct",
        AcquisitionMethod.Import => "import",
        AcquisitionMethod.ThirdParty => "third_party",
        _ => "public",
    };

    public static AcquisitionMethod? ParseMethod(string? name) => name?.ToLowerInvariant() switch
    {
        null or "" or "direct" => AcquisitionMethod.Direct,
        "import" => AcquisitionMethod.Import,
        "third_party" or "third-party" => AcquisitionMethod.ThirdParty,
        "public" => AcquisitionMethod.Public,
        _ => null,
    };

    public static string Of(AccessAction action) => action switch
    {
        AccessAction.Read => "read",
        AccessAction.Write => "write",
        AccessAction.Export => "export",
        AccessAction.Erase => "erase",
        AccessAction.Search => "search",
        AccessAction.Consent => "consent",
        AccessAction.Admin => "admin",
        AccessAction.Provide => "provide",
        _ => "sign_in_failed",
    };
}
