using Mamori.Detection;

namespace Mamori.Scanning.Records;

/// <summary>
/// The risk rule: any special care-required information (要配慮個人情報) or individual identification
/// code (個人識別符号) → 高 (high); else any personal information (個人情報), or a personal information
/// database → 中 (medium); else only personal-related information (個人関連情報) → 低 (low); else none.
/// Findings and classified columns both count; corporate numbers (not personal) do not.
/// </summary>
public static class RiskRule
{
    /// <summary>The risk of a set of categories.</summary>
    /// <param name="categories">Categories of the findings and columns.</param>
    /// <param name="personalInformationDatabase">True when the file holds a personal information database.</param>
    public static RiskLevel Assess(IEnumerable<PiiCategory> categories, bool personalInformationDatabase = false)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var risk = personalInformationDatabase ? RiskLevel.Medium : RiskLevel.None;
        foreach (var category in categories)
        {
            var level = Of(category);
            if (level > risk)
            {
                risk = level;
            }
        }

        return risk;
    }

    /// <summary>The risk one category carries.</summary>
    /// <param name="category">A category.</param>
    public static RiskLevel Of(PiiCategory category) => category switch
    {
        PiiCategory.SpecialCare or PiiCategory.IdentificationCode => RiskLevel.High,
        PiiCategory.Personal => RiskLevel.Medium,
        PiiCategory.PersonalRelated => RiskLevel.Low,
        _ => RiskLevel.None,
    };

    /// <summary>The machine name: <c>high</c>, <c>medium</c>, <c>low</c>, <c>none</c>.</summary>
    /// <param name="level">The level.</param>
    public static string ToJsonName(this RiskLevel level) => level switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        RiskLevel.Low => "low",
        _ => "none",
    };

    /// <summary>The Japanese label: 高, 中, 低, なし.</summary>
    /// <param name="level">The level.</param>
    public static string ToJapanese(this RiskLevel level) => level switch
    {
        RiskLevel.High => "高",
        RiskLevel.Medium => "中",
        RiskLevel.Low => "低",
        _ => "なし",
    };
}
