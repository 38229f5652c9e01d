using Mamori.Core.Requests;

namespace Mamori.Core.Ports;

/// <summary>Where data-subject requests and the do-not-contact marks are kept (part of <see cref="IPlatformStore"/>).</summary>
public interface IRequestStore
{
    /// <summary>Adds a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertRequestAsync(SubjectRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a request if it is still in <paramref name="expected"/> (compare-and-set, so two handlers cannot both
    /// answer it); false when its status had changed.
    /// </summary>
    /// <param name="request">The new state.</param>
    /// <param name="expected">The status it must still have.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<bool> UpdateRequestAsync(SubjectRequest request, RequestStatus expected, CancellationToken cancellationToken = default);

    /// <summary>A request, or null.</summary>
    /// <param name="requestId">The id.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<SubjectRequest?> GetRequestAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>Requests in order of receipt: all, or only the open ones (received or verified).</summary>
    /// <param name="openOnly">Only those still waiting for an answer.</param>
    /// <param name="subjectId">Only this subject's, or everyone's.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<SubjectRequest>> ListRequestsAsync(bool openOnly, string? subjectId, CancellationToken cancellationToken = default);

    /// <summary>Marks a subject do-not-contact from <paramref name="since"/> (or clears the mark with null).</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="since">Since when, or null to clear.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task SetDoNotContactAsync(string subjectId, DateTimeOffset? since, CancellationToken cancellationToken = default);
}
