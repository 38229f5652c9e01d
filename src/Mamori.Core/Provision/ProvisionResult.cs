namespace Mamori.Core.Provision;

/// <summary>What a provision did.</summary>
/// <param name="Id">The provision's id (<c>V</c>…), also in its records and its access-log entry.</param>
/// <param name="RecipientId">The recipient.</param>
/// <param name="Basis">The basis relied on.</param>
/// <param name="RecordKind">The kind of record written per person.</param>
/// <param name="ItemTypes">The item types provided.</param>
/// <param name="ProvidedSubjectIds">The people whose data was provided.</param>
/// <param name="Refusals">The people left out, with reasons.</param>
/// <param name="At">When.</param>
/// <param name="RetainUntil">The records' retention deadline.</param>
public sealed record ProvisionResult(
    string Id, string RecipientId, ProvisionBasis Basis, RecordKind RecordKind, IReadOnlyList<string> ItemTypes,
    IReadOnlyList<string> ProvidedSubjectIds, IReadOnlyList<ProvisionRefusal> Refusals, DateTimeOffset At, DateTimeOffset RetainUntil);
