namespace Mamori.Core.Ports;

/// <summary>A subject event as stored: kind and time in clear (for retention and segments), attributes sealed.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="SubjectId">Whose.</param>
/// <param name="Kind">purchase, ride, visit…</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Ciphertext">The attributes as JSON, sealed under the subject's data key.</param>
public sealed record StoredEvent(string Id, string SubjectId, string Kind, DateTimeOffset OccurredAt, byte[] Ciphertext);
