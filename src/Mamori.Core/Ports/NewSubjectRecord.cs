using Mamori.Core.Consents;
using Mamori.Core.Security;
using Mamori.Core.Subjects;

namespace Mamori.Core.Ports;

/// <summary>Everything written for one new subject, in one unit (also the unit of bulk imports).</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Key">Its wrapped data key (goes to the key store).</param>
/// <param name="Items">Its sealed items.</param>
/// <param name="Consents">Consents recorded with it.</param>
public sealed record NewSubjectRecord(DataSubject Subject, WrappedKey Key, IReadOnlyList<StoredItem> Items, IReadOnlyList<ConsentRecord> Consents)
{
    /// <summary>The import job that created it, if any (to resume or undo an import).</summary>
    public string? ImportId { get; init; }
}
