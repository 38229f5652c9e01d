namespace Mamori.Deidentification.Files;

/// <summary>The table file formats pseudonymisation and anonymisation read and write.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated values (any encoding Mamori detects; written back in the same one).</summary>
    Csv,

    /// <summary>Tab-separated values.</summary>
    Tsv,

    /// <summary>An Excel workbook; the first worksheet is the table.</summary>
    Xlsx,
}
