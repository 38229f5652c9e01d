using Mamori.Core.Access;

namespace Mamori.Server.Demo;

/// <summary>A user the demo dataset created, with its token in clear (shown once).</summary>
/// <param name="Name">The login name.</param>
/// <param name="Role">The role.</param>
/// <param name="Token">The bearer token.</param>
/// <param name="Note">What the user is for, in Japanese and English.</param>
public sealed record DemoUser(string Name, Role Role, string Token, (string Japanese, string English) Note);
