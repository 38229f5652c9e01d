using System.Security.Cryptography;
using Mamori.Core.Consents;
using Mamori.Core.Ports;
using Mamori.Core.Security;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Storage.Tests;

/// <summary>Synthetic records for the storage tests. Values are random bytes standing in for ciphertext; no real personal data.</summary>
internal static class Samples
{
    /// <summary>A fixed time in Japan (+09:00), to the microsecond: what both databases keep.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 4, 1, 9, 30, 15, TimeSpan.FromHours(9));

    public static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes).AddTicks(1230);

    public static WrappedKey Key(string masterKeyId = "mk1") => new(masterKeyId, RandomNumberGenerator.GetBytes(60));

    public static StoredItem Item(string subjectId, string type = EntityTypes.PersonName, string? blindIndex = null, string? id = null) =>
        new(id ?? PersonalItem.NewId(), subjectId, type, ItemTypes.CategoryOf(type), RandomNumberGenerator.GetBytes(40), blindIndex,
            new Provenance("shop-export-2025-03", AcquisitionMethod.Import, At(-60), "N-web-2025"));

    public static ConsentRecord Consent(string subjectId, string purpose, bool given, DateTimeOffset at, string? id = null) =>
        new(id ?? ConsentRecord.NewId(), subjectId, purpose, given, at, "web-form", "N-web-2025", "form-4711");

    /// <summary>A new subject with a name, an e-mail (blind index <paramref name="emailIndex"/>), a phone and a consent.</summary>
    public static NewSubjectRecord Subject(string? id = null, DateTimeOffset? createdAt = null, string? emailIndex = null, string? importId = null)
    {
        var subjectId = id ?? DataSubject.NewId();
        return new NewSubjectRecord(
            new DataSubject(subjectId, createdAt ?? T0, SubjectStatus.Active),
            Key(),
            [
                Item(subjectId, EntityTypes.PersonName),
                Item(subjectId, EntityTypes.EmailAddress, emailIndex ?? BlindIndex()),
                Item(subjectId, EntityTypes.PhoneNumber, BlindIndex()),
            ],
            [Consent(subjectId, "email-marketing", true, At(0))])
        {
            ImportId = importId,
        };
    }

    /// <summary>A subject shaped like an imported member: six items, three of them searchable.</summary>
    public static NewSubjectRecord Member(int n, string importId)
    {
        var subjectId = DataSubject.NewId();
        return new NewSubjectRecord(
            new DataSubject(subjectId, T0.AddSeconds(n), SubjectStatus.Active),
            Key(),
            [
                Item(subjectId, EntityTypes.PersonName),
                Item(subjectId, EntityTypes.EmailAddress, BlindIndex()),
                Item(subjectId, EntityTypes.PhoneNumber, BlindIndex()),
                Item(subjectId, ItemTypes.MemberId, BlindIndex()),
                Item(subjectId, EntityTypes.Address),
                Item(subjectId, EntityTypes.DateOfBirth),
            ],
            [])
        {
            ImportId = importId,
        };
    }

    public static string BlindIndex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
