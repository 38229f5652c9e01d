namespace Mamori.Core.Provision;

/// <summary>
/// One record of provision or receipt concerning one person, with its retention deadline. The counterparty's details are
/// copied in as they were at the time, so a later revision of the register does not change the record.
/// </summary>
/// <param name="Id">The record's id (<c>P</c>…).</param>
/// <param name="Kind">Art. 29, 30, 31 or operational.</param>
/// <param name="SubjectId">The person (本人).</param>
/// <param name="CounterpartyId">The recipient id (provision, Art. 31, operational) or the receipt confirmation id (receipt).</param>
/// <param name="CounterpartyName">The recipient's or provider's name.</param>
/// <param name="CounterpartyAddress">Its address.</param>
/// <param name="CounterpartyRepresentative">Its representative.</param>
/// <param name="Basis">The basis (consent or opt-out for statutory records).</param>
/// <param name="ItemTypes">The personal data items.</param>
/// <param name="FirstAt">When first provided or received.</param>
/// <param name="LastAt">When last provided (bulk records cover repeated provision).</param>
/// <param name="RetainUntil">When the record may be purged (1 year when a contract substitutes, else 3 years; from the last provision for bulk records).</param>
public sealed record ProvisionRecord(
    string Id, RecordKind Kind, string SubjectId, string CounterpartyId, string CounterpartyName, string CounterpartyAddress, string CounterpartyRepresentative,
    ProvisionBasis Basis, IReadOnlyList<string> ItemTypes, DateTimeOffset FirstAt, DateTimeOffset LastAt, DateTimeOffset RetainUntil)
{
    /// <summary>The provision (operation) or import that wrote the record.</summary>
    public string? OperationId { get; init; }

    /// <summary>The purpose the data was provided for.</summary>
    public string? PurposeCode { get; init; }

    /// <summary>Consent route: the consent record relied on (the record item "consent obtained").</summary>
    public string? ConsentId { get; init; }

    /// <summary>Art. 30 consent route and Art. 31: that the provider's (recipient's) consent was confirmed.</summary>
    public bool ConsentConfirmed { get; init; }

    /// <summary>Art. 30: how the provider acquired the data.</summary>
    public string? ProviderAcquisition { get; init; }

    /// <summary>Art. 30 opt-out receipts: the PPC publication of the provider's filing.</summary>
    public string? PpcPublication { get; init; }

    /// <summary>The counterparty's country (Art. 28, 31(1)(ii)).</summary>
    public string Country { get; init; } = "JP";

    /// <summary>True for a bulk record (一括記録) covering repeated provision of the same items to the same recipient.</summary>
    public bool Bulk { get; init; }

    /// <summary>How many provisions a bulk record covers.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Creates a record id.</summary>
    public static string NewId() => Subjects.TimeOrderedId.New('P');
}
