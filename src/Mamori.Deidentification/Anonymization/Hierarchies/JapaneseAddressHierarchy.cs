namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Japanese addresses: full → municipality, down to the ward in a designated city
/// (<c>神奈川県横浜市港北区</c>) → municipality, the city itself for a designated city
/// (<c>神奈川県横浜市</c>) → prefecture (<c>神奈川県</c>) → region (北海道, 東北, 関東, 中部, 近畿,
/// 中国, 四国, 九州・沖縄) → <c>*</c>. Tokyo's special wards are municipalities. A designated city
/// written without its prefecture gets it; an address whose municipality cannot be read stays at its
/// prefecture; one without a known prefecture reads <see cref="GeneralizationHierarchy.Unknown"/> from
/// the prefecture level up.
/// </summary>
public sealed class JapaneseAddressHierarchy : GeneralizationHierarchy
{
    private static readonly HierarchyLevel[] s_levels =
    [
        new("full", "住所（全体）"),
        new("ward", "市区町村（政令指定都市は区まで）"),
        new("municipality", "市区町村（政令指定都市は市まで）"),
        new("prefecture", "都道府県"),
        new("region", "地方（8区分）"),
        HierarchyLevel.Suppressed,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => s_levels;

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        labels[5] = Top;
        if (CellText.Trim(value).IsEmpty)
        {
            labels[..5].Fill(Unknown);
            return true;
        }

        JapaneseAddress.Parse(value, out var prefecture, out var municipality, out var ward);
        labels[0] = value;
        labels[3] = prefecture ?? Unknown;
        labels[4] = prefecture is null ? Unknown : JapaneseAddress.RegionOf(prefecture);
        if (municipality is null)
        {
            labels[1] = labels[2] = labels[3];
            return true;
        }

        labels[2] = prefecture + municipality;
        labels[1] = ward is null ? labels[2] : labels[2] + ward;
        return true;
    }
}
