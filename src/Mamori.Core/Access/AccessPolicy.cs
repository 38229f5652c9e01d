using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;

namespace Mamori.Core.Access;

/// <summary>
/// Who may do what to personal data, and for which purpose (Art. 18, 23, 25, 27). Every use of a
/// subject's data declares a purpose; the purpose must be registered and in effect, cover the
/// item types, and — when it needs consent — the subject's latest consent for it must be given.
/// A suspended subject (Art. 35) is used for no purpose. A contractor acts only within its
/// entrustment's items, purposes and term. Marketers see values masked unless the purpose needs them.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Which roles may perform an action on personal data at all.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    public static bool RolePermits(Role role, AccessAction action) => action switch
    {
        AccessAction.Read or AccessAction.Search => true,
        AccessAction.Write or AccessAction.Consent => role is Role.Administrator or Role.PrivacyOfficer or Role.Staff or Role.Contractor,
        AccessAction.Export => role is Role.Administrator or Role.PrivacyOfficer or Role.Marketer,
        AccessAction.Erase => role is Role.PrivacyOfficer,
        AccessAction.Admin => role is Role.Administrator or Role.PrivacyOfficer,
        _ => false,
    };

    /// <summary>Whether a role may manage users and tokens (administrators only).</summary>
    /// <param name="role">The role.</param>
    public static bool MayManageUsers(Role role) => role == Role.Administrator;

    /// <summary>Whether a role may read and verify the access log.</summary>
    /// <param name="role">The role.</param>
    public static bool MayAudit(Role role) => role is Role.Administrator or Role.PrivacyOfficer;

    /// <summary>
    /// Decides what a caller may do for a purpose before any subject is looked at: the role, the purpose (declared,
    /// registered, in effect), and for a contractor its entrustment (in force, covering the purpose). When allowed, the
    /// decision carries the item types the caller may see for the purpose and which of them are masked for the role.
    /// </summary>
    /// <param name="role">The caller's role.</param>
    /// <param name="entrustment">The caller's entrustment (contractors).</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="purpose">The purpose version in effect now, or null when the code is unknown or not yet in effect.</param>
    /// <param name="now">The current time.</param>
    public static AccessDecision DecidePurpose(Role role, Entrustment? entrustment, AccessAction action, string? purposeCode, Purpose? purpose, DateTimeOffset now)
    {
        if (!RolePermits(role, action))
        {
            return AccessDecision.Deny("forbidden", $"The role {Roles.Name(role)} may not {action.ToString().ToLowerInvariant()} personal data.");
        }

        if (string.IsNullOrWhiteSpace(purposeCode))
        {
            return AccessDecision.Deny("purpose_required", "Declare the purpose of use (X-Mamori-Purpose header or purpose parameter): every use of personal data needs one (Art. 18).");
        }

        if (purpose is null)
        {
            return AccessDecision.Deny("purpose_not_allowed", $"The purpose '{purposeCode}' is not registered or not in effect.");
        }

        if (role == Role.Contractor)
        {
            if (entrustment is null || !entrustment.IsInForce(now))
            {
                return AccessDecision.Deny("entrustment", "This contractor has no entrustment in force (Art. 25).");
            }

            if (!entrustment.PurposeCodes.Contains(purpose.Code))
            {
                return AccessDecision.Deny("entrustment", $"The entrustment does not cover the purpose '{purpose.Code}'.");
            }
        }

        IEnumerable<string> visible = purpose.ItemTypes;
        if (role == Role.Contractor)
        {
            visible = visible.Intersect(entrustment!.ItemTypes, StringComparer.Ordinal);
        }

        var visibleSet = new HashSet<string>(visible, StringComparer.Ordinal);
        var masked = role == Role.Marketer
            ? new HashSet<string>(visibleSet.Except(purpose.FullValueItemTypes, StringComparer.Ordinal), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        return new AccessDecision(true, "ok", "allowed", visibleSet, masked);
    }

    /// <summary>Decides an action on one subject's data: <see cref="DecidePurpose"/>, then the subject's suspension and consent.</summary>
    /// <param name="role">The caller's role.</param>
    /// <param name="entrustment">The caller's entrustment (contractors).</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="purpose">The purpose version in effect now, or null when the code is unknown or not yet in effect.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="consents">The subject's consent records, oldest first.</param>
    /// <param name="now">The current time.</param>
    public static AccessDecision Decide(
        Role role, Entrustment? entrustment, AccessAction action, string? purposeCode, Purpose? purpose,
        DataSubject subject, IReadOnlyList<ConsentRecord> consents, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(consents);
        var scope = DecidePurpose(role, entrustment, action, purposeCode, purpose, now);
        if (!scope.Allowed)
        {
            return scope;
        }

        if (subject.Status == SubjectStatus.Suspended && role != Role.PrivacyOfficer)
        {
            return AccessDecision.Deny("suspended", "Use of this person's data is suspended at their request (Art. 35).");
        }

        if (subject.DoNotContactSince is not null && purpose!.DirectContact && action != AccessAction.Consent)
        {
            return AccessDecision.Deny("do_not_contact", $"The person asked not to be contacted (Art. 35(5)): the purpose '{purpose.Code}' contacts people and may not use their data.");
        }

        if (purpose!.RequiresConsent && action != AccessAction.Consent && !HasConsent(consents, purpose.Code))
        {
            return AccessDecision.Deny("no_consent", $"The person has not consented to the purpose '{purpose.Code}' (or withdrew consent).");
        }

        return scope;
    }

    /// <summary>True when the latest consent record for the purpose (own use, no recipient) is a given consent.</summary>
    /// <param name="consents">The subject's consent records, oldest first.</param>
    /// <param name="purposeCode">The purpose.</param>
    public static bool HasConsent(IReadOnlyList<ConsentRecord> consents, string purposeCode)
    {
        ArgumentNullException.ThrowIfNull(consents);
        for (var i = consents.Count - 1; i >= 0; i--)
        {
            if (consents[i].PurposeCode == purposeCode && consents[i].RecipientId is null)
            {
                return consents[i].Given;
            }
        }

        return false;
    }
}
