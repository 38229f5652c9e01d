using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>顧客対応メモ: a call-centre note about one customer.</summary>
internal static class ServiceNoteTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var customer = c.People.Next();
        var staff = c.People.Next();
        b.Add(c.Phrase(["【対応履歴】", "【問い合わせメモ】", "■応対記録 "], ["［コールログ］", "◆顧客対応 "]));
        Fields.PlainDate(b, c, Fields.RecentDate(c));
        b.Add(" ").Distractor(DistractorKinds.Time, Fields.TimeOfDay(c)).Add(c.Pick("　受付：", "　担当：", " 対応者："));
        b.Entity(EntityTypes.PersonName, staff.Surname.Kanji).Line();

        b.Add(c.Phrase(["お客様：", "顧客名：", "お名前："], ["入電者：", "ご本人："]));
        Fields.NameWithHonorific(b, c, customer, c.Pick("様", "様", "さん", ""));
        if (c.Chance(0.4))
        {
            b.Add("（").Distractor(DistractorKinds.Quantity, $"{customer.AgeOn(Fields.Today)}歳").Add("）");
        }

        b.Line();
        if (c.Chance(0.85))
        {
            b.Add(c.Phrase(["ご連絡先：", "電話番号：", "TEL："], ["折り返し先 ", "携帯）", "お電話 "]));
            b.Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line();
        }

        if (c.Chance(0.4))
        {
            b.Add("会員番号：").Distractor(DistractorKinds.MemberId, c.Ids.MemberId()).Line();
        }

        b.Add("内容：").Add(Fields.Product(c)).Add(c.Pick("の初期不良について。", "が届かないとのお問い合わせ。", "の返品希望。", "の使い方について質問。"));
        if (c.Chance(0.6))
        {
            b.Add("注文番号").Add(c.Pick("", "：", " ")).Distractor(DistractorKinds.OrderNumber, c.Ids.OrderNumber()).Add("。");
        }

        b.Line();
        var roll = c.Random.Number(0, 5);
        if (roll == 0)
        {
            b.Add("本人確認のため生年月日（").Entity(EntityTypes.DateOfBirth, Fields.BirthDate(c, customer.Birth)).Line("）を確認済み。");
        }
        else if (roll == 1)
        {
            b.Add("住所変更の申し出あり。新住所：〒").Entity(EntityTypes.PostalCode, c.Width(c.Ids.PostalCode())).Add(" ");
            b.Entity(EntityTypes.Address, c.Addresses.Next()).Line();
        }
        else if (roll == 2)
        {
            b.Add(c.Pick("耳が不自由なため", "本人申告によると")).Add(c.Pick("（", "、")).Entity(EntityTypes.SpecialCare, c.Pick("聴覚障害", "身体障害者手帳"))
                .Add(c.Pick("あり）", "をお持ち）")).Add("、連絡はメール ").Entity(EntityTypes.EmailAddress, c.People.Email(customer)).Line(" を希望。");
        }
        else if (roll == 3)
        {
            b.Add("返信先メールアドレス：").Entity(EntityTypes.EmailAddress, c.People.Email(customer)).Line();
        }

        b.Add(c.Pick("折り返しは", "次回連絡は")).Distractor(DistractorKinds.Time, Fields.TimeOfDay(c)).Line(c.Pick("以降を希望。", "頃の予定。"));
        if (c.Chance(0.3))
        {
            b.Add("返金額 ");
            Fields.Price(b, c);
            b.Line(" で合意。");
        }
    }
}
