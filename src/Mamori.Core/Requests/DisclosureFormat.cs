namespace Mamori.Core.Requests;

/// <summary>The method of disclosure the person chose (Art. 33(1): electronic records included).</summary>
public enum DisclosureFormat
{
    /// <summary>A JSON document (electronic).</summary>
    Json,

    /// <summary>A CSV file, UTF-8 with BOM (electronic; opens in Excel).</summary>
    Csv,

    /// <summary>A PDF document in Japanese (for printing or as a written answer).</summary>
    Pdf,
}
