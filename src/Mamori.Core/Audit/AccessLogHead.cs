namespace Mamori.Core.Audit;

/// <summary>The count and last hash of the access log, kept apart from it so that removing entries from its end is detected.</summary>
/// <param name="Count">Entries written.</param>
/// <param name="LastHash">The hash of the last one.</param>
public sealed record AccessLogHead(long Count, string LastHash);
