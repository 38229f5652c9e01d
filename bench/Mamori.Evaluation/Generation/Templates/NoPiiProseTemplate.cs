using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>
/// Ordinary Japanese prose with no personal data: articles about the APPI (マイナンバー, 指紋,
/// 5,000人, 2005年4月, 個人情報保護委員会), health statistics (disease names not tied to anyone),
/// product news and event notices. Numbers, dates and terms are recorded as distractors; a
/// detector should report nothing here.
/// </summary>
internal static class NoPiiProseTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        switch (c.Random.Number(0, 3))
        {
            case 0:
                Appi(c, b);
                break;
            case 1:
                Health(c, b);
                break;
            case 2:
                Product(c, b);
                break;
            default:
                Event(c, b);
                break;
        }
    }

    private static void Appi(GenerationContext c, DocumentBuilder b)
    {
        var paragraphs = new List<Action>
        {
            () =>
            {
                b.Add("個人情報保護法は").Distractor(DistractorKinds.PlainDate, "2003年5月").Add("に成立し、").Distractor(DistractorKinds.PlainDate, "2005年4月")
                    .Line("に全面施行された。");
            },
            () =>
            {
                b.Add("当初は取り扱う個人情報が").Distractor(DistractorKinds.Quantity, "5,000人").Add("分以下の事業者は対象外だったが、")
                    .Distractor(DistractorKinds.PlainDate, "2017年5月").Line("の改正でこの要件は撤廃され、町内会や同窓会も対象となった。");
            },
            () => b.Line("マイナンバー（個人番号）は番号法により利用目的が社会保障・税・災害対策に限定されており、本人の同意があっても目的外で利用することはできない。"),
            () => b.Line("指紋や顔の特徴量をデータ化したものは個人識別符号に当たり、それ単体で個人情報となる。"),
            () =>
            {
                b.Add("個人情報保護委員会は").Distractor(DistractorKinds.PlainDate, "2016年1月").Line("に設置され、漏えい等の報告を受け付けている。");
            },
            () =>
            {
                b.Add("漏えい等が発生した場合、速報はおおむね").Distractor(DistractorKinds.Quantity, "3〜5日").Add("以内、確報は")
                    .Distractor(DistractorKinds.Quantity, "30日").Add("以内（不正の目的によるものは").Distractor(DistractorKinds.Quantity, "60日")
                    .Line("以内）に委員会へ報告しなければならない。");
            },
            () =>
            {
                b.Add("委員会の年次報告によれば、").Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(2019, 2023)}年度").Add("の漏えい等報告は")
                    .Distractor(DistractorKinds.Quantity, $"{c.Random.Number(1000, 12000):#,0}件").Line("に上った。");
            },
            () => b.Line("要配慮個人情報の取得には、原則としてあらかじめ本人の同意が必要である。第三者提供についてもオプトアウトは認められない。"),
            () =>
            {
                b.Add("仮名加工情報は").Distractor(DistractorKinds.PlainDate, "2022年4月").Line("施行の改正で新設された類型で、社内での分析に限って利用目的の変更が認められる。");
            },
        };
        Paragraphs(c, b, c.Phrase(["【解説】改正個人情報保護法のポイント", "個人情報保護法の基礎知識"], ["コラム：小規模事業者と個人情報"]), paragraphs);
    }

    private static void Health(GenerationContext c, DocumentBuilder b)
    {
        var disease = c.Random.ArrayElement(MedicalIntakeTemplate.Diseases);
        var paragraphs = new List<Action>
        {
            () =>
            {
                b.Add("厚生労働省の調査によると、").Distractor(DistractorKinds.GeneralTerm, disease).Add("の患者数は全国で約")
                    .Distractor(DistractorKinds.Quantity, $"{c.Random.Number(10, 900)}万人").Line("と推計されている。");
            },
            () =>
            {
                b.Add("特に").Distractor(DistractorKinds.Quantity, $"{c.Random.Number(40, 70)}歳").Add("以上で増加傾向にあり、早期の受診が重要だという。");
                b.Line();
            },
            () => b.Line("専門家は、定期的な健康診断と生活習慣の見直しを勧めている。"),
            () =>
            {
                b.Add("自治体の相談窓口は平日").Distractor(DistractorKinds.Time, "9時").Add("から").Distractor(DistractorKinds.Time, "17時").Line("まで開いている。");
            },
            () =>
            {
                b.Add("関連する医療費は").Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(2015, 2023)}年度").Add("に約")
                    .Distractor(DistractorKinds.Price, $"{c.Random.Number(1, 9)},{c.Random.Number(100, 999)}億円").Line("に達した。");
            },
        };
        Paragraphs(c, b, "健康コラム：" + disease + "を知る", paragraphs);
    }

    private static void Product(GenerationContext c, DocumentBuilder b)
    {
        var name = c.Pick("スマートウォッチ X2", "ロボット掃除機 R5", "電子ピアノ P-30", "業務用レジ Lite");
        var paragraphs = new List<Action>
        {
            () =>
            {
                b.Add($"新製品「{name}」は");
                Fields.PlainDate(b, c, Fields.Today.AddDays(c.Random.Number(5, 90)));
                b.Add("に発売される。価格は");
                Fields.Price(b, c);
                b.Line("（税込）。");
            },
            () =>
            {
                b.Add("JANコードは").Distractor(DistractorKinds.JanCode, c.Ids.JanCode()).Line("。全国の家電量販店で取り扱う。");
            },
            () =>
            {
                b.Add("同時に配信されるファームウェア ").Distractor(DistractorKinds.Version, $"v{c.Random.Number(1, 3)}.{c.Random.Number(0, 9)}.{c.Random.Number(0, 9)}")
                    .Add(" では、電池の持ちが約").Distractor(DistractorKinds.Quantity, $"{c.Random.Number(10, 40)}%").Line("改善した。");
            },
            () =>
            {
                b.Add("初回生産は").Distractor(DistractorKinds.Quantity, $"{c.Random.Number(1, 50) * 1000:#,0}台").Add("で、予約は")
                    .Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(5, 8)}月{c.Random.Number(1, 28)}日").Line("から受け付ける。");
            },
            () =>
            {
                b.Add("問い合わせ番号 ").Distractor(DistractorKinds.OrderNumber, "INQ-" + c.Ids.Digits(6)).Line(" を添えて販売店へ。");
            },
        };
        Paragraphs(c, b, "製品ニュース", paragraphs);
    }

    private static void Event(GenerationContext c, DocumentBuilder b)
    {
        var paragraphs = new List<Action>
        {
            () =>
            {
                b.Add($"第{c.Random.Number(2, 40)}回市民マラソン大会は");
                Fields.PlainDate(b, c, Fields.Today.AddDays(c.Random.Number(30, 150)));
                b.Add("、").Distractor(DistractorKinds.Time, c.Pick("8:30", "9:00", "9時")).Line("にスタートする。");
            },
            () =>
            {
                b.Add("定員は").Distractor(DistractorKinds.Quantity, $"{c.Random.Number(1, 20) * 500:#,0}人").Add("、参加費は");
                Fields.Price(b, c);
                b.Line("。");
            },
            () =>
            {
                b.Add("会場は").Distractor(DistractorKinds.PlaceName, c.Pick("都内", "市内", "大阪府内", "県庁前広場")).Add("で、").Distractor(DistractorKinds.PlainDate, "2019年")
                    .Line("以来の通常開催となる。");
            },
            () => b.Line("当日は交通規制が行われるため、公共交通機関の利用が呼びかけられている。"),
            () =>
            {
                b.Add("申し込みは大会公式サイトで").Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(7, 9)}月末").Line("まで受け付ける。");
            },
        };
        Paragraphs(c, b, "イベント情報", paragraphs);
    }

    private static void Paragraphs(GenerationContext c, DocumentBuilder b, string title, List<Action> paragraphs)
    {
        b.Line(title);
        var count = c.Random.Number(Math.Min(3, paragraphs.Count), paragraphs.Count);
        var order = Enumerable.Range(0, paragraphs.Count).ToArray();
        var chosen = c.Random.Shuffle(order).Take(count).Order();
        foreach (var index in chosen)
        {
            paragraphs[index]();
        }
    }
}
