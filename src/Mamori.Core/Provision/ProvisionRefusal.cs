namespace Mamori.Core.Provision;

/// <summary>A person left out of a provision, and why.</summary>
/// <param name="SubjectId">The person.</param>
/// <param name="Code">
/// <c>not_found</c>, <c>erased</c>, <c>suspended</c>, <c>provision_stopped</c>, <c>no_consent</c>, <c>received_by_opt_out</c>
/// or <c>no_items</c>.
/// </param>
/// <param name="Reason">What does not hold, citing the article.</param>
public sealed record ProvisionRefusal(string SubjectId, string Code, string Reason);
