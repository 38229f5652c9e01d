using Mamori.Core.Subjects;

namespace Mamori.Core.Provision;

/// <summary>What the store knows about one person that decides whether they may be provided to a recipient.</summary>
/// <param name="SubjectId">The person.</param>
/// <param name="Status">Their status, or null when there is no such subject.</param>
/// <param name="ConsentId">The latest consent record for provision to the recipient for the purpose, if any.</param>
/// <param name="ConsentGiven">Whether that record is a given consent (false when withdrawn or missing).</param>
/// <param name="Stopped">True when the person asked to stop provision to every recipient or to this one.</param>
/// <param name="ReceivedByOptOut">True when the person's data was itself received by opt-out (Art. 27(2) proviso).</param>
/// <param name="HeldItemTypes">The item types the person holds.</param>
public sealed record ProvisionFacts(
    string SubjectId, SubjectStatus? Status, string? ConsentId, bool ConsentGiven, bool Stopped, bool ReceivedByOptOut, IReadOnlySet<string> HeldItemTypes);
