using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>ご注文確認メール: an online shop's order confirmation.</summary>
internal static class OrderEmailTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var customer = c.People.Next();
        var (shop, domain) = Fields.Shop(c);
        Fields.NameWithHonorific(b, c, customer, c.Pick("様", " 様"));
        b.Line().Line();
        b.Line($"この度は{shop}をご利用いただき、誠にありがとうございます。");
        b.Line("以下の内容でご注文を承りました。").Line();
        b.Add("ご注文番号：").Distractor(DistractorKinds.OrderNumber, c.Width(c.Ids.OrderNumber())).Line();
        b.Add("ご注文日：");
        Fields.PlainDate(b, c, Fields.RecentDate(c));
        b.Line();
        b.Add("商品名：").Add(Fields.Product(c));
        if (c.Chance(0.6))
        {
            b.Add("（JANコード：").Distractor(DistractorKinds.JanCode, c.Ids.JanCode()).Add("）");
        }

        b.Line();
        b.Add("数量：").Distractor(DistractorKinds.Quantity, c.Num(1, 5) + c.Pick("個", "点", "セット")).Line();
        b.Add("お支払い金額：");
        Fields.Price(b, c);
        b.Line("（税込）");
        var payment = c.Random.Number(0, 4) switch { <= 1 => 0, 2 => 1, _ => 2 };
        if (payment == 0)
        {
            b.Add("お支払い方法：クレジットカード（").Entity(EntityTypes.CreditCard, c.Width(c.Ids.CreditCard())).Line("）");
        }
        else if (payment == 1)
        {
            b.Add("お支払い方法：クレジットカード（").Distractor(DistractorKinds.MaskedCard, "****-****-****-" + c.Ids.Digits(4)).Line("）");
        }
        else
        {
            b.Line(c.Pick("お支払い方法：代金引換", "お支払い方法：コンビニ払い", "お支払い方法：銀行振込"));
        }

        b.Line().Line(c.Phrase(["【お届け先】", "■お届け先"], ["＜配送先情報＞"]));
        b.Add("〒").Entity(EntityTypes.PostalCode, c.Width(c.Ids.PostalCode())).Add(c.Pick(" ", "\u3000", "\n"));
        b.Entity(EntityTypes.Address, c.Addresses.Next()).Line();
        Fields.NameWithHonorific(b, c, customer, " 様");
        b.Line();
        b.Add(c.Phrase(["電話番号：", "TEL："], ["ご連絡先電話 "])).Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line();
        if (c.Chance(0.5))
        {
            b.Add(c.Pick("配送業者：ヤマト運輸　お問い合わせ伝票番号：", "お荷物問い合わせ番号：", "追跡番号 "))
                .Distractor(DistractorKinds.TrackingNumber, c.Ids.TrackingNumber()).Line();
        }

        b.Line().Line("──────────────────");
        b.Add(shop);
        if (c.Chance(0.3))
        {
            b.Add(c.Pick("（法人番号：", "（法人番号 ")).Entity(EntityTypes.CorporateNumber, c.Ids.CorporateNumber()).Add("）");
        }

        b.Line();
        if (c.Chance(0.5))
        {
            b.Add("登録番号：").Distractor(DistractorKinds.InvoiceNumber, "T" + c.Ids.CorporateNumber()).Line();
        }

        b.Add("お問い合わせ：").Entity(EntityTypes.PhoneNumber, Fields.Phone(c, c.Ids.ServicePhone()));
        b.Add("（受付 ").Distractor(DistractorKinds.Time, "10:00").Add("〜").Distractor(DistractorKinds.Time, "18:00").Line("）");
        b.Add("メール：").Entity(EntityTypes.EmailAddress, $"support@{domain}").Line();
    }
}
