namespace Mamori.Core.Provision;

/// <summary>A person's request to stop provision to third parties (Art. 27(2), 35(3)): to every recipient or to one.</summary>
/// <param name="Id">The stop's id.</param>
/// <param name="SubjectId">The person.</param>
/// <param name="RecipientId">The recipient, or null for every recipient.</param>
/// <param name="Reason">Why (a request id) — no personal values.</param>
/// <param name="At">When it took effect.</param>
/// <param name="By">Who recorded it (user id).</param>
public sealed record ProvisionStop(string Id, string SubjectId, string? RecipientId, string Reason, DateTimeOffset At, string By)
{
    /// <summary>Creates a stop id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('T');
}
