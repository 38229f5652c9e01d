using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class JapaneseAddressHierarchyTests
{
    private static readonly JapaneseAddressHierarchy s_hierarchy = new();

    [Fact]
    public void Levels_FullWardMunicipalityPrefectureRegionStar()
    {
        Assert.Equal(["full", "ward", "municipality", "prefecture", "region", "suppressed"], s_hierarchy.Levels.Select(l => l.Key));
    }

    [Fact]
    public void TryGeneralize_DesignatedCityWard_WardThenCity()
    {
        const string address = "神奈川県横浜市港北区日吉本町1-2-3";

        Assert.Equal([address, "神奈川県横浜市港北区", "神奈川県横浜市", "神奈川県", "関東", "*"], HierarchyAssert.Labels(s_hierarchy, address));
    }

    [Fact]
    public void TryGeneralize_DesignatedCityWithoutPrefecture_InfersThePrefecture()
    {
        Assert.Equal(["神奈川県横浜市港北区", "神奈川県横浜市", "神奈川県", "関東"], HierarchyAssert.Labels(s_hierarchy, "横浜市港北区日吉4丁目")[1..5]);
    }

    [Fact]
    public void TryGeneralize_TokyoSpecialWard_IsTheMunicipality()
    {
        Assert.Equal(["東京都千代田区", "東京都千代田区", "東京都", "関東"], HierarchyAssert.Labels(s_hierarchy, "東京都千代田区千代田1-1")[1..5]);
    }

    [Theory]
    [InlineData("大阪府大阪市北区梅田3-1-1", "大阪府大阪市北区", "大阪府大阪市", "近畿")]
    [InlineData("愛知県名古屋市中村区名駅1-1-4", "愛知県名古屋市中村区", "愛知県名古屋市", "中部")]
    [InlineData("北海道札幌市中央区北1条西2丁目", "北海道札幌市中央区", "北海道札幌市", "北海道")]
    [InlineData("福岡県北九州市小倉北区城内1-1", "福岡県北九州市小倉北区", "福岡県北九州市", "九州・沖縄")]
    [InlineData("静岡県浜松市中央区元城町103-2", "静岡県浜松市中央区", "静岡県浜松市", "中部")]
    [InlineData("埼玉県さいたま市浦和区常盤6-4-4", "埼玉県さいたま市浦和区", "埼玉県さいたま市", "関東")]
    [InlineData("京都府京都市中京区寺町通御池上る", "京都府京都市中京区", "京都府京都市", "近畿")]
    public void TryGeneralize_DesignatedCities_WardThenCity(string address, string ward, string city, string region)
    {
        var labels = HierarchyAssert.Labels(s_hierarchy, address);

        Assert.Equal(ward, labels[1]);
        Assert.Equal(city, labels[2]);
        Assert.Equal(region, labels[4]);
    }

    [Theory]
    [InlineData("長野県北佐久郡軽井沢町軽井沢1323", "長野県北佐久郡軽井沢町", "長野県", "中部")]
    [InlineData("三重県四日市市諏訪町1-5", "三重県四日市市", "三重県", "近畿")]
    [InlineData("東京都東村山市本町1-2-3", "東京都東村山市", "東京都", "関東")]
    [InlineData("東京都町田市森野2-2-22", "東京都町田市", "東京都", "関東")]
    [InlineData("奈良県大和郡山市北郡山町248-4", "奈良県大和郡山市", "奈良県", "近畿")]
    [InlineData("福島県郡山市朝日1-23-7", "福島県郡山市", "福島県", "東北")]
    [InlineData("千葉県市川市八幡1-1-1", "千葉県市川市", "千葉県", "関東")]
    [InlineData("北海道余市郡余市町朝日町26", "北海道余市郡余市町", "北海道", "北海道")]
    [InlineData("広島県廿日市市下平良1-11-1", "広島県廿日市市", "広島県", "中国")]
    [InlineData("新潟県十日町市千歳町3-3", "新潟県十日町市", "新潟県", "中部")]
    [InlineData("長崎県大村市玖島1-25", "長崎県大村市", "長崎県", "九州・沖縄")]
    [InlineData("群馬県佐波郡玉村町下新田201", "群馬県佐波郡玉村町", "群馬県", "関東")]
    [InlineData("沖縄県那覇市泉崎1-2-2", "沖縄県那覇市", "沖縄県", "九州・沖縄")]
    [InlineData("香川県高松市番町4-1-10", "香川県高松市", "香川県", "四国")]
    [InlineData("〒150-0002 東京都渋谷区渋谷2-21-1", "東京都渋谷区", "東京都", "関東")]
    public void TryGeneralize_Municipalities_CutAfterTheirSuffix(string address, string municipality, string prefecture, string region)
    {
        var labels = HierarchyAssert.Labels(s_hierarchy, address);

        Assert.Equal(municipality, labels[1]);
        Assert.Equal(municipality, labels[2]);
        Assert.Equal(prefecture, labels[3]);
        Assert.Equal(region, labels[4]);
    }

    [Fact]
    public void TryGeneralize_PrefectureOnly_StaysAtThePrefecture()
    {
        Assert.Equal(["東京都", "東京都", "東京都", "東京都", "関東", "*"], HierarchyAssert.Labels(s_hierarchy, "東京都"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000")]
    public void TryGeneralize_Blank_IsUnknownBelowTheTop(string address)
    {
        Assert.Equal(["不明", "不明", "不明", "不明", "不明", "*"], HierarchyAssert.Labels(s_hierarchy, address));
    }

    [Fact]
    public void TryGeneralize_NoKnownPrefecture_IsUnknownFromThePrefectureUp()
    {
        Assert.Equal(["どこか遠く", "不明", "不明", "不明", "不明", "*"], HierarchyAssert.Labels(s_hierarchy, "どこか遠く"));
        Assert.Equal(["川越市", "川越市", "不明", "不明"], HierarchyAssert.Labels(s_hierarchy, "川越市元町1-3-1")[1..5]);
    }

    [Fact]
    public void TryGeneralize_MixedAddresses_LevelsNest()
    {
        HierarchyAssert.Nests(s_hierarchy,
        [
            "神奈川県横浜市港北区日吉1", "横浜市港北区日吉2", "神奈川県横浜市青葉区", "神奈川県川崎市中原区", "神奈川県鎌倉市",
            "東京都千代田区", "東京都", "川越市元町", "埼玉県川越市", "どこか", "", "北海道余市郡余市町", "北海道札幌市北区",
            "愛知県名古屋市中村区", "大阪府堺市堺区", "京都府京都市左京区", "京都府宇治市",
        ]);
    }
}
