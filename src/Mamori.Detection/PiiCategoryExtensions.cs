namespace Mamori.Detection;

/// <summary>Stable names of <see cref="PiiCategory"/> for machine output and their Japanese labels.</summary>
public static class PiiCategoryExtensions
{
    /// <summary>The stable machine name, e.g. <c>identification_code</c>.</summary>
    /// <param name="category">The category.</param>
    public static string ToJsonName(this PiiCategory category) => category switch
    {
        PiiCategory.IdentificationCode => "identification_code",
        PiiCategory.SpecialCare => "special_care",
        PiiCategory.Personal => "personal",
        PiiCategory.PersonalRelated => "personal_related",
        PiiCategory.NotPersonal => "not_personal",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };

    /// <summary>The APPI term in Japanese, e.g. <c>個人識別符号</c>.</summary>
    /// <param name="category">The category.</param>
    public static string ToJapanese(this PiiCategory category) => category switch
    {
        PiiCategory.IdentificationCode => "個人識別符号",
        PiiCategory.SpecialCare => "要配慮個人情報",
        PiiCategory.Personal => "個人情報",
        PiiCategory.PersonalRelated => "個人関連情報",
        PiiCategory.NotPersonal => "個人情報ではない",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };

    /// <summary>Parses a machine name back into a category.</summary>
    /// <param name="name">A name as produced by <see cref="ToJsonName"/>.</param>
    /// <param name="category">The category when the name is known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string name, out PiiCategory category)
    {
        foreach (var candidate in Enum.GetValues<PiiCategory>())
        {
            if (string.Equals(candidate.ToJsonName(), name, StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }
}
