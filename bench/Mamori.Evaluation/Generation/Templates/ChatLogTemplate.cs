using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>A support chat transcript: the customer gives details in answer to the operator.</summary>
internal static class ChatLogTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var customer = c.People.Next();
        var operatorPerson = c.People.Next();
        var hour = c.Random.Number(9, 20);
        var minute = c.Random.Number(0, 45);
        var customerLabel = c.Phrase(["お客様", "ユーザー"], ["ゲスト", "visitor"]);

        void Stamp()
        {
            b.Add("[").Distractor(DistractorKinds.Time, $"{hour:00}:{Math.Min(minute, 59):00}").Add("] ");
            minute += c.Random.Number(0, 2);
        }

        Stamp();
        b.Add("オペレーター（").Entity(EntityTypes.PersonName, operatorPerson.Surname.Kanji).Line("）: お問い合わせありがとうございます。ご本人様確認のため、お名前をお願いいたします。");
        Stamp();
        b.Add(customerLabel + ": ").Entity(EntityTypes.PersonName, Fields.NameText(c, customer)).Line(c.Pick("です", "です。", "と申します"));
        Stamp();
        b.Add("オペレーター: ");
        Fields.NameWithHonorific(b, c, customer, "様", allowSurnameOnly: true);
        b.Line("、ありがとうございます。ご登録のお電話番号をお伺いできますか。");
        Stamp();
        b.Add(customerLabel + ": ").Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line(c.Pick("です", "", "です！"));

        if (c.Chance(0.6))
        {
            Stamp();
            b.Line("オペレーター: 念のため生年月日もお願いします。");
            Stamp();
            b.Add(customerLabel + ": ").Entity(EntityTypes.DateOfBirth, Fields.BirthDate(c, customer.Birth)).Line(c.Pick("です", "生まれです", ""));
        }

        if (c.Chance(0.25))
        {
            Stamp();
            b.Line("オペレーター: ご本人確認書類の番号をお知らせください。");
            Stamp();
            b.Add(customerLabel + ": ");
            switch (c.Random.Number(0, 2))
            {
                case 0:
                    b.Add(c.Pick("免許証の番号は ", "運転免許証 ")).Entity(EntityTypes.DriversLicense, c.Width(c.Ids.DriversLicense())).Line(c.Pick(" です", ""));
                    break;
                case 1:
                    b.Add(c.Pick("パスポートで、", "旅券番号 ")).Entity(EntityTypes.Passport, c.Width(c.Ids.Passport())).Line(c.Pick(" です", ""));
                    break;
                default:
                    b.Add(c.Pick("在留カードです。", "在留カード番号 ")).Entity(EntityTypes.ResidenceCard, c.Width(c.Ids.ResidenceCard())).Line(c.Pick(" です", ""));
                    break;
            }
        }

        if (c.Chance(0.5))
        {
            Stamp();
            b.Add(customerLabel + ": ").Add(c.Pick("メールは ", "連絡はこちらに→ ", "mail: ")).Entity(EntityTypes.EmailAddress, c.People.Email(customer)).Line(c.Pick(" でお願いします", ""));
        }

        if (c.Chance(0.4))
        {
            Stamp();
            b.Add(customerLabel + ": 注文番号は ").Distractor(DistractorKinds.OrderNumber, c.Ids.OrderNumber()).Line(" です");
        }

        if (c.Chance(0.3))
        {
            Stamp();
            b.Add(customerLabel + ": 届け先は ");
            if (c.Chance(0.7))
            {
                b.Add("〒").Entity(EntityTypes.PostalCode, c.Width(c.Ids.PostalCode())).Add(" ");
            }

            b.Entity(EntityTypes.Address, c.Addresses.Next()).Line(" に変更してください");
        }

        if (c.Chance(0.2))
        {
            Stamp();
            b.Add(customerLabel + ": カード番号は ").Entity(EntityTypes.CreditCard, c.Width(c.Ids.CreditCard())).Line(" です");
            Stamp();
            b.Line("オペレーター: チャットではカード番号をお送りにならないようお願いいたします。");
        }

        Stamp();
        b.Line("オペレーター: 確認いたしました。本日中にご連絡いたします。");
    }
}
