namespace Mamori.Scanning.Formats;

/// <summary>How a file is read.</summary>
public enum FileFormat
{
    /// <summary>Plain text and logs.</summary>
    Text,

    /// <summary>Comma (or auto-detected) separated values.</summary>
    Csv,

    /// <summary>Tab separated values.</summary>
    Tsv,

    /// <summary>A JSON document.</summary>
    Json,

    /// <summary>JSON Lines: one JSON value per line.</summary>
    Jsonl,

    /// <summary>An Excel workbook.</summary>
    Xlsx,

    /// <summary>A Word document.</summary>
    Docx,

    /// <summary>A PDF document.</summary>
    Pdf,

    /// <summary>A ZIP archive.</summary>
    Zip,

    /// <summary>A SQLite database file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL table.</summary>
    Postgres,

    /// <summary>An ISO/IEC 19794-2 fingerprint record.</summary>
    FingerprintRecord,

    /// <summary>Binary data that is not text: skipped.</summary>
    Binary,
}
