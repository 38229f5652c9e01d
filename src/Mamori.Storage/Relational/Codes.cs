using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Storage.Relational;

/// <summary>
/// The text written for each enum value. Spelled out here, not taken from <c>ToString()</c>, so that
/// renaming a C# member never changes what is in the database.
/// </summary>
internal static class Codes
{
    public static string Of(SubjectStatus status) => status switch
    {
        SubjectStatus.Active => "active",
        SubjectStatus.Suspended => "suspended",
        SubjectStatus.Erased => "erased",
        _ => throw Unknown(nameof(SubjectStatus), status),
    };

    public static SubjectStatus ToSubjectStatus(string code) => code switch
    {
        "active" => SubjectStatus.Active,
        "suspended" => SubjectStatus.Suspended,
        "erased" => SubjectStatus.Erased,
        _ => throw Unreadable("subjects.status", code),
    };

    public static string Of(AcquisitionMethod method) => method switch
    {
        AcquisitionMethod.Direct => "direct",
        AcquisitionMethod.Import => "import",
        AcquisitionMethod.ThirdParty => "third_party",
        AcquisitionMethod.Public => "public",
        _ => throw Unknown(nameof(AcquisitionMethod), method),
    };

    public static AcquisitionMethod ToAcquisitionMethod(string code) => code switch
    {
        "direct" => AcquisitionMethod.Direct,
        "import" => AcquisitionMethod.Import,
        "third_party" => AcquisitionMethod.ThirdParty,
        "public" => AcquisitionMethod.Public,
        _ => throw Unreadable("items.method", code),
    };

    public static string Of(PiiCategory category) => category.ToJsonName();

    public static PiiCategory ToCategory(string code) =>
        PiiCategoryExtensions.TryParse(code, out var category) ? category : throw Unreadable("items.category", code);

    public static string Of(Role role) => Roles.Name(role);

    public static Role ToRole(string code) =>
        Roles.TryParse(code, out var role) ? role : throw Unreadable("users.role", code);

    public static string Of(AccessAction action) => action switch
    {
        AccessAction.Read => "read",
        AccessAction.Write => "write",
        AccessAction.Export => "export",
        AccessAction.Erase => "erase",
        AccessAction.Search => "search",
        AccessAction.Consent => "consent",
        AccessAction.Admin => "admin",
        AccessAction.SignInFailed => "sign_in_failed",
        AccessAction.Provide => "provide",
        _ => throw Unknown(nameof(AccessAction), action),
    };

    public static AccessAction ToAccessAction(string code) => code switch
    {
        "read" => AccessAction.Read,
        "write" => AccessAction.Write,
        "export" => AccessAction.Export,
        "erase" => AccessAction.Erase,
        "search" => AccessAction.Search,
        "consent" => AccessAction.Consent,
        "admin" => AccessAction.Admin,
        "sign_in_failed" => AccessAction.SignInFailed,
        "provide" => AccessAction.Provide,
        _ => throw Unreadable("access_log.action", code),
    };

    private static ArgumentOutOfRangeException Unknown<T>(string type, T value) =>
        new(type, value, $"{type} has no stored code for this value.");

    // Codes are ours (never personal data), so showing the unexpected one helps whoever repairs the row.
    private static StorageException Unreadable(string column, string code) =>
        new($"The database holds an unknown value '{code}' in {column}: it was written by a newer Mamori or edited by hand.");
}
