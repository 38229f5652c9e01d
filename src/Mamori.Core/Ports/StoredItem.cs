using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Core.Ports;

/// <summary>A personal data item as stored: the value sealed under the subject's data key, never in clear.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="SubjectId">Whose.</param>
/// <param name="Type">The item type.</param>
/// <param name="Category">The APPI class.</param>
/// <param name="Ciphertext">AES-256-GCM nonce + tag + ciphertext.</param>
/// <param name="BlindIndex">The keyed lookup hash for searchable types, else null.</param>
/// <param name="Provenance">Where it came from.</param>
public sealed record StoredItem(string Id, string SubjectId, string Type, PiiCategory Category, byte[] Ciphertext, string? BlindIndex, Provenance Provenance);
