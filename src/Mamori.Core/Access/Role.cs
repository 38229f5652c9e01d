namespace Mamori.Core.Access;

/// <summary>The roles of platform users.</summary>
public enum Role
{
    /// <summary>管理者: manages users, purposes and settings; reads personal data only for a declared purpose.</summary>
    Administrator,

    /// <summary>個人情報保護管理者: full view for a purpose, approves large exports, erases, audits.</summary>
    PrivacyOfficer,

    /// <summary>マーケター: masked views unless the purpose needs the value; segments and campaigns.</summary>
    Marketer,

    /// <summary>従業者: reads and writes subjects for the purposes of their job.</summary>
    Staff,

    /// <summary>委託先: sees only the items and purposes of its entrustment, until it ends (Art. 25).</summary>
    Contractor,
}
