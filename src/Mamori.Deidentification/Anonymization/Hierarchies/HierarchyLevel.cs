namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>One level of a generalisation hierarchy.</summary>
/// <param name="Key">A stable English key for machine output, e.g. <c>band_5</c> or <c>prefecture</c>.</param>
/// <param name="Description">What a value at this level means, in Japanese, e.g. <c>5歳階級</c>; used in the published item list (Art. 43(3)).</param>
public sealed record HierarchyLevel(string Key, string Description)
{
    /// <summary>The top level every hierarchy ends with.</summary>
    public static HierarchyLevel Suppressed { get; } = new("suppressed", "全て「*」に置換（削除）");
}
