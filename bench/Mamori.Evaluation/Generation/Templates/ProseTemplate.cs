using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>
/// Ordinary prose about people: a neighbourhood newsletter, a staff introduction, an incident
/// report. In profiles with a bare-name rate, some names carry no honorific or label at all.
/// </summary>
internal static class ProseTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        switch (c.Random.Number(0, 2))
        {
            case 0:
                Newsletter(c, b);
                break;
            case 1:
                StaffIntroduction(c, b);
                break;
            default:
                IncidentReport(c, b);
                break;
        }
    }

    private static void Name(GenerationContext c, DocumentBuilder b, Person person, string honorific)
    {
        if (c.Chance(c.Profile.BareNameRate))
        {
            b.Entity(EntityTypes.PersonName, person.FullName);
        }
        else
        {
            Fields.NameWithHonorific(b, c, person, honorific);
        }
    }

    private static void Newsletter(GenerationContext c, DocumentBuilder b)
    {
        var person = c.People.Next();
        var helper = c.People.Next();
        b.Line(c.Pick("自治会だより　第", "町内会ニュース　第") + c.Num(10, 250) + "号");
        b.Add("来月の清掃活動は");
        Fields.PlainDate(b, c, Fields.Today.AddDays(c.Random.Number(10, 40)));
        b.Add("の").Distractor(DistractorKinds.Time, c.Pick("9:00", "8時半", "10時")).Line("から行います。");
        b.Add("今月から班長を務める");
        Name(c, b, person, "さん");
        b.Add(c.Pick("は", "は、")).Distractor(DistractorKinds.PlaceName, c.Addresses.Municipality()).Add(c.Pick("から越してきて", "で生まれ育ち"))
            .Distractor(DistractorKinds.Quantity, c.Num(2, 30) + "年").Line("になります。");
        b.Add("ご用の方は");
        Name(c, b, person, "さん");
        b.Add(c.Pick("（", "の携帯 ")).Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line(c.Pick("）までご連絡ください。", "までどうぞ。"));
        if (c.Chance(0.5))
        {
            b.Add("集会所の鍵は");
            Name(c, b, helper, "さん");
            b.Add("宅（").Entity(EntityTypes.Address, c.Addresses.Next()).Line("）でお預かりしています。");
        }

        b.Add("参加費は").Distractor(DistractorKinds.Price, c.Pick("無料", "500円", "300円")).Line("です。");
    }

    private static void StaffIntroduction(GenerationContext c, DocumentBuilder b)
    {
        var person = c.People.Next();
        b.Line(c.Pick("【新メンバー紹介】", "■ スタッフ紹介", "社内報：今月の顔"));
        b.Add("営業部に配属された");
        Name(c, b, person, c.Pick("さん", "氏"));
        b.Add("は");
        b.Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(2005, 2023)}年").Add("に入社し、");
        b.Line(c.Pick("主に法人営業を担当してきました。", "これまで物流部門で経験を積んできました。", "新規事業の立ち上げに携わってきました。"));
        if (c.Chance(0.5))
        {
            b.Add("趣味は").Add(c.Pick("登山", "料理", "将棋", "写真")).Add("で、");
            b.Entity(EntityTypes.DateOfBirth, JapaneseDates.Format(person.Birth, c.Pick(DateStyle.Kanji, DateStyle.Era))).Line(c.Pick("生まれの", "生まれ、")+"最年少メンバーです。");
        }

        b.Add("社内の連絡はメール（").Entity(EntityTypes.EmailAddress, PersonFactory.WorkEmail(person, c.Pick("mirai-shoji.co.jp", "sakura-kogyo.jp"))).Add("）か内線 ")
            .Distractor(DistractorKinds.Quantity, c.Num(200, 899)).Line(" へ。");
        if (c.Chance(0.5))
        {
            var mentor = c.People.Next();
            b.Add("指導役は");
            Name(c, b, mentor, "さん");
            b.Line("が務めます。");
        }
    }

    private static void IncidentReport(GenerationContext c, DocumentBuilder b)
    {
        var person = c.People.Next();
        var staff = c.People.Next();
        b.Line("インシデント報告（第一報）");
        b.Add("発生日時：");
        Fields.PlainDate(b, c, Fields.RecentDate(c));
        b.Add(" ").Distractor(DistractorKinds.Time, Fields.TimeOfDay(c)).Line();
        b.Add("概要：担当者の");
        Name(c, b, staff, "");
        b.Add(c.Pick("が顧客リストを誤って別の取引先へ送信した。", "の業務用PCが電車内で盗難に遭った。", "が配送伝票を取り違えた。"));
        b.Add("影響を受けた顧客は").Distractor(DistractorKinds.Quantity, c.Num(1, 300) + "名").Line("。");
        b.Add("うち一名は");
        Name(c, b, person, "様");
        b.Add("（").Entity(EntityTypes.Address, c.Addresses.Next()).Add("在住、電話 ").Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line("）で、既に謝罪済み。");
        b.Add("個人情報保護委員会への速報期限は");
        Fields.PlainDate(b, c, Fields.Today.AddDays(3));
        b.Line("。");
    }
}
