using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class SpecialCareRecognizerTests : IDisposable
{
    private readonly PiiDetector _detector = RecognizerTestKit.Detector(EntityTypes.SpecialCare);

    public void Dispose() => _detector.Dispose();

    [Theory]
    [InlineData("私はうつ病と診断されました。", "うつ病", "medical_history")]
    [InlineData("山田さんは糖尿病を患っている。", "糖尿病", "medical_history")]
    [InlineData("彼女は療育手帳を持っている。", "療育手帳", "disability")]
    [InlineData("田中は前科がある。", "前科", "criminal_record")]
    [InlineData("鈴木様は警察に被害届を出した。", "被害届", "crime_victim")]
    [InlineData("創価学会の会員である鈴木様", "創価学会", "creed")]
    [InlineData("彼の出自を問うことは許されない。", "出自", "race")]
    [InlineData("本人は被差別部落の出身だと話した。", "被差別部落", "social_status")]
    [InlineData("お客様の尿酸値が高い。", "尿酸値", "health_check")]
    [InlineData("母は毎週透析を受けている。", "透析", "treatment")]
    [InlineData("被告人は公判で罪を認めた。", "公判", "criminal_procedure")]
    [InlineData("少年は保護観察となった。", "保護観察", "juvenile_procedure")]
    [InlineData("The patient has HIV.", "HIV", "medical_history")]
    [InlineData("患者は統合失調症の既往がある。", "統合失調症", "medical_history")]
    public void Detect_TermTiedToPerson_ReportsTermWithSubcategory(string text, string term, string subcategory)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(term, text.Substring(finding.Start, finding.Length));
        Assert.Equal(EntityTypes.SpecialCare, finding.Type);
        Assert.Equal(PiiCategory.SpecialCare, finding.Category);
        Assert.Equal(subcategory, finding.Subcategory);
    }

    [Fact]
    public void Detect_SeveralTermsInUnspacedSentence_ReportsEach()
    {
        const string text = "母が脳梗塞で入院した";

        var findings = _detector.Detect(text);

        Assert.Equal(["脳梗塞", "入院"], findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.Equal(["medical_history", "treatment"], findings.Select(f => f.Subcategory));
    }

    [Theory]
    [InlineData("糖尿病の本を買った。")]
    [InlineData("宗教に関する本を買った。")]
    [InlineData("糖尿病は生活習慣病の一つで、患者数は増加している。")]
    [InlineData("入院のご案内")]
    [InlineData("がん保険の資料を請求した。")]
    [InlineData("がんばってください、お客様")]
    [InlineData("私立高校で健康診断を実施")]
    [InlineData("本人確認のため逮捕状の写しを示した")]
    [InlineData("The archive is large.")]
    [InlineData("私は仏教美術が好きです。")]
    [InlineData("彼は人種差別に反対している。")]
    [InlineData("山田さんは病院の手術室を見学した。")]
    [InlineData("私は血圧計を買った。")]
    public void Detect_TopicOrInferenceOnly_ReportsNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_AppiArticle_ReportsNothing()
    {
        Assert.Empty(_detector.Detect(RecognizerTestKit.AppiArticle));
    }

    [Theory]
    [InlineData("病歴", "糖尿病、高血圧症", new[] { "糖尿病", "高血圧症" }, "medical_history")]
    [InlineData("宗教", "仏教", new[] { "仏教" }, "creed")]
    [InlineData("disability", "wheelchair user", new[] { "wheelchair" }, "disability")]
    public void Detect_TopicColumn_ReportsTermsInValue(string field, string value, string[] terms, string subcategory)
    {
        var findings = _detector.Detect(value, field);

        Assert.Equal(terms, findings.Select(f => value.Substring(f.Start, f.Length)));
        Assert.All(findings, f => Assert.Equal(subcategory, f.Subcategory));
    }

    [Fact]
    public void Detect_TopicColumnValueNotInTermList_ReportsWholeValueWithColumnSubcategory()
    {
        var finding = Assert.Single(_detector.Detect("骨粗鬆症", "既往歴"));

        Assert.Equal((0, 4), (finding.Start, finding.Length));
        Assert.Equal("medical_history", finding.Subcategory);
    }

    [Theory]
    [InlineData("なし")]
    [InlineData("特になし")]
    [InlineData(" ")]
    public void Detect_TopicColumnSayingNothing_ReportsNothing(string value)
    {
        Assert.Empty(_detector.Detect(value, "既往歴"));
    }

    [Fact]
    public void Detect_TopicLabelOnTheLine_TiesTermToTheRecord()
    {
        const string text = "氏名：山田太郎\n既往歴：高血圧症";

        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal("高血圧症", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Detect_FullWidthTerm_PointsAtTheOriginalText()
    {
        const string text = "彼女はＨＩＶ陽性と診断された。";

        var findings = _detector.Detect(text);

        Assert.Contains(findings, f => text.Substring(f.Start, f.Length) == "ＨＩＶ" && f.Subcategory == "medical_history");
    }

    [Fact]
    public void Recognize_TermWithoutPerson_StaysBelowThreshold()
    {
        var findings = RecognizerTestKit.Recognize(new SpecialCareRecognizer(), "糖尿病は増えている。");

        var finding = Assert.Single(findings);
        Assert.True(finding.Confidence < DetectorOptions.DefaultMinConfidence);
        Assert.Equal("medical_history", finding.Subcategory);
    }

    [Fact]
    public void Recognize_PersonOnlyInAnotherSentence_IsNotLinked()
    {
        var findings = RecognizerTestKit.Recognize(new SpecialCareRecognizer(), "山田さんが来た。糖尿病は増えている。");

        Assert.All(findings, f => Assert.True(f.Confidence < DetectorOptions.DefaultMinConfidence));
    }
}
