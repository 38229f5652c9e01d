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
        const string text = "母が脳梗塞を患い、昨年から透析を受けている";

        var findings = _detector.Detect(text);

        Assert.Equal(["脳梗塞", "透析"], findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.Equal(["medical_history", "treatment"], findings.Select(f => f.Subcategory));
    }

    [Theory]
    [InlineData("母が脳梗塞で入院した", "脳梗塞")]
    [InlineData("清水様は以前から乳がんで他院に通院中とのこと。", "乳がん")]
    [InlineData("大翔さんはキリスト教を信仰しており、食事の配慮を希望している。", "キリスト教")]
    [InlineData("林さんはイスラム教の信者であり、礼拝の時間を希望している。", "イスラム教")]
    [InlineData("佐々木結菜さんは糖尿病の治療歴あり。", "糖尿病")]
    public void Detect_GenericWordAboutAnEarlierTerm_IsReportedOnceWithTheTerm(string text, string term)
    {
        Assert.Equal([term], _detector.Spans(text));
    }

    [Theory]
    [InlineData("清水様は以前から乳がんで他院に通院中とのこと。", "乳がんで他院に通院")]
    [InlineData("大翔さんはキリスト教を信仰しており、食事の配慮を希望している。", "キリスト教を信仰")]
    [InlineData("佐々木結菜さんは糖尿病の治療歴あり。", "糖尿病の治療")]
    public void Detect_GenericWordAboutAnEarlierTerm_StatementRunsToIt(string text, string statement)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(statement, text[finding.Start..finding.StatementEnd!.Value]);
    }

    [Fact]
    public void Detect_FullWidthTextBeforeStatement_StatementEndIsInTheOriginalText()
    {
        const string text = "ＩＤ１２３の清水様は乳がんで他院に通院中。";

        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal("乳がんで他院に通院", text[finding.Start..finding.StatementEnd!.Value]);
    }

    [Fact]
    public void Detect_TermAlone_HasNoStatementBeyondIt()
    {
        var finding = Assert.Single(_detector.Detect("山田さんは糖尿病を患っている。"));

        Assert.Null(finding.StatementEnd);
    }

    [Fact]
    public void Detect_GenericWordAlone_IsReported()
    {
        const string text = "母は来週入院する予定です。";

        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal("入院", text.Substring(finding.Start, finding.Length));
        Assert.Equal("treatment", finding.Subcategory);
    }

    [Theory]
    [InlineData("患者氏名：清水　実\n過去の病気 慢性腎臓病、胃がん（1998年診断）", new[] { "慢性腎臓病", "胃がん" })]
    [InlineData("患者氏名 伊藤 蒼空\n既往歴：アルツハイマー型認知症（2023年診断）", new[] { "アルツハイマー型認知症" })]
    [InlineData("患者氏名 山田太郎\n過去の病気 C型肝炎、HIV感染症（2011年診断）", new[] { "C型肝炎", "HIV感染症" })]
    [InlineData("患者氏名 山田太郎\n現在の治療：抗がん剤治療（週2回）\n服薬　睡眠導入剤 1日分", new[] { "抗がん剤治療" })]
    [InlineData("患者氏名 山田太郎\n現在の治療 精神科通院（週3回）\n現在の治療 インスリン注射", new[] { "精神科通院", "インスリン注射" })]
    public void Detect_CompoundTerms_ReportsTheWholeCompoundAndNotTheFieldLabels(string text, string[] terms)
    {
        Assert.Equal(terms, _detector.Spans(text));
    }

    [Theory]
    [InlineData("氏名：山田太郎\n糖尿病：あり\n高血圧症：なし", new[] { "糖尿病" })]
    [InlineData("氏名：山田太郎\n既往歴\nうつ病 2019年から通院\n喘息 小児期", new[] { "うつ病", "喘息" })]
    public void Detect_ConditionOpeningItsLine_IsAFactUnlessAnsweredNo(string text, string[] terms)
    {
        Assert.Equal(terms, _detector.Spans(text));
    }

    [Fact]
    public void Detect_TermInTheRecordOfANamedPerson_IsTiedToThatPerson()
    {
        const string text = "顧客名：加藤誠様\n内容：炊飯器の返品希望。\n耳が不自由なため、聴覚障害をお持ち。連絡はメールを希望。";

        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal("聴覚障害", text.Substring(finding.Start, finding.Length));
        Assert.Equal("disability", finding.Subcategory);
    }

    [Fact]
    public void Detect_ArticleAfterARecordInTheSameFile_IsNotTiedToThatRecord()
    {
        // A chunk of a large file: one customer record, then (not separated by a blank line) a health column.
        const string text = "顧客名：加藤誠様\n内容：炊飯器の返品希望。\n" +
            "週末の天気\n関東は晴れの予報。\n北日本は雪の見込み。\n気温は平年並み。\n洗濯日和が続く。\n" +
            "胃がんの早期発見には内視鏡検査が有効とされる。";

        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_RecordAfterABlankLine_IsNotTiedToTheRecordBefore()
    {
        const string text = "氏名：山田太郎\n備考：特になし\n\n糖尿病の患者数は増えている。";

        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_TermInAnArticleWithoutARecordLabel_ReportsNothing()
    {
        const string text = "健康コラム：胃がんを知る\n厚生労働省の調査によると、胃がんの患者数は全国で約447万人と推計されている。";

        Assert.Empty(_detector.Detect(text));
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

    [Fact]
    public void PersonLabels_EveryOne_EndsInACharacterTheLabelSearchLooksFor()
    {
        // The recognizer finds labels from the separator after them and the label's last character.
        Assert.All(SpecialCareTerms.PersonLabels, label => Assert.Contains(label[^1], "名前者様人"));
    }

    [Theory]
    [InlineData("お名前: 山田太郎\n既往歴: 糖尿病")]
    [InlineData("相談者 鈴木花子\n相談内容：うつ病で通院中")]
    [InlineData("本人=佐藤\n持病=喘息")]
    public void Recognize_TermInARecordOpenedByALabel_IsLinked(string foldedText)
    {
        var findings = RecognizerTestKit.Recognize(new SpecialCareRecognizer(), foldedText);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.Confidence >= DetectorOptions.DefaultMinConfidence));
    }
}
