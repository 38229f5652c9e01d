namespace Mamori.Core.Access;

/// <summary>The outcome of an access check on one subject.</summary>
/// <param name="Allowed">Whether the action may proceed.</param>
/// <param name="Code">Why not (<c>forbidden</c>, <c>purpose_required</c>, <c>purpose_not_allowed</c>, <c>no_consent</c>, <c>suspended</c>, <c>entrustment</c>), or <c>ok</c>.</param>
/// <param name="Reason">A message for the caller, free of personal values.</param>
/// <param name="VisibleItemTypes">The item types the caller may see for this purpose.</param>
/// <param name="MaskedItemTypes">Of those, the ones shown masked for the caller's role.</param>
public sealed record AccessDecision(bool Allowed, string Code, string Reason, IReadOnlySet<string> VisibleItemTypes, IReadOnlySet<string> MaskedItemTypes)
{
    /// <summary>A refusal.</summary>
    /// <param name="code">The code.</param>
    /// <param name="reason">The message.</param>
    public static AccessDecision Deny(string code, string reason) => new(false, code, reason, new HashSet<string>(), new HashSet<string>());
}
