using Mamori.Core.Requests;

namespace Mamori.Core.Features;

/// <summary>What answering a request produced: the request in its final state and, by type, the answer to give the person.</summary>
/// <param name="Request">The request after the step.</param>
/// <param name="Purposes">For a purpose notification, the purposes the person's data is used for.</param>
/// <param name="Package">For a disclosure, the package in the format the person chose.</param>
public sealed record RequestOutcome(SubjectRequest Request, IReadOnlyList<PurposeUse>? Purposes = null, DisclosureFile? Package = null);
