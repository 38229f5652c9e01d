using Mamori.Core.Access;
using Mamori.Core.Consents;
using Mamori.Core.Purposes;

namespace Mamori.Server.Contracts;

/// <summary>A purpose version to define (Art. 17). Version 0 or none: the next one. Effective from now unless given.</summary>
internal sealed record DefinePurposeRequest(
    string? Code, string? Title, string? PublishedText, IReadOnlyList<string>? ItemTypes, int? RetentionDays, bool? RequiresConsent,
    IReadOnlyList<string>? FullValueItemTypes = null, int? Version = null, DateTimeOffset? EffectiveFrom = null, bool? DirectContact = null);

internal sealed record PurposeResponse(
    string Code, int Version, DateTimeOffset EffectiveFrom, string Title, string PublishedText, IReadOnlyList<string> ItemTypes,
    IReadOnlyList<string> FullValueItemTypes, int RetentionDays, bool RequiresConsent, bool DirectContact = false)
{
    public static PurposeResponse Of(Purpose p) =>
        new(p.Code, p.Version, p.EffectiveFrom, p.Title, p.PublishedText, p.ItemTypes, p.FullValueItemTypes, p.RetentionDays, p.RequiresConsent, p.DirectContact);
}

/// <summary>A privacy notice version shown at a collection point, and the purposes it states (Art. 21).</summary>
internal sealed record PublishNoticeRequest(string? CollectionPoint, string? Version, string? Text, IReadOnlyList<string>? PurposeCodes);

internal sealed record NoticeResponse(string Id, string CollectionPoint, string Version, string Text, DateTimeOffset PublishedAt, IReadOnlyList<string> PurposeCodes)
{
    public static NoticeResponse Of(Notice n) => new(n.Id, n.CollectionPoint, n.Version, n.Text, n.PublishedAt, n.PurposeCodes);
}

internal sealed record ConsentResponse(
    string Id, string SubjectId, string Purpose, bool Given, DateTimeOffset At, string Channel, string? NoticeId, string? Evidence, string? RecipientId)
{
    public static ConsentResponse Of(ConsentRecord c) => new(c.Id, c.SubjectId, c.PurposeCode, c.Given, c.At, c.Channel, c.NoticeId, c.Evidence, c.RecipientId);
}

/// <summary>An entrustment to a contractor (Art. 25): its items, purposes and end date.</summary>
internal sealed record CreateEntrustmentRequest(
    string? Contractor, IReadOnlyList<string>? ItemTypes, IReadOnlyList<string>? PurposeCodes, DateTimeOffset? ValidUntil, string? Country = null);

internal sealed record EntrustmentResponse(
    string Id, string Contractor, IReadOnlyList<string> ItemTypes, IReadOnlyList<string> PurposeCodes, DateTimeOffset ValidUntil, string Country)
{
    public static EntrustmentResponse Of(Entrustment e) => new(e.Id, e.Contractor, e.ItemTypes, e.PurposeCodes, e.ValidUntil, e.Country);
}
