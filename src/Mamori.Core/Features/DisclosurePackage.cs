using Mamori.Core.Consents;
using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>
/// Everything the business holds about one person (Art. 33): every item with its provenance, every consent record, every
/// event, the purposes in use and the notices they were shown. Rendered as JSON, CSV or PDF by <see cref="DisclosureRenderer"/>.
/// </summary>
/// <param name="RequestId">The request it answers.</param>
/// <param name="SubjectId">Whose.</param>
/// <param name="GeneratedAt">When it was put together.</param>
/// <param name="BusinessName">Who discloses (from the business profile).</param>
/// <param name="Items">The items, unmasked.</param>
/// <param name="Consents">The consent records, oldest first.</param>
/// <param name="Events">The events, oldest first.</param>
/// <param name="Purposes">The purposes the data is used for.</param>
/// <param name="NoticeIds">The privacy notices the person was shown (from provenance and consents).</param>
public sealed record DisclosurePackage(
    string RequestId, string SubjectId, DateTimeOffset GeneratedAt, string BusinessName, IReadOnlyList<PersonalItem> Items,
    IReadOnlyList<ConsentRecord> Consents, IReadOnlyList<SubjectEvent> Events, IReadOnlyList<PurposeUse> Purposes, IReadOnlyList<string> NoticeIds)
{
    /// <summary>The records of provision to and receipt from third parties concerning the person (Art. 29-31, 33(5)).</summary>
    public IReadOnlyList<Provision.ProvisionRecord> Records { get; init; } = [];

    /// <summary>A disclosure of the provision records alone (a request under Art. 33(5)), not of the data.</summary>
    public bool RecordsOnly { get; init; }
}
