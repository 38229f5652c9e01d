using Mamori.Core.Requests;

namespace Mamori.Core.Features;

/// <summary>A request as received.</summary>
/// <param name="SubjectId">Whose data (found first, e.g. by e-mail through the subject search).</param>
/// <param name="Type">What is asked.</param>
/// <param name="Channel">How it arrived (<c>web-form</c>, <c>mail</c>, <c>counter</c>, <c>phone</c>…).</param>
/// <param name="ByAgent">True when an agent asks on the person's behalf.</param>
/// <param name="Format">For a disclosure, the method the person chose (default JSON).</param>
/// <param name="FeeYen">The fee; null for the business profile's fee for the type (notification and disclosure only).</param>
/// <param name="ItemTypes">The item types concerned, if the person named some.</param>
/// <param name="ReceivedAt">When it arrived (e.g. the postmark day); null for now. Never in the future.</param>
public sealed record NewSubjectRequest(
    string SubjectId, RequestType Type, string Channel, bool ByAgent = false, DisclosureFormat? Format = null, int? FeeYen = null,
    IReadOnlyList<string>? ItemTypes = null, DateTimeOffset? ReceivedAt = null);
