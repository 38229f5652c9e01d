using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>Labels for reports people read, in Japanese or English.</summary>
internal sealed class ReportText(ReportLanguage language)
{
    public bool English { get; } = language == ReportLanguage.English;

    public string this[string japanese, string english] => English ? english : japanese;

    public string Category(PiiCategory category) => English
        ? category switch
        {
            PiiCategory.IdentificationCode => "Individual identification code",
            PiiCategory.SpecialCare => "Special care-required",
            PiiCategory.Personal => "Personal information",
            PiiCategory.PersonalRelated => "Personal-related information",
            _ => "Not personal",
        }
        : category.ToJapanese();

    public string Risk(RiskLevel risk) => English ? risk switch
    {
        RiskLevel.High => "High",
        RiskLevel.Medium => "Medium",
        RiskLevel.Low => "Low",
        _ => "None",
    }
    : risk.ToJapanese();

    /// <summary>The categories in the order reports list them (most sensitive first).</summary>
    public static IReadOnlyList<PiiCategory> Categories { get; } =
        [PiiCategory.SpecialCare, PiiCategory.IdentificationCode, PiiCategory.Personal, PiiCategory.PersonalRelated];
}
