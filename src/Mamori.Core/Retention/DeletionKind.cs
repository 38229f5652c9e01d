namespace Mamori.Core.Retention;

/// <summary>What a retention deletion removed.</summary>
public enum DeletionKind
{
    /// <summary>A whole subject, crypto-shredded through the erasure path (its data key destroyed, items and events deleted).</summary>
    Subject,

    /// <summary>Some items of a subject that keeps others.</summary>
    Items,

    /// <summary>Records of another kind purged by a <see cref="IRetentionParticipant"/> (e.g. Art. 29/30 provision records).</summary>
    Records,
}
