using Mamori.Core.Features;
using Mamori.Core.Subjects;

namespace Mamori.Server.Contracts;

/// <summary>A personal data item to store: type (an entity id such as <c>PERSON_NAME</c>, or <c>MEMBER_ID</c>, <c>GENDER</c>), value, and where it came from.</summary>
internal sealed record ItemInput(string? Type, string? Value, string? Source = null, string? Method = null, DateTimeOffset? AcquiredAt = null, string? NoticeId = null);

/// <summary>A consent given or withdrawn: purpose, given, channel (web-form, paper, phone, api), the notice shown, evidence.</summary>
internal sealed record ConsentInput(string? Purpose, bool? Given, string? Channel = null, string? NoticeId = null, string? Evidence = null, string? RecipientId = null);

internal sealed record RegisterSubjectRequest(IReadOnlyList<ItemInput>? Items, IReadOnlyList<ConsentInput>? Consents = null);

internal sealed record AddItemsRequest(IReadOnlyList<ItemInput>? Items);

/// <summary>An exact search through the blind index: type <c>EMAIL_ADDRESS</c> (or <c>email</c>), <c>PHONE_NUMBER</c> (<c>phone</c>) or <c>MEMBER_ID</c> (<c>member_id</c>).</summary>
internal sealed record SearchRequest(string? Type, string? Value);

internal sealed record EventInput(string? Kind, DateTimeOffset? At, IReadOnlyDictionary<string, string>? Attributes);

internal sealed record AddEventsRequest(IReadOnlyList<EventInput>? Events);

/// <summary>Why a subject is erased: a request id or retention rule, never a personal value.</summary>
internal sealed record EraseRequest(string? Reason);

internal sealed record SubjectCreatedResponse(string Id);

internal sealed record SubjectListResponse(IReadOnlyList<string> SubjectIds, string? Next);

internal sealed record SearchResponse(IReadOnlyList<string> SubjectIds);

internal sealed record ProvenanceResponse(string Source, string Method, DateTimeOffset AcquiredAt, string? NoticeId)
{
    public static ProvenanceResponse Of(Provenance provenance) =>
        new(provenance.Source, Names.Of(provenance.Method), provenance.AcquiredAt, provenance.NoticeId);
}

internal sealed record ItemResponse(string Id, string Type, string Category, string Value, bool Masked, ProvenanceResponse Provenance);

internal sealed record SubjectResponse(string Id, string Status, DateTimeOffset CreatedAt, IReadOnlyList<ItemResponse> Items)
{
    public static SubjectResponse Of(SubjectView view) => new(
        view.Id,
        Names.Of(view.Status),
        view.CreatedAt,
        [.. view.Items.Select(i => new ItemResponse(i.Id, i.Type, i.Category, i.Value, i.Masked, ProvenanceResponse.Of(i.Provenance)))]);
}

internal sealed record EventResponse(string Id, string Kind, DateTimeOffset OccurredAt, IReadOnlyDictionary<string, string> Attributes)
{
    public static EventResponse Of(SubjectEvent e) => new(e.Id, e.Kind, e.OccurredAt, e.Attributes);
}
