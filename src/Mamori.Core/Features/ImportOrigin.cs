namespace Mamori.Core.Features;

/// <summary>Where an import's data came from (Art. 20): the source, the notice the people were shown, and when it was acquired.</summary>
/// <param name="Source">The system or file it came from (e.g. <c>makeshop-members-2024-05</c>).</param>
public sealed record ImportOrigin(string Source)
{
    /// <summary>The privacy notice version the people were shown when their data was collected, if known.</summary>
    public string? NoticeId { get; init; }

    /// <summary>When the data was acquired (the export's date); null for the time of the import.</summary>
    public DateTimeOffset? AcquiredAt { get; init; }

    /// <summary>
    /// For data received from a third party: the receipt confirmation made beforehand (Art. 30). The import is refused without a
    /// valid one covering every column; each imported person gets a recipient record and provenance "received from a third party".
    /// </summary>
    public string? ReceiptConfirmationId { get; init; }
}
