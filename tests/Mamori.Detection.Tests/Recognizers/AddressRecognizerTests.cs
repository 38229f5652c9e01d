using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class AddressRecognizerTests : IDisposable
{
    private readonly PiiDetector _detector = RecognizerTestKit.Detector(EntityTypes.Address);

    public void Dispose() => _detector.Dispose();

    [Theory]
    [InlineData("東京都千代田区霞が関1-2-3 〇〇ビル4F")]
    [InlineData("大阪府大阪市北区梅田三丁目1番1号")]
    [InlineData("北海道札幌市中央区北1条西2丁目")]
    [InlineData("神奈川県横浜市中区山下町123番地の4")]
    [InlineData("愛知県愛知郡東郷町大字春木字白土1-1")]
    [InlineData("埼玉県さいたま市浦和区高砂3丁目15番1号")]
    [InlineData("千葉県市川市八幡2-1-1 サンハイツ101号室")]
    [InlineData("長野県大町市大町1234")]
    public void Detect_PrefectureMunicipalityAndBlock_FindsWholeAddressWithHighConfidence(string address)
    {
        var finding = Assert.Single(_detector.Detect(address));

        Assert.Equal(address, address.Substring(finding.Start, finding.Length));
        Assert.Equal(EntityTypes.Address, finding.Type);
        Assert.Equal(PiiCategory.Personal, finding.Category);
        Assert.True(finding.Confidence >= 0.85, $"confidence {finding.Confidence}");
    }

    [Theory]
    [InlineData("大阪市北区梅田三丁目1番1号")]
    [InlineData("札幌市中央区北1条西2丁目")]
    [InlineData("京都市中京区河原町通三条上る")]
    [InlineData("渋谷区道玄坂1-2-3")]
    [InlineData("横浜市中区山下町123")]
    public void Detect_DesignatedCityOrWardWithBlock_FindsItWithMediumConfidence(string address)
    {
        var finding = Assert.Single(_detector.Detect(address));

        Assert.Equal(address, address.Substring(finding.Start, finding.Length));
        Assert.InRange(finding.Confidence, 0.6, 0.85);
    }

    [Theory]
    [InlineData("現住所：〒442-4660 島根県松江市大通西一丁目30番11号　リバーサイドII103号室\n緊急連絡先", "島根県松江市大通西一丁目30番11号　リバーサイドII103号室")]
    [InlineData("和歌山県田辺市本町24番地19 コーポ弐番館903", "和歌山県田辺市本町24番地19 コーポ弐番館903")]
    [InlineData("徳島県徳島市東町1丁目11-23 グランドメゾン第2 801号", "徳島県徳島市東町1丁目11-23 グランドメゾン第2 801号")]
    [InlineData("沖縄県那覇市元町6-11-1　メゾン・ド・ソレイユ第2 204号", "沖縄県那覇市元町6-11-1　メゾン・ド・ソレイユ第2 204号")]
    [InlineData("富山県高岡市春日6-24-21プラザA棟1009", "富山県高岡市春日6-24-21プラザA棟1009")]
    [InlineData("横浜市港北区東本町21番地10 ヴィラB棟904在住", "横浜市港北区東本町21番地10 ヴィラB棟904")]
    public void Detect_BuildingWithWingAndRoom_IncludesThemInTheAddress(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Theory]
    [InlineData("東京都港区芝公園4-2-8 TEL 03-1234-5678", "東京都港区芝公園4-2-8")]
    [InlineData("東京都港区芝公園4-2-8 山田太郎様", "東京都港区芝公園4-2-8")]
    [InlineData("東京都港区芝公園4-2-8 090 1234 5678", "東京都港区芝公園4-2-8")]
    public void Detect_WordsOrNumbersAfterTheBlock_AreNotTakenForABuilding(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Theory]
    [InlineData("届け先は岩手県盛岡市美しが丘4-18-8に変更", "岩手県盛岡市美しが丘4-18-8")]
    [InlineData("現住所 沖縄県うるま市元町5-28-8", "沖縄県うるま市元町5-28-8")]
    [InlineData("山本様（東広島市高砂7-2-21在住）", "東広島市高砂7-2-21")]
    public void Detect_KanaInTownOrCityAndDirectionalCityNames_FindsTheWholeAddress(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Fact]
    public void Detect_PostalCodeBeforeAddress_StartsAfterIt()
    {
        const string text = "〒100-8914 東京都千代田区霞が関1-2-3 〇〇ビル4F";

        Assert.Equal(["東京都千代田区霞が関1-2-3 〇〇ビル4F"], _detector.Spans(text));
    }

    [Fact]
    public void Detect_FullWidthDigitsAndDashes_PointsAtTheOriginalText()
    {
        const string text = "〒１００－８９１４　東京都千代田区霞が関１－２－３";

        Assert.Equal(["東京都千代田区霞が関１－２－３"], _detector.Spans(text));
    }

    [Fact]
    public void Detect_AddressInUnspacedSentence_StopsAtTheSentence()
    {
        const string text = "お届け先は神奈川県横浜市中区山下町123番地の4です。よろしくお願いします。";

        Assert.Equal(["神奈川県横浜市中区山下町123番地の4"], _detector.Spans(text));
    }

    [Fact]
    public void Detect_PrefectureAndMunicipalityInAddressField_ReportsThem()
    {
        Assert.Equal(["東京都千代田区"], _detector.Spans("東京都千代田区", "住所"));
    }

    [Theory]
    [InlineData("東京都千代田区")]
    [InlineData("東京都の人口は約1400万人です")]
    [InlineData("大阪で会議があります")]
    [InlineData("各市区町村の窓口で手続きしてください")]
    [InlineData("選挙区2番目の候補者")]
    [InlineData("横浜市中区")]
    [InlineData("市場調査の結果、3-4割が満足")]
    [InlineData("第2区の1-2番ゲート")]
    [InlineData("横浜市中区山下町2024年")]
    [InlineData("大阪市北区梅田3人")]
    public void Detect_PlaceNamesWithoutBlockNumbers_ReportNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_AppiArticle_ReportsNothing()
    {
        Assert.Empty(_detector.Detect(RecognizerTestKit.AppiArticle));
    }

    [Fact]
    public void Recognize_Directly_PrefectureAndMunicipalityAloneStayBelowThreshold()
    {
        var findings = RecognizerTestKit.Recognize(new AddressRecognizer(), "本社は東京都千代田区にあります");

        var finding = Assert.Single(findings);
        Assert.True(finding.Confidence < DetectorOptions.DefaultMinConfidence);
    }
}
