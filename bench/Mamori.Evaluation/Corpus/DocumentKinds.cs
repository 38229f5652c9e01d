namespace Mamori.Evaluation.Corpus;

/// <summary>The template families a corpus is made of.</summary>
public static class DocumentKinds
{
    /// <summary>顧客対応メモ: a customer-service note.</summary>
    public const string ServiceNote = "service_note";

    /// <summary>ご注文確認メール: an order confirmation e-mail.</summary>
    public const string OrderEmail = "order_email";

    /// <summary>申込書: an application form as key-value lines.</summary>
    public const string ApplicationForm = "application_form";

    /// <summary>CSV-like export lines with a header.</summary>
    public const string CsvLines = "csv_lines";

    /// <summary>A support chat transcript.</summary>
    public const string ChatLog = "chat_log";

    /// <summary>Ordinary prose that mentions people (newsletter, staff introduction, incident report).</summary>
    public const string Prose = "prose";

    /// <summary>人事・給与: an HR record with national numbers.</summary>
    public const string HrRecord = "hr_record";

    /// <summary>問診票: a clinic intake record with special care-required information.</summary>
    public const string MedicalIntake = "medical_intake";

    /// <summary>Web and app access-log lines with IP addresses and online identifiers.</summary>
    public const string AccessLog = "access_log";

    /// <summary>Ordinary Japanese prose with no personal data at all.</summary>
    public const string NoPiiProse = "no_pii_prose";

    /// <summary>Every kind, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ServiceNote, OrderEmail, ApplicationForm, CsvLines, ChatLog, Prose, HrRecord, MedicalIntake, AccessLog, NoPiiProse];
}
