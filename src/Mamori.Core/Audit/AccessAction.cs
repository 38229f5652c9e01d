namespace Mamori.Core.Audit;

/// <summary>What was done (or attempted) to personal data or to the platform.</summary>
public enum AccessAction
{
    /// <summary>Personal data read.</summary>
    Read,

    /// <summary>Personal data created or changed.</summary>
    Write,

    /// <summary>Personal data exported.</summary>
    Export,

    /// <summary>A subject erased (crypto-shredded).</summary>
    Erase,

    /// <summary>A search by e-mail, phone or member id.</summary>
    Search,

    /// <summary>A consent recorded or withdrawn.</summary>
    Consent,

    /// <summary>An administrative change (users, tokens, purposes, entrustments, keys).</summary>
    Admin,

    /// <summary>A sign-in that failed (unknown or revoked token).</summary>
    SignInFailed,

    /// <summary>Personal data provided to a recipient (Art. 27-31), a provision stopped, or provision records read or purged.</summary>
    Provide,
}
