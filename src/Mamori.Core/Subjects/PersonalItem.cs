using Mamori.Detection;

namespace Mamori.Core.Subjects;

/// <summary>
/// One personal data item of a subject — a name, an e-mail address, a date of birth — with its APPI
/// class. <see cref="Value"/> is plain text only in memory; storage holds it encrypted under the
/// subject's data key.
/// </summary>
/// <param name="Id">The item's id.</param>
/// <param name="SubjectId">Whose it is.</param>
/// <param name="Type">The entity id (<c>PERSON_NAME</c>, <c>EMAIL_ADDRESS</c>, <c>MEMBER_ID</c>…).</param>
/// <param name="Category">The APPI class.</param>
/// <param name="Value">The value.</param>
/// <param name="Provenance">Where it came from.</param>
public sealed record PersonalItem(string Id, string SubjectId, string Type, PiiCategory Category, string Value, Provenance Provenance)
{
    /// <summary>Creates an item id.</summary>
    public static string NewId() => TimeOrderedId.New('I');
}
