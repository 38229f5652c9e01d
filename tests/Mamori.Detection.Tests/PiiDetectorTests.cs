using Xunit;

namespace Mamori.Detection.Tests;

public sealed class PiiDetectorTests
{
    // Ordinary prose about the APPI: names the concepts, holds no one's data.
    private const string AppiArticle =
        "個人情報保護法は2005年4月に全面施行され、2017年には取り扱う個人情報が5,000人以下の事業者も対象になった。" +
        "マイナンバーや指紋、顔認識データは個人識別符号にあたる。個人情報保護委員会は2024年度に漏えい等報告を約1万件受け付けた。" +
        "詳しくは第26条と施行規則第7条を参照。電話やメールでの問い合わせは平日10時から17時まで。価格は1,980円（税込）。";

    [Fact]
    public void Detect_OrdinaryProseAboutTheAct_FindsNothing()
    {
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false });

        Assert.Empty(detector.Detect(AppiArticle));
    }

    [Fact]
    public void Detect_FullWidthInput_OffsetsPointAtTheOriginalCharacters()
    {
        const string text = "お客様の携帯：０９０－１２３４－５６７８、メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ";
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false });

        var findings = detector.Detect(text);

        Assert.Equal(["０９０－１２３４－５６７８", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"], findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.Equal([EntityTypes.PhoneNumber, EntityTypes.EmailAddress], findings.Select(f => f.Type));
    }

    [Fact]
    public void Detect_AllowList_SuppressesTheListedValueOnly()
    {
        const string text = "代表 03-1234-5678 担当携帯 090-1234-5678";
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false, AllowList = ["０３－１２３４－５６７８"] });

        var finding = Assert.Single(detector.Detect(text));

        Assert.Equal("090-1234-5678", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Detect_DenyList_ReportsListedValuesWherever_TheyOccur()
    {
        const string text = "会員コードMBR-00123の件";
        using var detector = new PiiDetector(new DetectorOptions
        {
            EnablePersonNames = false,
            DenyList = new Dictionary<string, IReadOnlyCollection<string>> { [EntityTypes.OnlineIdentifier] = ["mbr-00123"] },
        });

        var finding = Assert.Single(detector.Detect(text));

        Assert.Equal(EntityTypes.OnlineIdentifier, finding.Type);
        Assert.Equal("MBR-00123", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Detect_ExtraContextWords_LiftAContextDependentNumber()
    {
        const string text = "社員証ID 12345678901";
        using var plain = new PiiDetector(new DetectorOptions { EnablePersonNames = false });
        using var configured = new PiiDetector(new DetectorOptions
        {
            EnablePersonNames = false,
            ContextWords = new Dictionary<string, IReadOnlyCollection<string>> { [EntityTypes.ResidentRecordCode] = ["社員証"] },
        });

        Assert.Empty(plain.Detect(text));
        Assert.Equal(EntityTypes.ResidentRecordCode, Assert.Single(configured.Detect(text)).Type);
    }

    [Fact]
    public void Detect_ExcludeEntitiesAndMinConfidence_AreApplied()
    {
        const string text = "連絡先 090-1234-5678 / taro@example.jp";
        using var noPhones = new PiiDetector(new DetectorOptions { EnablePersonNames = false, ExcludeEntities = new HashSet<string> { EntityTypes.PhoneNumber } });
        using var strict = new PiiDetector(new DetectorOptions { EnablePersonNames = false, MinConfidence = 0.999 });

        Assert.Equal(EntityTypes.EmailAddress, Assert.Single(noPhones.Detect(text)).Type);
        Assert.Empty(strict.Detect(text));
    }

    [Fact]
    public void Detect_EveryFinding_CarriesItsAppiCategory()
    {
        const string text = "マイナンバー 621498320257、携帯 090-1234-5678、IDFA 6D92078A-8246-4BA4-AE5B-76104861E7DC";
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false });

        var categories = detector.Detect(text).Select(f => (f.Type, f.Category)).ToList();

        Assert.Equal(
            [
                (EntityTypes.MyNumber, PiiCategory.IdentificationCode),
                (EntityTypes.PhoneNumber, PiiCategory.Personal),
                (EntityTypes.OnlineIdentifier, PiiCategory.PersonalRelated),
            ],
            categories);
    }

    [Fact]
    public void Detect_ConcurrentCallers_GetTheSameResults()
    {
        const string text = "携帯 090-1234-5678 カード 4111 1111 1111 1111 〒100-8914";
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false });
        var expected = detector.Detect(text);

        var results = new List<Finding>[64];
        Parallel.For(0, results.Length, i => results[i] = detector.Detect(text));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
