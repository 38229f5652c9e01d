using Mamori.Detection.Morphology;
using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class PersonNameRecognizerTests : IDisposable
{
    private readonly PiiDetector _detector = RecognizerTestKit.Detector(EntityTypes.PersonName);

    public void Dispose() => _detector.Dispose();

    [Theory]
    [InlineData("山田太郎様の電話番号をお知らせください", "山田太郎")]
    [InlineData("山田 太郎さんが来店しました", "山田 太郎")]
    [InlineData("佐々木希さんからの問い合わせ", "佐々木希")]
    [InlineData("鈴木一郎氏は本日退任した", "鈴木一郎")]
    [InlineData("田中先生の授業は分かりやすい", "田中")]
    [InlineData("高橋くんと遊んだ", "高橋")]
    [InlineData("昨日、青木部長と打ち合わせをした", "青木")]
    [InlineData("中村選手が決勝ゴールを決めた", "中村")]
    public void Detect_NameWithHonorific_FindsTheNameWithoutTheHonorific(string text, string expected)
    {
        var findings = _detector.Detect(text);

        var finding = Assert.Single(findings);
        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
        Assert.Equal(EntityTypes.PersonName, finding.Type);
        Assert.Equal(PiiCategory.Personal, finding.Category);
        Assert.True(finding.Confidence >= 0.9, $"confidence {finding.Confidence}");
    }

    [Theory]
    [InlineData("氏名：山田花子", "山田花子")]
    [InlineData("お名前は中村健太です", "中村健太")]
    [InlineData("担当者名：高橋", "高橋")]
    [InlineData("担当：渡辺美咲", "渡辺美咲")]
    [InlineData("契約者 伊藤誠", "伊藤誠")]
    public void Detect_NameAfterLabel_FindsTheName(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Theory]
    [InlineData("うち一名は松本大翔様（大分県在住）", "松本大翔")]
    [InlineData("川村　大翔さんはキリスト教を信仰しており", "川村　大翔")]
    [InlineData("ご用の方は久保田結愛さん（080-8285-7010）まで", "久保田結愛")]
    [InlineData("オペレーター: 宮城陽翔様、ありがとうございます。", "宮城陽翔")]
    [InlineData("今日中村さんが来た", "中村")]
    [InlineData("田中部長様へのご連絡", "田中")]
    public void Detect_ModernGivenNameBeforeHonorific_FindsSurnameAndGivenName(string text, string expected)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
        Assert.Equal(EntityTypes.PersonName, finding.Type);
    }

    [Theory]
    [InlineData("【対応履歴】2024年5月18日 15時15分　受付：木村\nお客様：伊藤莉子様（75歳）", new[] { "木村", "伊藤莉子" })]
    [InlineData("[10:24] オペレーター（山本）: お問い合わせありがとうございます。", new[] { "山本" })]
    [InlineData("緊急連絡先: 山中陽菜（父） 080-5861-1722", new[] { "山中陽菜" })]
    [InlineData("お名前：後藤蒼空（71歳）", new[] { "後藤蒼空" })]
    [InlineData("従業員氏名：高橋蒼空\n生年月日：1964年6月24日", new[] { "高橋蒼空" })]
    [InlineData("氏名：山内 陸斗\nフリガナ　ヤマウチ リクト", new[] { "山内 陸斗", "ヤマウチ リクト" })]
    [InlineData("ふりがな（カナ）：イガラシ ココア\n生年月日　1942年11月2日", new[] { "イガラシ ココア" })]
    [InlineData("[13:02] ユーザー: 林浩です\n[13:02] オペレーター: ありがとうございます。", new[] { "林浩" })]
    [InlineData("[19:15] ユーザー: 加藤陽菜と申します", new[] { "加藤陽菜" })]
    public void Detect_NameAfterRoleSpeakerOrQualifiedLabel_FindsTheWholeName(string text, string[] expected)
    {
        Assert.Equal(expected, _detector.Spans(text));
    }

    [Theory]
    [InlineData("昨日、松本大翔は駅に向かった。", "松本大翔")]
    [InlineData("木村 結菜は営業部に配属された。", "木村 結菜")]
    public void Detect_SurnameAndGivenNameTheDictionaryLacksInProse_FindsTheFullName(string text, string expected)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
        Assert.InRange(finding.Confidence, 0.6, 0.8); // no cue: below a name with an honorific or label
    }

    [Theory]
    [InlineData("大野菜園の収穫が始まった。")]
    [InlineData("松本城は国宝です。")]
    public void Detect_SurnameFollowedByACommonWord_ReportsNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Theory]
    [InlineData("[14:22] お客様: 平成24年8月9日")]
    [InlineData("担当（営業部）: 明日までに回答します")]
    public void Detect_LabelFollowedByADateOrADepartment_ReportsNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_SurnameBeforeHonorificInsideAKanjiRun_StopsAtTheHonorific()
    {
        Assert.Equal(["森"], _detector.Spans("森様宛ての荷物"));
    }

    [Fact]
    public void Detect_FullNameWithoutCue_FindsItWithDictionaryConfidence()
    {
        const string text = "鈴木一郎が会長に就任した。";

        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal("鈴木一郎", text.Substring(finding.Start, finding.Length));
        Assert.InRange(finding.Confidence, 0.6, 0.85); // dictionary alone: below a cue, above the threshold
    }

    [Theory]
    [InlineData("昨日山田太郎が会長に就任した。", "山田太郎")]
    [InlineData("明治時代の文学者としては夏目漱石が知られる。", "夏目漱石")]
    public void Detect_FullNameClosingAKanjiRun_FindsIt(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Theory]
    [InlineData("トヨタ自動車は愛知県豊田市に本社を置く。")]
    [InlineData("秋葉原や上野、浅草は観光客に人気の地域だ。")]
    [InlineData("株式会社田中製作所の決算は増収増益となった。")]
    [InlineData("北海道大学と東北大学の共同研究が始まった。")]
    public void Detect_PlacesAndCompaniesInProse_ReportNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_Confidence_CueAndDictionaryBeatsDictionaryAloneBeatsCueAlone()
    {
        var cueAndDictionary = Assert.Single(_detector.Detect("山田太郎様")).Confidence;
        var dictionaryAlone = Assert.Single(_detector.Detect("山田太郎が来た")).Confidence;
        var cueAlone = Assert.Single(_detector.Detect("小鳥遊さんが来た")).Confidence;

        Assert.True(cueAndDictionary > dictionaryAlone, $"{cueAndDictionary} vs {dictionaryAlone}");
        Assert.True(dictionaryAlone > cueAlone, $"{dictionaryAlone} vs {cueAlone}");
        Assert.True(cueAlone >= DetectorOptions.DefaultMinConfidence);
    }

    [Theory]
    [InlineData("小鳥遊さんが来た", "小鳥遊")]
    [InlineData("氏名：小鳥遊", "小鳥遊")]
    [InlineData("林さんと話した", "林")]
    [InlineData("森様宛てに送付", "森")]
    public void Detect_SurnameMeCabMissesNextToCue_IsRescued(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Theory]
    [InlineData("ジョン・スミスさんが来日した", "ジョン・スミス")]
    [InlineData("ヤマダ タロウ様", "ヤマダ タロウ")]
    [InlineData("フリガナ：ヤマダ タロウ", "ヤマダ タロウ")]
    [InlineData("お名前：サトウ ハナコ", "サトウ ハナコ")]
    public void Detect_KatakanaNameWithCue_FindsIt(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Fact]
    public void Detect_KatakanaNameWithoutCue_IsNotReported()
    {
        Assert.Empty(_detector.Detect("ジョン・スミスが来日した"));
    }

    [Theory]
    [InlineData("氏名", "山田 太郎")]
    [InlineData("お名前", "小鳥遊 ひかり")]
    [InlineData("顧客名", "佐藤花子")]
    [InlineData("full_name", "Taro Yamada")]
    [InlineData("last_name", "Yamada")]
    [InlineData("姓", "林")]
    [InlineData("フリガナ", "やまだ たろう")]
    [InlineData("氏名カナ", "ヤマダ タロウ")]
    [InlineData("name", "John Smith")]
    public void Detect_NameLikeField_ReportsTheWholeValue(string field, string value)
    {
        var finding = Assert.Single(_detector.Detect(value, field));

        Assert.Equal(value, value.Substring(finding.Start, finding.Length));
        Assert.True(finding.Confidence >= 0.8, $"confidence {finding.Confidence}");
    }

    [Theory]
    [InlineData("氏名", "株式会社ABC")]
    [InlineData("氏名", "不明")]
    [InlineData("氏名", "090-1234-5678")]
    [InlineData("name", "りんご")]
    [InlineData("company_name", "Acme Trading")]
    [InlineData("file_name", "Report Final")]
    public void Detect_NameLikeFieldWithoutAName_ReportsNothing(string field, string value)
    {
        Assert.Empty(_detector.Detect(value, field));
    }

    [Fact]
    public void Detect_NameFieldValueWithExtraText_FindsTheNameInside()
    {
        const string text = "山田太郎（営業部）";

        Assert.Equal(["山田太郎"], _detector.Spans(text, "氏名"));
    }

    [Theory]
    [InlineData("Please call Mr. John Smith tomorrow.", "John Smith")]
    [InlineData("Dr Jane Doe will see you.", "Jane Doe")]
    [InlineData("Name: Taro Yamada", "Taro Yamada")]
    public void Detect_EnglishNameAfterTitleOrLabel_FindsTheName(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Theory]
    [InlineData("The meeting is on Monday. Bring the report.")]
    [InlineData("名前 FILE を指定してください")]
    [InlineData("Mr. and Mrs. are titles.")]
    public void Detect_EnglishOrAsciiWithoutName_ReportsNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_FullWidthAndHalfWidthInput_PointsAtTheOriginalText()
    {
        const string text = "氏名：山田　太郎　ﾌﾘｶﾞﾅ：ﾔﾏﾀﾞ ﾀﾛｳ";

        var spans = _detector.Spans(text);

        Assert.Equal(["山田　太郎", "ﾔﾏﾀﾞ ﾀﾛｳ"], spans);
    }

    [Fact]
    public void Detect_NamesInUnspacedText_FindsEach()
    {
        const string text = "本日の担当は山本健一です。営業部の佐藤さんから来月の展示会について連絡がありました。";

        Assert.Equal(["山本健一", "佐藤"], _detector.Spans(text));
    }

    [Theory]
    [InlineData("株式会社山田商店に発注した")]
    [InlineData("有限会社山田太郎に発注した")]
    [InlineData("山田株式会社の決算")]
    [InlineData("山田工業の新製品")]
    [InlineData("様々な同様の仕様について検討する")]
    [InlineData("お客様と皆様へのお知らせ")]
    [InlineData("スタッフさんとドライバーさんに感謝")]
    [InlineData("営業部長さんから連絡があった")]
    [InlineData("営業部長が来た")]
    [InlineData("市長選挙で現職が再選された")]
    [InlineData("お母さんに電話した")]
    [InlineData("領収書の宛名は上様でお願いします")]
    [InlineData("日本政府は中央区で会議を開いた")]
    [InlineData("高橋はこう話した")]
    [InlineData("中でも上の方針が重要だ")]
    [InlineData("名前を入力してください")]
    [InlineData("担当部署：営業部")]
    public void Detect_NearMisses_ReportNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_AppiArticle_ReportsNothing()
    {
        Assert.Empty(_detector.Detect(RecognizerTestKit.AppiArticle));
    }

    [Fact]
    public void Detect_DigitsAndAsciiOnly_ReportsNothing()
    {
        Assert.Empty(_detector.Detect("090-1234-5678 2024/03/01 order #12345 total 5,000 JPY"));
    }

    [Fact]
    public void Detect_ManyThreads_FindTheSameNames()
    {
        string[] texts = ["山田太郎様", "氏名：小鳥遊 花子", "林さんと森様", "鈴木一郎が来た", "ヤマダ タロウ様"];
        var expected = texts.Select(t => string.Join('|', _detector.Spans(t))).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = string.Join('|', _detector.Spans(texts[i % texts.Length])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Recognize_AfterDispose_Throws()
    {
        var recognizer = new PersonNameRecognizer();
        recognizer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => RecognizerTestKit.Recognize(recognizer, "山田太郎様"));
    }

    [Fact]
    public void Recognize_Directly_ReportsRecognizerNameAndBelowThresholdCandidates()
    {
        using var recognizer = new PersonNameRecognizer();

        var findings = RecognizerTestKit.Recognize(recognizer, "田中は来なかった。山田太郎様は来た。");

        var surnameAlone = Assert.Single(findings, f => f.Start == 0);
        Assert.True(surnameAlone.Confidence < DetectorOptions.DefaultMinConfidence);
        Assert.Contains(findings, f => f.Length == 4 && f.Confidence >= 0.9);
        Assert.All(findings, f => Assert.Equal("person_name", f.Recognizer));
    }

    [Fact]
    public void Constructor_MissingIpadicSourceFolder_ThrowsWithPackageName()
    {
        var folder = Directory.CreateTempSubdirectory("mamori-noipadic-").FullName;
        try
        {
            var ex = Assert.Throws<MeCabUnavailableException>(() => new PersonNameRecognizer(default, folder));

            Assert.Contains("mecab-ipadic", ex.Message, StringComparison.Ordinal);
            Assert.Contains("Noun.name.csv", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void PiiDetector_PersonNamesDisabled_HasNoNameRecognizer()
    {
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false });

        Assert.DoesNotContain(detector.Recognizers, r => r is PersonNameRecognizer);
        Assert.DoesNotContain(detector.Detect("山田太郎様"), f => f.Type == EntityTypes.PersonName);
    }
}
