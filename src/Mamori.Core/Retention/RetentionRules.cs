namespace Mamori.Core.Retention;

/// <summary>The rule codes of the deletion log (stable, machine-readable).</summary>
public static class RetentionRules
{
    /// <summary>The longest retention period among the purposes covering the item ran out, counted from the subject's last activity.</summary>
    public const string Expired = "retention_expired";

    /// <summary>No purpose in effect covers the item any more (purpose withdrawn or narrowed, consent withdrawn).</summary>
    public const string NoPurpose = "no_purpose_in_effect";

    /// <summary>Records of another kind whose own retention ran out (a participant's rule).</summary>
    public const string Records = "record_retention";
}
