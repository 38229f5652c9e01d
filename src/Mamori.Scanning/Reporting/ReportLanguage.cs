namespace Mamori.Scanning.Reporting;

/// <summary>The language of report text people read (HTML, SARIF messages). Machine keys never change.</summary>
public enum ReportLanguage
{
    /// <summary>Japanese (the default).</summary>
    Japanese,

    /// <summary>English.</summary>
    English,
}
